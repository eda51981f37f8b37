import { createHash } from 'node:crypto'

import { unzipSync } from 'fflate'

import type { PackageIndex } from './packageIndex.js'

import { INDEX_JSON, INDEX_XML } from './packageIndex.js'

/** One finding of the verifier; `ok` findings list what was checked. */
export type Finding = { ok: boolean; file: string; problem: 'altered' | 'badIndex' | 'extra' | 'missing' | 'ok' | 'size' | 'xmlDiffers'; expected?: string; actual?: string }

const tag = (block: string, name: string): string => block.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1] ?? ''

/**
 * Verifies an expediente package offline (no server, no database): every document listed in
 * indice.json is in the ZIP with its size and SHA-256; nothing else is; indice.xml lists the same
 * documents in the same order with the same fingerprints. Pure: bytes in, findings out.
 */
export const verifyPackage = (zip: Uint8Array): { valid: boolean; index?: PackageIndex; findings: Finding[] } => {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(zip)
  } catch (error) {
    return { valid: false, findings: [{ ok: false, file: '(zip)', problem: 'badIndex', actual: (error as Error).message }] }
  }
  const findings: Finding[] = []
  let index: PackageIndex
  try {
    index = JSON.parse(new TextDecoder().decode(files[INDEX_JSON])) as PackageIndex
    if (!Array.isArray(index.documents)) throw new Error('documents is not a list')
  } catch (error) {
    return { valid: false, findings: [{ ok: false, file: INDEX_JSON, problem: 'badIndex', actual: (error as Error).message }] }
  }
  for (const entry of index.documents) {
    const bytes = files[entry.file]
    if (!bytes) {
      findings.push({ ok: false, file: entry.file, problem: 'missing' })
      continue
    }
    const actual = createHash('sha256').update(bytes).digest('hex')
    if (actual !== entry.sha256) findings.push({ ok: false, file: entry.file, problem: 'altered', expected: entry.sha256, actual })
    else if (bytes.byteLength !== entry.size) findings.push({ ok: false, file: entry.file, problem: 'size', expected: String(entry.size), actual: String(bytes.byteLength) })
    else findings.push({ ok: true, file: entry.file, problem: 'ok', expected: entry.sha256, actual })
  }
  const listed = new Set([INDEX_JSON, INDEX_XML, ...index.documents.map((entry) => entry.file)])
  for (const name of Object.keys(files)) if (!name.endsWith('/') && !listed.has(name)) findings.push({ ok: false, file: name, problem: 'extra' })

  const xmlText = files[INDEX_XML] ? new TextDecoder().decode(files[INDEX_XML]) : ''
  const xmlDocuments = [...xmlText.matchAll(/<DocumentoIndizado>([\s\S]*?)<\/DocumentoIndizado>/g)].map((m) => ({ file: tag(m[1]!, 'Archivo'), sha256: tag(m[1]!, 'ValorHuella'), order: Number(tag(m[1]!, 'OrdenDocumentoExpediente')) }))
  const same =
    xmlDocuments.length === index.documents.length &&
    xmlDocuments.every((d, i) => d.file === index.documents[i]!.file.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;') && d.sha256 === index.documents[i]!.sha256 && d.order === index.documents[i]!.order)
  if (!same) findings.push({ ok: false, file: INDEX_XML, problem: 'xmlDiffers' })
  return { valid: findings.every((finding) => finding.ok), index, findings }
}

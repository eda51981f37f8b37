import type { Endpoint, PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import type { ResolvedOptions } from '../../../types.js'
import type { IndexEntry, MemberRef } from '../expedientes/electronicIndex.js'

import { hasRole } from '../../../kernel/access/index.js'
import { withLabel } from '../../../kernel/i18n/fieldLabel.js'
import { tr } from '../../../kernel/i18n/index.js'
import { idOf } from '../../../kernel/ids.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { memberRefs } from '../collections/Expedientes/hooks/buildElectronicIndex.js'
import { readArchiveFile } from '../expedientes/archiveFile.js'
import { EXPEDIENTE_READERS } from '../expedientes/readers.js'
import { buildIndex, contentDocumentBytes, readMembers } from '../expedientes/electronicIndex.js'
import { packageIndex } from '../expedientes/packageIndex.js'
import { writePackage } from '../expedientes/writePackage.js'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'private, no-store' } })

/** SHA-256 and size of a stream, read to its end. */
const fingerprint = async (source: AsyncIterable<Uint8Array>): Promise<{ sha256: string; size: number }> => {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of source) {
    hash.update(chunk)
    size += chunk.byteLength
  }
  return { sha256: hash.digest('hex'), size }
}

/** Every asset's stored bytes against its fingerprint: the first that is missing or altered, if any. */
const firstBadFile = async (options: ResolvedOptions, entries: IndexEntry[], docs: Array<Record<string, any>>): Promise<null | { entry: IndexEntry; missing: boolean }> => {
  for (const [position, entry] of entries.entries()) {
    if (entry.collection !== SLUGS.archiveAssets) continue
    try {
      const actual = await fingerprint(readArchiveFile(options, String(docs[position]!.filename ?? '')))
      if (!entry.sha256 || actual.sha256 !== entry.sha256 || actual.size !== entry.size) return { entry, missing: false }
    } catch {
      return { entry, missing: true }
    }
  }
  return null
}

/**
 * GET /api/expedientes/:id/export: the expediente as ONE ZIP — its documents under documentos/,
 * the electronic index as indice.json and indice.xml — that `npm run expediente:verify -- <zip>`
 * checks offline. Only a caller who may read the expediente AND every one of its documents gets
 * it (401/403/404 otherwise; a restricted or classified document the caller cannot read refuses
 * the whole package, naming its position). Every archive file is checked against its SHA-256
 * before the download starts (409 if one is missing or altered: a package never carries a file
 * that fails its own index).
 */
export const exportExpedienteEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/:id/export',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return refuse(401, req.t('error:unauthorized'))
    // Decided before any read: a caller who reads no expediente learns nothing, not even whether one exists.
    if (!hasRole(req.user, ...EXPEDIENTE_READERS)) return refuse(403, tr(req, 'expedienteForbidden'))
    const id = String(req.routeParams?.id ?? '')
    const expediente = (await req.payload.findByID({ collection: SLUGS.expedientes, id, depth: 1, req, overrideAccess: false, user: req.user, disableErrors: true }).catch(() => null)) as null | Record<string, any>
    if (!expediente) return refuse(404, tr(req, 'expedienteNotFound', { id }))
    const { refs } = memberRefs((expediente.members ?? []).map((row: Record<string, any>) => ({ item: { relationTo: row.item?.relationTo, value: idOf(row.item?.value) } })))
    // The caller's own read rule, document by document: restricted and classified ones included.
    for (const [position, ref] of refs.entries()) {
      const readable = await req.payload.findByID({ collection: ref.relationTo, id: ref.value, depth: 0, req, overrideAccess: false, user: req.user, disableErrors: true, select: { id: true } as never }).catch(() => null)
      if (!readable) return refuse(403, tr(req, 'expedienteItemForbidden', { order: position + 1 }))
    }
    const { docs, missing } = await readMembers(req, refs as MemberRef[])
    if (missing !== undefined) return refuse(409, withLabel(req, SLUGS.expedientes, `members.${missing}.item`, tr(req, 'expedienteMemberMissing')))
    const entries = buildIndex(refs, docs, (expediente.electronicIndex ?? []) as IndexEntry[])
    const bad = await firstBadFile(options, entries, docs)
    if (bad) return refuse(409, tr(req, bad.missing ? 'expedienteFileMissing' : 'expedienteFileAltered', { order: bad.entry.order, title: bad.entry.title }))

    const series = expediente.series && typeof expediente.series === 'object' ? `${expediente.series.code ?? ''} ${expediente.series.seriesName ?? ''}`.trim() : ''
    const index = packageIndex(
      { id: String(expediente.id), title: expediente.title, series, description: expediente.description ?? '', institution: options.institutionName, createdAt: expediente.createdAt, generatedAt: new Date().toISOString() },
      entries,
    )
    const stream = writePackage(index, (entry) => {
      const doc = docs[entry.order - 1]!
      if (entry.collection === SLUGS.contents) return (async function* () { yield contentDocumentBytes(doc) })()
      return readArchiveFile(options, String(doc.filename))
    })
    return new Response(stream, {
      status: 200,
      headers: { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="expediente-${expediente.id}.zip"`, 'Cache-Control': 'private, no-store' },
    })
  },
})

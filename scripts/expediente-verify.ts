/**
 * Verifies an exported expediente offline: `npm run expediente:verify -- <expediente.zip>`.
 * Needs no server nor database: the ZIP's indice.json is checked against the files it carries
 * (SHA-256 and size), and indice.xml against indice.json. Exit code 0 when intact, 1 when not,
 * 2 on bad usage. Messages in Spanish, or English with PREGONERO_LANG=en.
 */
import { readFileSync } from 'node:fs'

import { instrumentsMessages } from '../src/kernel/i18n/messages/instruments.js'
import { verifyPackage } from '../src/features/compliance/expedientes/verifyPackage.js'

const messages = process.env.PREGONERO_LANG === 'en' ? instrumentsMessages.en : instrumentsMessages.es
const say = (key: keyof typeof messages, vars: Record<string, unknown> = {}): string => messages[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))

const file = process.argv[2]
if (!file) {
  console.error(say('verifyUsage'))
  process.exit(2)
}
const { valid, findings } = verifyPackage(new Uint8Array(readFileSync(file)))
const KEY = { ok: 'verifyOk', missing: 'verifyMissing', altered: 'verifyAltered', size: 'verifySize', extra: 'verifyExtra', xmlDiffers: 'verifyXmlDiffers', badIndex: 'verifyBadIndex' } as const
for (const finding of findings) {
  const line = say(KEY[finding.problem], { file: finding.file, sha256: finding.actual, expected: finding.expected, actual: finding.actual })
  ;(finding.ok ? console.log : console.error)(line)
}
const problems = findings.filter((finding) => !finding.ok).length
if (valid) console.log(say('verifyValid', { count: findings.length }))
else console.error(say('verifyInvalid', { count: problems }))
process.exit(valid ? 0 : 1)

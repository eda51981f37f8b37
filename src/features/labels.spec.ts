import type { Field } from 'payload'

import { resolveOptions } from '../defaults.js'
import { kernelPart } from '../kernel/index.js'
import { pregoneroParts } from './index.js'

/**
 * No English in the Spanish admin (issue 15, item 8), as a class: every field the plugin declares
 * that the admin can show has a `{ es, en }` label (else Payload shows its name in English words:
 * "Period Key"), every array names its rows (else "Añadir Gallery", "Channel Preset 01"), and every
 * option is labelled in both languages.
 */
const isPair = (label: unknown) => Boolean(label && typeof label === 'object' && 'es' in label && 'en' in label)

const problems = (where: string, fields: Field[], out: string[]) => {
  for (const field of fields) {
    const name = 'name' in field ? field.name : undefined
    const path = `${where}.${name ?? field.type}`
    if (name && field.type !== 'ui' && !isPair((field as { label?: unknown }).label) && (field as { label?: unknown }).label !== false) out.push(`label ${path}`)
    if ((field.type === 'array' || field.type === 'blocks') && !(isPair(field.labels?.singular) && isPair(field.labels?.plural))) out.push(`row labels ${path}`)
    if (field.type === 'select' || field.type === 'radio') {
      for (const option of field.options) if (typeof option === 'string' || !isPair(option.label)) out.push(`option ${path} ${JSON.stringify(option)}`)
    }
    if ('fields' in field && Array.isArray(field.fields)) problems(path, field.fields, out)
    if (field.type === 'tabs') for (const tab of field.tabs) problems(path, tab.fields, out)
    if (field.type === 'blocks') for (const block of field.blocks) problems(`${path}[${block.slug}]`, block.fields, out)
  }
}

it('every field, array row and option the admin can show is labelled in Spanish and English', () => {
  const parts = pregoneroParts(resolveOptions({}))
  const out: string[] = []
  // Collections the admin never shows (internal stores: counters, fact-check tokens) are not walked.
  for (const collection of parts.collections) if (collection.admin?.hidden !== true) problems(collection.slug, collection.fields, out)
  for (const global of parts.globals) if (global.admin?.hidden !== true) problems(global.slug, global.fields, out)
  expect(out).toEqual([])
})

it("every job's label is one language (Payload takes a plain string there: the office's Spanish), never 'es / en' glued", () => {
  const options = resolveOptions({})
  const glued = [...pregoneroParts(options).tasks, ...(kernelPart(options).tasks ?? [])].map((task) => String(task.label ?? task.slug)).filter((label) => / \/ /.test(label) || !label.startsWith('Pregonero: '))
  expect(glued).toEqual([])
})

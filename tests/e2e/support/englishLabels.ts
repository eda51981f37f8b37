import type { Field } from 'payload'

import { resolveOptions } from '../../../src/defaults.js'
import { pregoneroParts } from '../../../src/features/index.js'

type Label = unknown
const pair = (label: Label): null | { es: string; en: string } =>
  label && typeof label === 'object' && 'es' in label && 'en' in label ? (label as { es: string; en: string }) : null

/** "periodKey" → "Period Key": how Payload labels a field that has no label of its own. */
const toWords = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase())

/**
 * The English a Spanish admin page must not show, taken from the plugin's own config: every `en`
 * label (collections, fields, array rows, options, tabs) that differs from its Spanish one, and
 * the words Payload would make up from a field's name if it had no label ("Check Override",
 * "Period Key"). Short words that Spanish shares (e.g. "No", "Total") are left out by that rule.
 */
export const englishLabels = (): string[] => {
  const parts = pregoneroParts(resolveOptions({}))
  const words = new Set<string>()
  const add = (label: Label, name?: string) => {
    const p = pair(label)
    if (p && p.en && p.en !== p.es && !p.es.includes(p.en) && !SHARED.has(p.en)) words.add(p.en)
    // A field without a label of its own shows its name in words: that is English.
    if (name && !p && typeof label !== 'string' && label !== false) words.add(toWords(name))
  }
  const walk = (fields: Field[]) => {
    for (const field of fields) {
      const name = 'name' in field ? field.name : undefined
      if (field.type !== 'ui') add('label' in field ? field.label : undefined, name && !name.startsWith('workflow') ? name : undefined)
      if ('labels' in field && field.labels) {
        add((field.labels as { singular?: Label }).singular)
        add((field.labels as { plural?: Label }).plural)
      }
      if ((field.type === 'select' || field.type === 'radio') && Array.isArray(field.options)) for (const option of field.options) if (typeof option === 'object') add(option.label)
      if ('fields' in field && Array.isArray(field.fields)) walk(field.fields)
      if (field.type === 'tabs') for (const tab of field.tabs) (add(tab.label), walk(tab.fields))
      if (field.type === 'blocks') for (const block of field.blocks) walk(block.fields)
    }
  }
  for (const collection of parts.collections) {
    add(collection.labels?.singular)
    add(collection.labels?.plural)
    walk(collection.fields)
  }
  for (const global of parts.globals) (add(global.label), walk(global.fields))
  return [...words]
}

/** Words Spanish uses as they are (or that name a brand or format). */
const SHARED = new Set(['Media', 'TV', 'URL', 'PDF', 'CSV', 'ID', 'Email', 'E-mail', 'Instagram', 'Facebook', 'YouTube', 'TikTok', 'LinkedIn', 'X'])

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The English labels found in a page's visible text (whole words, case-sensitive). */
export const untranslated = (pageText: string, english: string[]): string[] =>
  english.filter((word) => new RegExp(`(^|[^\\p{L}])${escape(word)}($|[^\\p{L}])`, 'u').test(pageText))

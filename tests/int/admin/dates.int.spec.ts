/**
 * Dates in the admin can be typed, day first, in every month and language (issue 20). Payload's
 * pickers read back what is typed with date-fns `parse` in the admin's locale, falling back to
 * `new Date(text)` (English month names only); Payload's own default for a date and time,
 * `MMM d, yyy h:mm a`, never parses, so typing "dic 6, 2026 3:32 PM" set nothing. This walks the
 * final config: every date field must show a day-first format that parses back to the same value.
 */
import type { Field, SanitizedConfig } from 'payload'

import { format, parse } from 'date-fns'
import { enUS, es } from 'date-fns/locale'

type DateField = { path: string; displayFormat?: string; appearance: string }

const dateFields = (fields: Field[], prefix: string): DateField[] =>
  fields.flatMap((field): DateField[] => {
    const name = 'name' in field ? `${prefix}.${field.name}` : prefix
    // Hidden fields (Payload's timestamps, auth fields and sessions) are never typed; lists show them with admin.dateFormat.
    const admin = field.admin as { hidden?: boolean; disabled?: boolean } | undefined
    if (admin?.hidden || admin?.disabled || (field as { hidden?: boolean }).hidden) return []
    if (field.type === 'date') {
      const date = (field.admin as { date?: { displayFormat?: string; pickerAppearance?: string } } | undefined)?.date
      return [{ path: name, displayFormat: date?.displayFormat, appearance: date?.pickerAppearance ?? 'default' }]
    }
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => dateFields(tab.fields, name))
    if (field.type === 'blocks') return field.blocks.flatMap((block) => dateFields(block.fields, `${name}.${block.slug}`))
    if ('fields' in field && Array.isArray(field.fields)) return dateFields(field.fields, name)
    return []
  })

let config: SanitizedConfig
beforeAll(async () => {
  process.env.DATABASE_URI = 'file:/tmp/pregonero-dates-unused.db'
  config = await (await import('../../../dev/payload.config.js')).default
})

it('every date field of the admin shows a day-first format that reads back what is typed, in every month, in Spanish and English', () => {
  const fields = [
    ...config.collections.filter((c) => !c.slug.startsWith('payload-')).flatMap((c) => dateFields(c.fields, c.slug)),
    ...config.globals.flatMap((g) => dateFields(g.fields, g.slug)),
  ]
  expect(fields.length).toBeGreaterThan(20)
  const failures: string[] = []
  for (const field of fields) {
    if (!field.displayFormat) {
      failures.push(`${field.path}: no display format (Payload's default is US or cannot be read back)`)
      continue
    }
    const timed = /H|h/.test(field.displayFormat)
    for (const locale of [es, enUS]) {
      for (let month = 0; month < 12; month++) {
        for (const hour of timed ? [0, 9, 13, 23] : [12]) {
          const value = new Date(2026, month, 9, hour, timed ? 45 : 0)
          const typed = format(value, field.displayFormat, { locale })
          const read = parse(typed, field.displayFormat, new Date(2026, 0, 1), { locale })
          const same =
            field.appearance === 'monthOnly'
              ? read.getMonth() === month
              : timed
                ? read.getTime() === value.getTime()
                : read.getFullYear() === 2026 && read.getMonth() === month && read.getDate() === 9
          if (!same) failures.push(`${field.path} (${locale.code}): "${typed}" reads back as ${read.toString()}`)
          // Day first: the 9th is written before the month.
          if (field.appearance !== 'monthOnly' && field.appearance !== 'timeOnly' && !typed.startsWith('09')) failures.push(`${field.path}: "${typed}" is not day first`)
        }
      }
    }
  }
  expect(failures.slice(0, 20)).toEqual([])
})

it('lists and version dates are day first too', () => {
  expect(format(new Date(2026, 11, 9, 23, 59), config.admin.dateFormat as string, { locale: es })).toBe('09/12/2026 23:59')
})

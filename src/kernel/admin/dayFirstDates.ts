import type { CollectionConfig, Field, GlobalConfig } from 'payload'

/**
 * Day-first dates (es-CO) that can be typed as well as picked. Payload's pickers default to US
 * orders (`MM/dd/yyyy`) and, for date and time, to `MMM d, yyy h:mm a`: date-fns cannot parse
 * `yyy` back, so the picker falls back to `new Date(text)`, which knows only English month
 * names — a typed "dic 6, 2026 3:32 PM" (or ene/abr/ago) was silently dropped. These formats
 * parse back in every month and language.
 */
export const DAY_FIRST_FORMATS = {
  dayAndTime: 'dd/MM/yyyy HH:mm',
  dayOnly: 'dd/MM/yyyy',
  monthOnly: 'MM/yyyy',
  timeOnly: 'HH:mm',
} as const

/** What list cells and version dates show (Payload's `admin.dateFormat`). */
export const DAY_FIRST_DATE_TIME = DAY_FIRST_FORMATS.dayAndTime

type DateAdmin = { pickerAppearance?: keyof typeof DAY_FIRST_FORMATS | 'default'; displayFormat?: string; timeFormat?: string }

const withFormat = (field: Field): Field => {
  if (field.type === 'date') {
    const date = ((field.admin as { date?: DateAdmin } | undefined)?.date ?? {}) as DateAdmin
    if (date.displayFormat) return field
    const appearance = date.pickerAppearance && date.pickerAppearance !== 'default' ? date.pickerAppearance : 'dayOnly'
    const timed = appearance === 'dayAndTime' || appearance === 'timeOnly'
    return {
      ...field,
      admin: { ...field.admin, date: { ...date, displayFormat: DAY_FIRST_FORMATS[appearance], ...(timed ? { timeFormat: date.timeFormat ?? 'HH:mm' } : {}) } },
    } as Field
  }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(withFormat) } as Field
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withFormat) })) }
  if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(withFormat) })) }
  return field
}

/** Every date field of these collections or globals gets a day-first format (unless it sets its own). */
export const withDayFirstDates = <T extends CollectionConfig | GlobalConfig>(entities: T[]): T[] =>
  entities.map((entity) => ({ ...entity, fields: entity.fields.map(withFormat) }))

import type { CollectionBeforeValidateHook } from 'payload'

import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { bogotaDate, endOfBogotaDay } from '../../../../../kernel/time/workingDays.js'
import { fourMonthsBefore } from '../../../electionPeriods.js'

/**
 * The period's dates: the start defaults to four months before election day (Ley 996/2005 art. 38
 * parágrafo) and the end to election day; the end is kept to the end of its day in Bogotá, so a
 * period "until the 25th" includes the 25th. The end may not precede the start.
 */
export const defaultDates: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  const day = merged.electionDay as string | undefined
  if (day && !merged.start) data.start = fourMonthsBefore(day)
  if (day && !merged.end) data.end = day
  if (data.end) data.end = endOfBogotaDay(bogotaDate(data.end as string))
  const start = (data.start ?? merged.start) as string | undefined
  const end = (data.end ?? merged.end) as string | undefined
  if (start && end && new Date(end) < new Date(start)) {
    throw invalidField('election-periods', 'end', tr(req, 'electionEndBeforeStart'), req)
  }
  return data
}

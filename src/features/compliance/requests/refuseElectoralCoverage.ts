import type { CollectionBeforeChangeHook } from 'payload'

import { tr } from '../../../kernel/i18n/index.js'
import { sameValue } from '../../../kernel/machine/compare.js'
import { skipsWorkflow } from '../../../kernel/machine/context.js'
import { workflowError } from '../../../kernel/machine/errors.js'
import { periodsAt } from '../electionPeriods.js'
import { PROHIBITED_WITH_CANDIDATES } from './electoralFields.js'

const SLUG = 'communication-requests'

/** Statuses in which the office is covering the event (the request was accepted at triage). */
const COVERING = ['accepted', 'in-production', 'in-review', 'delivered']

type Electoral = { eventKind?: null | string; candidatesPresent?: null | string } | null | undefined

/**
 * beforeChange of `communication-requests` (every path: REST, GraphQL, admin, Local API), Ley
 * 996/2005 art. 38 parágrafo. While an election period is in force on the event's date (or today):
 * - an event-coverage request must say what kind of event it is and whether candidates or their
 *   spokespersons take part (when filed, and when the head accepts it);
 * - the coverage of an inauguration of public works or the start of a social programme with
 *   candidates present is refused at triage (accepting it is a 400 with the legal reason), and so
 *   is turning an accepted coverage into one.
 * The refusal holds for system saves too; only the "must answer" rule spares the system's fixtures.
 */
export const refuseElectoralCoverage: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const doc = { ...(originalDoc ?? {}), ...data } as Record<string, any>
  const products = (Array.isArray(doc.products) ? doc.products : []) as Array<{ type?: string }>
  if (!products.some((product) => product?.type === 'event-coverage')) return data

  const from = operation === 'create' ? null : String(originalDoc?.status ?? 'submitted')
  const to = String(doc.status ?? 'submitted')
  const accepting = to === 'accepted' && from !== 'accepted'
  const electoralChanged = operation === 'update' && (!sameValue(data.electoral, originalDoc?.electoral) || !sameValue(data.event?.date, originalDoc?.event?.date))
  const covering = COVERING.includes(to) && (accepting || electoralChanged)
  if (operation !== 'create' && !covering) return data

  const at = doc.event?.date ?? doc.desiredDate ?? new Date().toISOString()
  const periods = await periodsAt(req, at)
  if (!periods.length) return data
  const period = periods[0]!

  const electoral = doc.electoral as Electoral
  if (!skipsWorkflow(req) || covering) {
    if (!electoral?.eventKind) throw workflowError(SLUG, 'electoral.eventKind', tr(req, 'electionEventKindRequired', { period: period.name }), req)
    if (!electoral?.candidatesPresent) {
      throw workflowError(SLUG, 'electoral.candidatesPresent', tr(req, 'electionCandidatesRequired', { period: period.name }), req)
    }
  }
  if (covering && electoral?.candidatesPresent === 'yes' && PROHIBITED_WITH_CANDIDATES.includes(String(electoral.eventKind))) {
    throw workflowError(SLUG, 'status', tr(req, 'electionCoverageRefused', { period: period.name }), req)
  }
  return data
}

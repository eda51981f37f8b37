import type { PayloadRequest } from 'payload'

import type { CheckResult } from '../../checks/types.js'

import { tr } from '../../../kernel/i18n/index.js'
import { candidateNames, namesIn, periodsAt } from '../electionPeriods.js'

type Asset = { title?: null | string; tags?: null | string[]; people?: Array<{ name?: null | string }> | null }

/** A message of a compliance check: rendered now in the saver's language, and kept as key + vars for the panel. */
export type CheckMessage = { key: Parameters<typeof tr>[1]; vars: Record<string, string> }

export const checkResult = (check: CheckResult['check'], req: PayloadRequest, failures: CheckMessage[], applicable = true): CheckResult =>
  !applicable
    ? { check, status: 'not-applicable', messages: [] }
    : {
        check,
        status: failures.length ? 'fail' : 'pass',
        messages: failures.map(({ key, vars }) => tr(req, key, vars)),
        details: { i18n: failures },
      }

/**
 * The election-period check (Ley 996/2005, art. 38): while a period is in force, a piece that names
 * one of its candidates (title, summary, body, captions; case and accents ignored, whole words) or
 * uses an archive asset tagged with one (its people or tags) fails; the head may override it with
 * a reason. Not applicable outside any period.
 */
export const checkElection = async (req: PayloadRequest, text: string, assets: Asset[], now = new Date()): Promise<CheckResult> => {
  const periods = await periodsAt(req, now)
  const names = candidateNames(periods)
  if (!periods.length) return checkResult('election', req, [], false)
  const failures: CheckMessage[] = namesIn(text, names).map((name) => ({ key: 'electionCheckNamed', vars: { name, period: periods[0]!.name } }))
  for (const asset of assets) {
    const tagged = [...(asset.people ?? []).map((person) => person?.name ?? ''), ...(asset.tags ?? [])]
    const shown = new Set(tagged.flatMap((tag) => namesIn(tag, names)))
    for (const name of shown) {
      failures.push({ key: 'electionCheckShown', vars: { name, asset: asset.title ?? '', period: periods[0]!.name } })
    }
  }
  return checkResult('election', req, failures)
}

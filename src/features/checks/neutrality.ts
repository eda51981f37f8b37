import type { CheckResult } from './types.js'

import { foldText } from '../../kernel/accents.js'
import { type CheckMessage, keyedResult } from './keyed.js'

/**
 * C.4 Neutral-brand check (Ley 2345/2023): no term or slogan of the manual's blocklist (government
 * brands, the ruler's slogans or name) in the content's text. Case and accents are ignored; whole
 * words only. Pure.
 */
export const checkNeutrality = (text: string, blocklist: Array<{ term: string; reason?: string | null }>): CheckResult => {
  const terms = blocklist.filter((entry) => entry.term?.trim())
  if (terms.length === 0) return { check: 'neutrality', status: 'not-applicable', messages: [] }
  const haystack = ` ${foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `
  const messages: CheckMessage[] = []
  for (const entry of terms) {
    const needle = foldText(entry.term).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
    if (needle && haystack.includes(` ${needle} `)) {
      messages.push(
        entry.reason ? { key: 'checkNeutralityTermWhy', vars: { term: entry.term, reason: entry.reason } } : { key: 'checkNeutralityTerm', vars: { term: entry.term } },
      )
    }
  }
  return keyedResult('neutrality', messages.length ? 'fail' : 'pass', messages)
}

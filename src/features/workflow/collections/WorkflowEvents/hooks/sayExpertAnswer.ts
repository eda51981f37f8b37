import type { CollectionAfterReadHook } from 'payload'

import { tr } from '../../../../../kernel/i18n/index.js'

type ExpertDetails = { verdict?: string; expert?: { name?: string; email?: string } }

/** Rows written before the answer's sentence was said at read time carry it, in Spanish, in `comment`. */
const OLD_SENTENCE = /^Verificación externa \(/

/**
 * An outside expert's answer (kind `fact-check`) reads as a sentence in the reader's language —
 * who answered and the verdict, from `details` — followed by the expert's own words (`comment`).
 * The stored row is not touched (the trail is append-only); old rows read as stored.
 */
export const sayExpertAnswer: CollectionAfterReadHook = ({ doc, req }) => {
  if (!doc || doc.kind !== 'fact-check' || req.context?.pregoneroReviewMark === true) return doc
  const details = (doc.details ?? {}) as ExpertDetails
  if (!details.verdict || !details.expert || (typeof doc.comment === 'string' && OLD_SENTENCE.test(doc.comment))) return doc
  const sentence = tr(req, 'trailExpertAnswer', {
    name: details.expert.name ?? '',
    email: details.expert.email ?? '',
    verdict: tr(req, details.verdict === 'confirmed' ? 'trailExpertConfirms' : 'trailExpertComments'),
  })
  doc.comment = doc.comment ? `${sentence}. ${doc.comment}` : `${sentence}.`
  return doc
}

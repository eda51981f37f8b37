import type { CollectionBeforeChangeHook } from 'payload'

import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

/** `network:handle` (lower case, no `@`): one record per institutional account. */
export const accountKeyOf = (network: string, handle: string): string =>
  `${network}:${handle.trim().replace(/^@/, '').toLowerCase()}`

/** Computes the account key and refuses a second record of the same account, naming the field. */
export const keyAccount: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const key = accountKeyOf(String(merged.network ?? ''), String(merged.handle ?? ''))
  data.accountKey = key
  const { docs } = await req.payload.find({
    collection: SLUGS.socialAccounts,
    where: { and: [{ accountKey: { equals: key } }, ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (docs.length > 0) {
    throw invalidField('social-accounts', 'handle', tr(req, 'accountAlreadyRegistered'), req)
  }
  return data
}

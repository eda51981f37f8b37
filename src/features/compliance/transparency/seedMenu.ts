import type { Payload, PayloadRequest } from 'payload'

import { TRANSPARENCY_ITEMS } from '../collections/TransparencyItems/hooks/linkParent.js'
import { ANEXO2_ITEMS } from './anexo2.js'

/**
 * Adds the Anexo 2 items that are missing (by number), parents first; never changes an existing
 * item (the office's titles, owners and links stay). Idempotent. Returns how many were added.
 */
export const seedTransparencyMenu = async (payload: Payload, req?: PayloadRequest): Promise<number> => {
  const { docs } = await payload.find({ collection: TRANSPARENCY_ITEMS, pagination: false, depth: 0, select: { number: true }, req, overrideAccess: true })
  const existing = new Set((docs as unknown as Array<{ number: string }>).map((doc) => doc.number))
  let added = 0
  for (const [number, title] of ANEXO2_ITEMS) {
    if (existing.has(number)) continue
    await payload.create({ collection: TRANSPARENCY_ITEMS, data: { number, title }, req, overrideAccess: true })
    added++
  }
  return added
}

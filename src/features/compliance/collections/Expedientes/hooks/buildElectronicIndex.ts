import type { CollectionBeforeChangeHook } from 'payload'

import type { IndexEntry, MemberRef } from '../../../expedientes/electronicIndex.js'

import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { idOf } from '../../../../../kernel/ids.js'
import { SLUGS } from '../../../../../kernel/slugs.js'
import { buildIndex, memberKey, readMembers } from '../../../expedientes/electronicIndex.js'

type MemberRow = { id?: string; item?: { relationTo?: string; value?: unknown } | null }

/** The members as references, in order; a row without a usable reference names its path. */
export const memberRefs = (rows: MemberRow[]): { refs: MemberRef[]; bad?: number } => {
  const refs: MemberRef[] = []
  for (const [position, row] of rows.entries()) {
    const relationTo = row.item?.relationTo
    const value = idOf(row.item?.value)
    if ((relationTo !== SLUGS.contents && relationTo !== SLUGS.archiveAssets) || value == null) return { refs, bad: position }
    refs.push({ relationTo, value })
  }
  return { refs }
}

/**
 * Keeps the electronic index (Acuerdo AGN 003/2015) true on every save of an expediente: one
 * entry per member in order, with its dates, format, size and SHA-256; refuses a member that
 * does not exist or appears twice (400 naming `members.N.item`). Nobody writes the index by hand.
 */
export const buildElectronicIndex: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const rows = (data.members ?? originalDoc?.members ?? []) as MemberRow[]
  const { refs, bad } = memberRefs(rows)
  if (bad !== undefined) throw invalidField(SLUGS.expedientes, `members.${bad}.item`, tr(req, 'expedienteMemberInvalid', { path: `members.${bad}.item` }), req)
  const seen = new Map<string, number>()
  for (const [position, ref] of refs.entries()) {
    const key = memberKey(ref.relationTo, ref.value)
    if (seen.has(key)) throw invalidField(SLUGS.expedientes, `members.${position}.item`, tr(req, 'expedienteMemberTwice', { path: `members.${position}.item`, first: seen.get(key)! + 1 }), req)
    seen.set(key, position)
  }
  const { docs, missing } = await readMembers(req, refs)
  if (missing !== undefined) throw invalidField(SLUGS.expedientes, `members.${missing}.item`, tr(req, 'expedienteMemberMissing', { path: `members.${missing}.item` }), req)
  const previous = (originalDoc?.electronicIndex ?? []) as IndexEntry[]
  const index = buildIndex(refs, docs, previous)
  const changed = JSON.stringify(index.map(({ addedAt: _a, ...entry }) => entry)) !== JSON.stringify(previous.map(({ order, collection, itemId, title, file, format, size, sha256, documentDate }) => ({ order, collection, itemId, title, file, format, size, sha256, documentDate })))
  data.electronicIndex = index
  data.memberKeys = refs.map((ref) => memberKey(ref.relationTo, ref.value))
  if (changed || !originalDoc?.indexUpdatedAt) data.indexUpdatedAt = new Date().toISOString()
  return data
}

import type { PayloadRequest } from 'payload'
import { idOf, idsOf, sameId } from '../ids.js'
import { SLUGS } from '../slugs.js'

/** One person (or a department mailbox) to notify. */
export type Recipient = { email: string; name?: string; userId?: number | string; language?: 'en' | 'es' }

type Id = number | string
type UserDoc = { id: Id; name?: string | null; email?: string | null; roles?: string[] | null; language?: null | string }

const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/

/** Users by id (system read: recipients are resolved whatever the actor may read). */
export const loadUsers = async (req: PayloadRequest, ids: Id[]): Promise<UserDoc[]> => {
  const unique = [...new Set(ids.map(String))]
  if (!unique.length) return []
  const { docs } = await req.payload.find({
    collection: SLUGS.users,
    where: { id: { in: unique } },
    depth: 0,
    limit: unique.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as UserDoc[]
}

export const usersAsRecipients = (users: UserDoc[]): Recipient[] =>
  users
    .filter((user) => user.email)
    .map((user) => ({ email: user.email!, name: user.name ?? undefined, userId: user.id, language: user.language === 'en' ? ('en' as const) : ('es' as const) }))

/** Users holding any of the roles. */
export const usersWithRoles = async (req: PayloadRequest, roles: string[]): Promise<UserDoc[]> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.users,
    where: { roles: { in: roles } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as UserDoc[]
}

/**
 * Fields where the workflow area may keep a content's author and last editor. The first ones
 * present win; see `contentAuthors` for the fallback when none is.
 */
export const AUTHOR_FIELDS = ['author', 'createdBy', 'lastEditedBy', 'updatedBy', 'lastModifiedBy'] as const

/**
 * The author(s)/last editor of a content: the ids in AUTHOR_FIELDS, or else whoever last sent it to
 * review according to the audit trail (the person who wrote the version under review).
 */
export const contentAuthors = async (req: PayloadRequest, content: Record<string, unknown>): Promise<Id[]> => {
  const ids = AUTHOR_FIELDS.flatMap((field) => idsOf(content[field]))
  if (ids.length) return [...new Map(ids.map((id) => [String(id), id])).values()]
  const { docs } = await req.payload.find({
    collection: SLUGS.workflowEvents,
    where: {
      and: [
        { collection: { equals: 'contents' } },
        { document: { equals: String(content.id) } },
        { to: { equals: 'in-review' } },
        { actor: { exists: true } },
      ],
    },
    sort: '-at',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const actor = idOf((docs[0] as { actor?: unknown } | undefined)?.actor)
  return actor === null ? [] : [actor]
}

/** Keeps valid addresses, one per address (case-insensitive), dropping excluded users. */
export const dedupeRecipients = (recipients: Recipient[], exclude: Array<Id | null | undefined> = []): Recipient[] => {
  const seen = new Map<string, Recipient>()
  for (const recipient of recipients) {
    const email = recipient.email.trim()
    if (!EMAIL.test(email)) continue
    if (recipient.userId !== undefined && exclude.some((id) => sameId(id, recipient.userId))) continue
    const key = email.toLowerCase()
    const existing = seen.get(key)
    // a person beats a mailbox with the same address (we can greet them by name)
    if (!existing || (!existing.name && recipient.name)) seen.set(key, { ...recipient, email })
  }
  return [...seen.values()]
}

export { sameId }

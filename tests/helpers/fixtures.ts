import type { Payload } from 'payload'

import type { Role } from '../../src/kernel/access/index.js'

/**
 * The test fixtures every integration test makes: users, departments, requests and contents,
 * created as system code (`skipWorkflow`: no transition rules, no notifications on the way in),
 * with valid defaults an area overrides with its own scenario data.
 */

export const TEST_PASSWORD = 'Test-password-123'

export type Id = number | string
/** A document as a test reads it back. */
export type Doc = { id: Id } & Record<string, any>
type Data = Record<string, unknown>

/** A user for the Local API's `user:` (and its e-mail for logging in over REST). */
export type TestUser = { id: Id; email: string; roles: string[]; department?: unknown; collection: 'users' } & Record<string, unknown>

/** The options of a system-made fixture. */
export const SYSTEM = { context: { skipWorkflow: true } }

let sequence = 0
/** A number unique within the test file (department codes, titles). */
const next = (): number => ++sequence

/** A user with the given roles; e-mail, name and department optional; password TEST_PASSWORD. */
export const makeUser = async (payload: Payload, roles: Role[], extra: { email?: string; department?: Id | null; name?: string } = {}) => {
  const email = extra.email ?? `${roles.join('-')}-${Math.random().toString(36).slice(2, 8)}@test.local`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, name: extra.name ?? `Test ${roles.join(' ')}`, roles, department: (extra.department ?? undefined) as number | undefined },
    ...SYSTEM,
  })
  return { ...user, collection: 'users' as const }
}

/**
 * A department: `code` (default D<n>), `name` (default "Dependencia <code>") and a mailbox
 * `<code>@test.local` unless `email` names another one (or null: none).
 */
export const makeDepartment = async (payload: Payload, code = `D${next()}`, name = `Dependencia ${code}`, { email }: { email?: null | string } = {}) =>
  payload.create({
    collection: 'departments',
    data: { code, name, ...(email === null ? {} : { email: email ?? `${code.toLowerCase()}@test.local` }) },
    ...SYSTEM,
  })

/** A communication request in any status (default: submitted, one news item for the web). */
export const makeRequest = async (payload: Payload, data: Data = {}, { depth }: { depth?: number } = {}): Promise<Doc> =>
  (await payload.create({
    collection: 'communication-requests',
    data: {
      title: `Solicitud ${next()}`,
      audience: 'external',
      products: [{ type: 'news', channels: ['web'] }],
      description: 'Descripción',
      status: 'submitted',
      ...data,
    } as never,
    depth,
    ...SYSTEM,
  })) as unknown as Doc

/** A content in any stage (default: a draft external news item); `draft` saves it as a Payload draft. */
export const makeContent = async (payload: Payload, data: Data = {}, { depth, draft }: { depth?: number; draft?: boolean } = {}): Promise<Doc> =>
  (await payload.create({
    collection: 'contents',
    data: { title: `Contenido ${next()}`, kind: 'news', audience: 'external', stage: 'draft', ...data } as never,
    depth,
    draft,
    ...SYSTEM,
  })) as unknown as Doc

/** The trail of one document (workflow-events), oldest first. */
export const trailOf = async (payload: Payload, collection: string, id: Id): Promise<Doc[]> =>
  (
    await payload.find({
      collection: 'workflow-events',
      where: { and: [{ collection: { equals: collection } }, { document: { equals: String(id) } }] },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
  ).docs as unknown as Doc[]

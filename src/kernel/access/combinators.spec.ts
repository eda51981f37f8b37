import type { AccessArgs } from 'payload'

import { allOf, anonymousOr, anyOf, staffOnly, whereAccess } from './combinators.js'
import { anonymousReadVersions } from './anonymousReadVersions.js'
import { PUBLISHED_ANY_AUDIENCE, PUBLISHED_EXTERNAL, publishedExternalOrStaff } from './publishedExternalOrStaff.js'
import { staffOnlyField } from './staffOnlyField.js'

const args = (user: null | Record<string, unknown>) => ({ req: { user } }) as unknown as AccessArgs
const staff = { id: 1, roles: ['requester'], collection: 'users' }
const editor = { id: 2, roles: ['editor'], collection: 'users' }
const office = ({ req }: AccessArgs) => Boolean((req.user as { roles?: string[] } | null)?.roles?.includes('editor'))

describe('access combinators', () => {
  it('anyOf: true wins, Wheres are ORed, all false is false', async () => {
    expect(await anyOf(() => false, () => true)(args(null))).toBe(true)
    expect(await anyOf(() => false, () => false)(args(null))).toBe(false)
    expect(await anyOf(whereAccess({ a: { equals: 1 } }), () => false)(args(null))).toEqual({ a: { equals: 1 } })
    expect(await anyOf(whereAccess({ a: { equals: 1 } }), whereAccess({ b: { equals: 2 } }))(args(null))).toEqual({
      or: [{ a: { equals: 1 } }, { b: { equals: 2 } }],
    })
  })

  it('allOf: false wins, Wheres are ANDed, all true is true', async () => {
    expect(await allOf(() => true, () => false)(args(null))).toBe(false)
    expect(await allOf(() => true, () => true)(args(null))).toBe(true)
    expect(await allOf(() => true, whereAccess({ a: { equals: 1 } }), whereAccess({ b: { equals: 2 } }))(args(null))).toEqual({
      and: [{ a: { equals: 1 } }, { b: { equals: 2 } }],
    })
  })

  it('anonymousOr and staffOnly pick the rule by whether someone is signed in', async () => {
    const rule = anonymousOr({ anonymous: { public: { equals: true } }, staff: true })
    expect(await rule(args(null))).toEqual({ public: { equals: true } })
    expect(await rule(args(staff))).toBe(true)
    expect(await staffOnly()(args(null))).toBe(false)
    expect(await staffOnly(office)(args(editor))).toBe(true)
    expect(await staffOnly(office)(args(staff))).toBe(false)
  })
})

describe('publishedExternalOrStaff, anonymousReadVersions, staffOnlyField', () => {
  it('anonymous → published external; staff → published (any audience) OR their role rule', async () => {
    const rule = publishedExternalOrStaff(office)
    expect(await rule(args(null))).toEqual(PUBLISHED_EXTERNAL)
    expect(await rule(args(staff))).toEqual(PUBLISHED_ANY_AUDIENCE)
    expect(await rule(args(editor))).toBe(true)
  })

  it('versions: never anonymous; staff per the rule', async () => {
    expect(await anonymousReadVersions(() => true)(args(null))).toBe(false)
    expect(await anonymousReadVersions(office)(args(editor))).toBe(true)
    expect(await anonymousReadVersions(office)(args(staff))).toBe(false)
  })

  it('staffOnlyField: personal data only for signed-in users', () => {
    expect(staffOnlyField({ req: { user: null } } as never)).toBe(false)
    expect(staffOnlyField({ req: { user: staff } } as never)).toBe(true)
  })
})

import { allowedTransitions, canTransition } from './canTransition.js'
import { defaultContentTransitions, defaultRequestTransitions, type TransitionTables } from '../../features/workflow/tables.js'

const tables: TransitionTables = { request: defaultRequestTransitions(), content: defaultContentTransitions(['head']) }
const u = (id: number, roles: string[], department: null | number = null) => ({ id, roles, department })
const head = u(1, ['head'])
const editor = u(2, ['editor'])
const requester = u(3, ['requester'], 7)

describe('canTransition (pure)', () => {
  it('accepts a legal transition for an allowed role', () => {
    expect(canTransition({ machine: 'request', from: 'submitted', to: 'accepted', user: head, tables }).ok).toBe(true)
  })

  it('refuses an illegal transition naming from/to and what is allowed', () => {
    const r = canTransition({ machine: 'request', from: 'submitted', to: 'closed', user: head, tables })
    expect(r).toMatchObject({ ok: false, code: 'illegal' })
    expect(r.reason).toContain('submitted')
    expect(r.reason).toContain('closed')
    expect(r.allowed.sort()).toEqual(['accepted', 'cancelled', 'needs-info', 'rejected'])
  })

  it('refuses a legal transition for a role that may not make it', () => {
    const r = canTransition({ machine: 'request', from: 'submitted', to: 'accepted', user: editor, tables })
    expect(r).toMatchObject({ ok: false, code: 'role' })
    expect(r.allowed).toEqual([])
  })

  it('requires the comment where the table says so', () => {
    expect(canTransition({ machine: 'request', from: 'submitted', to: 'rejected', user: head, tables })).toMatchObject({ ok: false, code: 'guard' })
    expect(canTransition({ machine: 'request', from: 'submitted', to: 'rejected', user: head, tables, comment: '  ' }).ok).toBe(false)
    expect(canTransition({ machine: 'request', from: 'submitted', to: 'rejected', user: head, tables, comment: 'fuera de alcance' }).ok).toBe(true)
    expect(canTransition({ machine: 'content', from: 'in-review', to: 'changes-requested', user: editor, tables }).ok).toBe(false)
  })

  it('applies the requester guards (own department, own request, rating)', () => {
    const doc = { department: 7, requestedBy: 3, satisfaction: { score: 4 } }
    expect(canTransition({ machine: 'request', from: 'needs-info', to: 'submitted', user: requester, tables, doc, comment: 'adjunto' }).ok).toBe(true)
    expect(canTransition({ machine: 'request', from: 'needs-info', to: 'submitted', user: requester, tables, doc: { ...doc, department: 8 }, comment: 'x' }).ok).toBe(false)
    expect(canTransition({ machine: 'request', from: 'accepted', to: 'cancelled', user: requester, tables, doc }).ok).toBe(true)
    expect(canTransition({ machine: 'request', from: 'accepted', to: 'cancelled', user: requester, tables, doc: { ...doc, requestedBy: 99 } }).ok).toBe(false)
    expect(canTransition({ machine: 'request', from: 'delivered', to: 'closed', user: requester, tables, doc }).ok).toBe(true)
    expect(canTransition({ machine: 'request', from: 'delivered', to: 'closed', user: requester, tables, doc: { ...doc, satisfaction: { score: 9 } } }).ok).toBe(false)
  })

  it('four-eyes: the author or last editor does not approve', () => {
    const base = { machine: 'content' as const, from: 'in-review', to: 'approved', tables }
    expect(canTransition({ ...base, user: editor, doc: { createdBy: 2, lastEditedBy: 5 } })).toMatchObject({ ok: false, code: 'guard' })
    expect(canTransition({ ...base, user: editor, doc: { createdBy: 5, lastEditedBy: 2 } }).ok).toBe(false)
    expect(canTransition({ ...base, user: editor, doc: { createdBy: 5, lastEditedBy: 5 } }).ok).toBe(true)
  })

  it('publishing: only approved, only publish roles; forcing needs the flag and a reason', () => {
    expect(canTransition({ machine: 'content', from: 'approved', to: 'published', user: head, tables })).toMatchObject({ ok: true, forced: false })
    expect(canTransition({ machine: 'content', from: 'approved', to: 'published', user: editor, tables }).code).toBe('role')
    expect(canTransition({ machine: 'content', from: 'in-review', to: 'published', user: head, tables }).ok).toBe(false)
    expect(canTransition({ machine: 'content', from: 'in-review', to: 'published', user: head, tables, force: true }).ok).toBe(false)
    expect(canTransition({ machine: 'content', from: 'in-review', to: 'published', user: head, tables, force: true, comment: 'emergencia' })).toMatchObject({ ok: true, forced: true })
    expect(canTransition({ machine: 'content', from: 'in-review', to: 'published', user: editor, tables, force: true, comment: 'x' }).ok).toBe(false)
    // The system (scheduled publishing with no user) may publish an approved content, nothing else.
    expect(canTransition({ machine: 'content', from: 'approved', to: 'published', user: null, tables }).ok).toBe(true)
    expect(canTransition({ machine: 'content', from: 'in-review', to: 'published', user: null, tables }).ok).toBe(false)
  })

  it('publishRoles and tables come from the options', () => {
    const custom: TransitionTables = { request: [], content: defaultContentTransitions(['editor']) }
    expect(canTransition({ machine: 'content', from: 'approved', to: 'published', user: editor, tables: custom }).ok).toBe(true)
    expect(canTransition({ machine: 'request', from: 'submitted', to: 'accepted', user: head, tables: custom }).code).toBe('illegal')
  })

  it('lists the allowed next transitions for a user, with comment needs', () => {
    const list = allowedTransitions({ machine: 'content', from: 'in-review', user: editor, tables, doc: { createdBy: 9, lastEditedBy: 9 } })
    expect(list).toEqual(
      expect.arrayContaining([
        { to: 'changes-requested', requiresComment: true, force: false, action: 'actionRequestChanges' },
        { to: 'approved', requiresComment: false, force: false, action: 'actionApprove' },
      ]),
    )
    const mine = allowedTransitions({ machine: 'content', from: 'in-review', user: editor, tables, doc: { createdBy: 2 } })
    expect(mine.map((e) => e.to)).toEqual(['changes-requested'])
    expect(allowedTransitions({ machine: 'content', from: 'in-review', user: head, tables }).find((e) => e.to === 'published')).toEqual({ to: 'published', requiresComment: true, force: true, action: 'actionForcePublish' })
  })
})

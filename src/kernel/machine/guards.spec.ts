import { BUILT_IN_GUARDS } from './guards.js'

describe('built-in guards speak to people, not to field keys', () => {
  it('checklistComplete names the missing items by their names', () => {
    const reason = BUILT_IN_GUARDS.checklistComplete({ user: null, doc: { reviewChecklist: { factsVerified: true, sourcesAttributed: false, brandApplied: null } } })
    expect(reason).toBe('la lista de revisión está incompleta (fuentes citadas, manual de imagen aplicado)')
    expect(BUILT_IN_GUARDS.checklistComplete({ user: null, doc: { reviewChecklist: { factsVerified: true } } })).toBeNull()
  })
  it('fourEyes refuses whoever changed the piece without naming anyone by id', () => {
    const reason = BUILT_IN_GUARDS.fourEyes({ user: { id: 7 }, doc: { createdBy: 3, lastEditedBy: 7, editedSinceApproval: [7] } })
    expect(reason).toMatch(/otra persona/)
    expect(reason).not.toMatch(/#|\b7\b|\b3\b/)
    expect(BUILT_IN_GUARDS.fourEyes({ user: { id: 9 }, doc: { createdBy: 3, lastEditedBy: 7 } })).toBeNull()
  })
})

import { describe, expect, it } from '@jest/globals'

import { isOverdue } from './completeness.js'

describe('isOverdue (transparency items)', () => {
  const now = new Date('2026-12-06T12:00:00.000Z')
  it('is overdue once the frequency has passed since the last update', () => {
    expect(isOverdue('2026-11-07T12:00:00.000Z', 'monthly', now)).toBe(false)
    expect(isOverdue('2026-11-05T12:00:00.000Z', 'monthly', now)).toBe(true)
    expect(isOverdue('2026-09-07T12:00:00.000Z', 'quarterly', now)).toBe(false)
    expect(isOverdue('2025-12-05T12:00:00.000Z', 'annual', now)).toBe(true)
  })
  it('never updated counts as overdue; "on change" and no frequency have no clock', () => {
    expect(isOverdue(null, 'semiannual', now)).toBe(true)
    expect(isOverdue(null, 'on-change', now)).toBe(false)
    expect(isOverdue('2020-01-01T00:00:00.000Z', null, now)).toBe(false)
  })
})

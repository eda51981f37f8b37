import { getHolidaysForYear } from 'colombian-holidays/dist/index.mjs'

import { dueDateFor, slaDaysFor } from '../../features/workflow/sla.js'
import { addWorkingDays, bogotaDate, endOfBogotaDay, isWorkingDay, trafficLight, workingDaysBetween } from './workingDays.js'

describe('Colombian working days', () => {
  it('knows the 2026 holiday weekend of Sagrado Corazón (Monday 15 June 2026 is a holiday)', () => {
    const days = getHolidaysForYear(2026).map((h) => h.celebrationDate)
    expect(days).toContain('2026-06-15')
    expect(isWorkingDay('2026-06-12')).toBe(true) // Friday
    expect(isWorkingDay('2026-06-13')).toBe(false) // Saturday
    expect(isWorkingDay('2026-06-14')).toBe(false) // Sunday
    expect(isWorkingDay('2026-06-15')).toBe(false) // holiday Monday
    expect(isWorkingDay('2026-06-16')).toBe(true)
  })

  it('adds working days across a holiday weekend (Friday + 1 → Tuesday; + 3 → Thursday)', () => {
    expect(addWorkingDays('2026-06-12', 1)).toBe('2026-06-16')
    expect(addWorkingDays('2026-06-12', 3)).toBe('2026-06-18')
    // Two consecutive holiday Mondays in June 2026 (8th Corpus Christi, 15th Sagrado Corazón).
    expect(addWorkingDays('2026-06-05', 1)).toBe('2026-06-09')
    expect(addWorkingDays('2026-06-05', 5)).toBe('2026-06-16') // 9, 10, 11, 12, 16
    // Holy week: Thursday 2 and Friday 3 April 2026.
    expect(addWorkingDays('2026-04-01', 1)).toBe('2026-04-06')
    expect(addWorkingDays('2026-06-13', 0)).toBe('2026-06-16')
  })

  it('counts working days between two dates, signed', () => {
    expect(workingDaysBetween('2026-06-12', '2026-06-16')).toBe(1)
    expect(workingDaysBetween('2026-06-12', '2026-06-19')).toBe(4)
    expect(workingDaysBetween('2026-06-19', '2026-06-12')).toBe(-4)
    expect(workingDaysBetween('2026-06-12', '2026-06-12')).toBe(0)
  })

  it('uses the Bogotá calendar date (UTC−5) of an instant', () => {
    // 03:00 UTC on Saturday 13 June is still Friday 12 June in Bogotá.
    expect(bogotaDate('2026-06-13T03:00:00Z')).toBe('2026-06-12')
    expect(addWorkingDays(new Date('2026-06-13T03:00:00Z'), 1)).toBe('2026-06-16')
    expect(bogotaDate(endOfBogotaDay('2026-06-16'))).toBe('2026-06-16')
    expect(endOfBogotaDay('2026-06-16')).toBe('2026-06-17T04:59:59.999Z')
  })

  it('computes the SLA due date from the largest product SLA', () => {
    const sla = { 'press-release': 2, 'audiovisual-piece': 10 }
    expect(slaDaysFor([{ type: 'press-release' }, { type: 'audiovisual-piece' }], sla)).toBe(10)
    expect(slaDaysFor([], sla, 5)).toBe(5)
    // Accepted Friday 12 June 2026 at 10:00 Bogotá, press release (2 days) → Wednesday 17 June.
    expect(bogotaDate(dueDateFor([{ type: 'press-release' }], '2026-06-12T15:00:00Z', sla))).toBe('2026-06-17')
  })

  it('gives the traffic light of an open request', () => {
    const due = endOfBogotaDay('2026-06-19') // Friday
    expect(trafficLight(due, '2026-06-10T15:00:00Z', 2)).toBe('on-time')
    expect(trafficLight(due, '2026-06-17T15:00:00Z', 2)).toBe('due-soon')
    expect(trafficLight(due, '2026-06-19T23:00:00Z', 2)).toBe('due-soon') // still the 19th in Bogotá
    expect(trafficLight(due, '2026-06-20T15:00:00Z', 2)).toBe('overdue')
  })
})

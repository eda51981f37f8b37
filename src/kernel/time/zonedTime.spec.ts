import { zonedInstant, zonedMidnight, zonedWallClock } from './zonedTime.js'

describe('wall clocks of a time zone', () => {
  it('reads a Bogotá wall time as its instant (UTC−5, no DST), across days, months and years', () => {
    expect(zonedInstant('2026-12-31T23:30', 'America/Bogota').toISOString()).toBe('2027-01-01T04:30:00.000Z')
    expect(zonedInstant('2026-09-01T00:10', 'America/Bogota').toISOString()).toBe('2026-09-01T05:10:00.000Z')
    expect(zonedMidnight('2026-03-01', 'America/Bogota').toISOString()).toBe('2026-03-01T05:00:00.000Z')
  })

  it('handles a zone with DST on both sides of the change', () => {
    // Madrid: CET (UTC+1) until 29 March 2026 02:00, then CEST (UTC+2).
    expect(zonedInstant('2026-03-29T01:30', 'Europe/Madrid').toISOString()).toBe('2026-03-29T00:30:00.000Z')
    expect(zonedInstant('2026-03-29T03:30', 'Europe/Madrid').toISOString()).toBe('2026-03-29T01:30:00.000Z')
    expect(zonedInstant('2026-10-25T12:00', 'Europe/Madrid').toISOString()).toBe('2026-10-25T11:00:00.000Z')
  })

  it('gives back the wall clock it read', () => {
    for (const local of ['2026-01-31T23:30', '2026-08-31T19:30', '2026-12-06T00:00']) {
      expect(zonedWallClock(zonedInstant(local, 'America/Bogota'), 'America/Bogota')).toBe(local)
    }
  })
})

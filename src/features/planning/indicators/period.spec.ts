import { parsePeriod, periodsClosedAt, periodYear, previousPeriod } from './period.js'

describe('reporting periods (America/Bogota calendar, UTC−5)', () => {
  it('a month runs from Bogota midnight to Bogota midnight', () => {
    const october = parsePeriod('2026-10')
    expect(october.start.toISOString()).toBe('2026-10-01T05:00:00.000Z')
    expect(october.end.toISOString()).toBe('2026-11-01T05:00:00.000Z')
    const late = new Date('2026-10-31T23:30:00-05:00')
    expect(late >= october.start && late < october.end).toBe(true)
    const november = parsePeriod('2026-11')
    expect(late >= november.start && late < november.end).toBe(false)
  })
  it('quarters, semesters and years too; December rolls into the next year', () => {
    expect(parsePeriod('2026-Q4')).toMatchObject({ frequency: 'quarterly', start: new Date('2026-10-01T05:00:00.000Z'), end: new Date('2027-01-01T05:00:00.000Z') })
    expect(parsePeriod('2026-S1').end.toISOString()).toBe('2026-07-01T05:00:00.000Z')
    expect(parsePeriod('2026').start.toISOString()).toBe('2026-01-01T05:00:00.000Z')
    expect(parsePeriod('2026-12').end.toISOString()).toBe('2027-01-01T05:00:00.000Z')
    expect(periodYear(parsePeriod('2026-12'))).toBe(2026)
  })
  it('the previous period is read on the Bogota calendar', () => {
    // 2026-11-01T03:00Z is still October 31 in Bogota: the month that closed is September.
    expect(previousPeriod('monthly', new Date('2026-11-01T03:00:00.000Z')).label).toBe('2026-09')
    expect(previousPeriod('monthly', new Date('2026-11-01T06:00:00.000Z')).label).toBe('2026-10')
    expect(periodsClosedAt(new Date('2027-01-01T07:00:00.000Z')).map((p) => p.label)).toEqual(['2026-12', '2026-Q4', '2026-S2', '2026'])
    expect(periodsClosedAt(new Date('2027-01-01T02:00:00.000Z')).map((p) => p.label)).toEqual(['2026-11'])
  })
  it('rejects malformed labels naming the field', () => {
    expect(() => parsePeriod('2026-13')).toThrow(/Periodo/)
    expect(() => parsePeriod('octubre')).toThrow(/Periodo/)
  })
})

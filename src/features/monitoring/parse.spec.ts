import { rowsToCsv } from '../../kernel/formats/csv.js'
import { dayInZone, normalizeDayValue } from './days.js'
import { engagementRate } from './engagement.js'
import { mentionKey, normalizeUrl } from './keys.js'
import { parseDay, parseNumber, parseSentiment } from './parse.js'

describe('parseDay', () => {
  it.each([
    ['2026-10-03', 'DD/MM/YYYY', '2026-10-03'],
    ['2026-10-03T10:20:00Z', 'DD/MM/YYYY', '2026-10-03'],
    ['03/10/2026', 'DD/MM/YYYY', '2026-10-03'],
    ['03/10/2026', 'MM/DD/YYYY', '2026-03-10'],
    ['3-10-2026', 'DD/MM/YYYY', '2026-10-03'],
    ['Oct 3, 2026', 'MM/DD/YYYY', '2026-10-03'],
    ['3 de octubre de 2026', 'DD/MM/YYYY', '2026-10-03'],
  ] as const)('%s (%s) → %s', (raw, order, expected) => expect(parseDay(raw, order)).toBe(expected))
  it.each(['31/02/2026', '2026-13-01', 'hoy', '', '03/10/26'])('rejects %s', (raw) => expect(parseDay(raw)).toBeNull())
})

describe('parseNumber', () => {
  it.each([
    ['1234', 1234],
    ['1.234', 1234],
    ['1,234', 1234],
    ['1.234.567', 1234567],
    ['1.234.567,50', 1234567.5],
    ['$ 1,234.50', 1234.5],
    ['12,5', 12.5],
    ['', null],
  ] as const)('%s → %s', (raw, expected) => expect(parseNumber(raw)).toBe(expected))
  it('rejects text, negatives and decimals where an integer is due', () => {
    expect(parseNumber('abc')).toBeNaN()
    expect(parseNumber('-3')).toBeNaN()
    expect(parseNumber('12,5', { integer: true })).toBeNaN()
  })
})

it('reads sentiments in Spanish and English', () => {
  expect([parseSentiment('Negativo'), parseSentiment('+'), parseSentiment('neutral'), parseSentiment('regular')]).toEqual(['negative', 'positive', 'neutral', null])
})

it('computes the engagement rate in percent, never dividing by zero', () => {
  expect(engagementRate(2500, 30000)).toBe(8.33)
  expect(engagementRate(5, 0)).toBeNull()
  expect(engagementRate(undefined, 10)).toBeNull()
})

it('takes calendar days in the configured time zone', () => {
  expect(dayInZone(new Date('2026-10-07T04:30:00Z'), 'America/Bogota')).toBe('2026-10-06')
  expect(normalizeDayValue('2026-10-07T04:30:00Z', 'America/Bogota')).toBe('2026-10-06T12:00:00.000Z')
  expect(normalizeDayValue('2026-02-30', 'America/Bogota')).toBeUndefined()
})

it('treats URLs that differ only in scheme, www, tracking or trailing slash as the same mention', () => {
  expect(normalizeUrl('https://www.Diario.co/a/?utm_source=x&id=2#top')).toBe('diario.co/a?id=2')
  expect(mentionKey({ outlet: 1, day: '2026-10-01', url: 'http://diario.co/a/' })).toBe(mentionKey({ outlet: { id: 1 }, day: '2026-10-01', url: 'https://www.diario.co/a' }))
  expect(mentionKey({ outlet: 1, day: '2026-10-01', headline: 'Á b' })).toBe(mentionKey({ outlet: 1, day: '2026-10-01', headline: 'a  B' }))
})

it('writes CSV with quoting, CRLF, a BOM and no formula injection', () => {
  expect(rowsToCsv([['a,b', 'c"d', 3, null], ['=SUM(A1)', 'x\ny']], { bom: true })).toBe('\uFEFF"a,b","c""d",3,\r\n\'=SUM(A1),"x\ny"\r\n')
})

import { officeDateText, officeDateTime, officeDay } from './officeDates.js'

it('writes dates day first, 24-hour, in the office time zone', () => {
  // 23:59 on 9 December in Bogotá is 04:59 UTC on the 10th.
  const due = '2026-12-10T04:59:59.999Z'
  expect(officeDateTime(due)).toBe('09/12/2026 23:59')
  expect(officeDay(due)).toBe('09/12/2026')
  expect(officeDateText(due)).toBe('9 dic 2026')
  expect(officeDateText(due, { time: true })).toBe('9 dic 2026, 23:59')
  expect(officeDateText(due, { language: 'en' })).toBe('9 Dec 2026')
  expect(officeDateTime(due, 'Europe/Madrid')).toBe('10/12/2026 05:59')
  expect(officeDateTime(null)).toBe('')
  expect(officeDateTime('not a date')).toBe('')
})

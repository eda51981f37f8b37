import { requestTrafficLight } from './trafficLight.js'

// Tuesday 10 March 2026, 07:00 in Bogotá.
const now = new Date('2026-03-10T12:00:00Z')

it('one light for a request: working days in Bogotá, only while the SLA clock runs', () => {
  const accepted = (dueDate: null | string) => requestTrafficLight({ status: 'accepted', dueDate }, now, 2)
  expect(accepted(null)).toBeNull()
  expect(accepted('not a date')).toBeNull()
  expect(accepted('2026-03-10T04:59:00Z')).toBe('overdue') // 9 March in Bogotá
  expect(accepted('2026-03-10T23:00:00Z')).toBe('due-soon') // still the 10th in Bogotá
  expect(accepted('2026-03-12T12:00:00Z')).toBe('due-soon') // 2 working days left
  expect(accepted('2026-03-13T12:00:00Z')).toBe('on-time') // 3 working days left
  // Friday 13 → Monday 16: 1 working day over a weekend, due soon (the old dashboard said on time: 3 calendar days)
  expect(requestTrafficLight({ status: 'in-production', dueDate: '2026-03-16T12:00:00Z' }, new Date('2026-03-13T15:00:00Z'), 2)).toBe('due-soon')
  expect(requestTrafficLight({ status: 'delivered', dueDate: '2026-03-01T12:00:00Z' }, now, 2)).toBeNull()
  expect(requestTrafficLight({ status: 'submitted', dueDate: '2026-03-01T12:00:00Z' }, now, 2)).toBeNull()
})

import { trafficLight } from './trafficLight.js'

const now = new Date('2026-03-10T12:00:00Z')

it('computes the traffic light from the due date', () => {
  expect(trafficLight(null, now)).toBe('none')
  expect(trafficLight('not a date', now)).toBe('none')
  expect(trafficLight('2026-03-10T11:59:00Z', now)).toBe('overdue')
  expect(trafficLight('2026-03-11T12:00:00Z', now)).toBe('due-soon')
  expect(trafficLight('2026-03-12T12:00:00Z', now)).toBe('due-soon')
  expect(trafficLight('2026-03-12T12:00:01Z', now)).toBe('on-time')
  expect(trafficLight('2026-03-20T00:00:00Z', now, 14)).toBe('due-soon')
})

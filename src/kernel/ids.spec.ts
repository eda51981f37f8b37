import { idOf, idsOf, sameId, sameIds } from './ids.js'

describe('idOf: one reading of a relationship value', () => {
  it('reads ids, populated documents and polymorphic values', () => {
    expect(idOf(3)).toBe(3)
    expect(idOf('64f1')).toBe('64f1')
    expect(idOf({ id: 7, title: 'x' })).toBe(7)
    expect(idOf({ relationTo: 'contents', value: 9 })).toBe(9)
    expect(idOf({ relationTo: 'contents', value: { id: 11 } })).toBe(11)
  })
  it('never takes a document field named value for its id', () => {
    expect(idOf({ id: 4, value: 120 })).toBe(4)
  })
  it('gives null for empty and foreign values', () => {
    for (const value of [null, undefined, '', {}, true, [1]]) expect(idOf(value)).toBeNull()
  })
  it('compares across adapters and lists', () => {
    expect(sameId(5, '5')).toBe(true)
    expect(sameId({ id: 5 }, 6)).toBe(false)
    expect(sameId(null, null)).toBe(false)
    expect(idsOf([1, { id: 2 }, null, ''])).toEqual([1, 2])
    expect(sameIds([1, { id: 2 }], ['2', 1])).toBe(true)
    expect(sameIds([1], [1, 2])).toBe(false)
  })
})

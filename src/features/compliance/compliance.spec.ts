import { candidateNames, fourMonthsBefore, namesIn } from './electionPeriods.js'
import { petitionDueDate } from './petitions.js'
import { signLanguageTopics } from './checks/signLanguage.js'
import { parentNumber, sortKeyOf } from './transparency/anexo2.js'

describe('compliance rules (pure parts)', () => {
  it('candidates are found as whole names, ignoring case, accents and punctuation', () => {
    const names = candidateNames([{ id: 1, name: 'x', start: '', end: '', candidates: [{ name: 'Juan Pérez' }, { name: 'juan perez' }, { name: 'Ana Muñoz' }] }])
    expect(names).toEqual(['Juan Pérez', 'Ana Muñoz'])
    expect(namesIn('Visita de JUAN PEREZ, candidato.', names)).toEqual(['Juan Pérez'])
    expect(namesIn('Juan Pérezgómez no es él; Ana-Muñoz sí', names)).toEqual(['Ana Muñoz'])
    expect(namesIn('Nadie', names)).toEqual([])
  })

  it('a period starts four months before election day', () => {
    expect(fourMonthsBefore('2027-10-31T12:00:00.000Z')).toBe('2027-06-30T12:00:00.000Z')
    expect(fourMonthsBefore('2026-03-15T05:00:00.000Z')).toBe('2025-11-15T05:00:00.000Z')
  })

  it('petitions: 10 working days for information, 15 in general, Colombian holidays skipped, end of the Bogotá day', () => {
    expect(petitionDueDate('2026-12-04T15:00:00.000Z', 'information')).toBe('2026-12-22T04:59:59.999Z')
    expect(petitionDueDate('2026-12-04T15:00:00.000Z', 'general')).toBe('2026-12-30T04:59:59.999Z')
  })

  it('sign-language topics and transparency numbering', () => {
    expect(signLanguageTopics(['Rendición de Cuentas', 'cultura', 'SEGURIDAD'])).toEqual(['Rendición de Cuentas', 'SEGURIDAD'])
    expect(parentNumber('4.7.3')).toBe('4.7')
    expect(parentNumber('4')).toBeNull()
    expect(sortKeyOf('4.10') > sortKeyOf('4.9')).toBe(true)
  })
})

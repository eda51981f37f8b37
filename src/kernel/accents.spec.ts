import { foldText, stripAccents } from './accents.js'

describe('accent folding (one helper for the checks, the imports and file names)', () => {
  it('drops the diacritics of Spanish and keeps ñ as n, case untouched', () => {
    expect(stripAccents('Nariño, Concepción, Güiza, ÁREA')).toBe('Narino, Concepcion, Guiza, AREA')
  })
  it('folds case and accents for comparisons; compatibility characters stay unless asked', () => {
    expect(foldText('Pasto Gran CAPITAL: Alcaldía')).toBe('pasto gran capital: alcaldia')
    expect(foldText('1º de mayo')).toBe('1º de mayo')
    expect(stripAccents('Acta 1º ﬁnal', { compatibility: true })).toBe('Acta 1o final')
  })
})

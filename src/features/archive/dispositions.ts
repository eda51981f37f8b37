/** Final dispositions of the retention schedule (TRD, Acuerdo AGN 004/2019). */
export const DISPOSITIONS = [
  { value: 'CT', label: { es: 'Conservación total', en: 'Permanent retention' } },
  { value: 'E', label: { es: 'Eliminación', en: 'Elimination' } },
  { value: 'S', label: { es: 'Selección', en: 'Selection' } },
  { value: 'M', label: { es: 'Medio técnico (digitalización)', en: 'Technical medium (digitisation)' } },
]

export type Disposition = 'CT' | 'E' | 'M' | 'S'

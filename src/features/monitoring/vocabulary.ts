/** Monitoring vocabulary: values are the API contract, labels bilingual (Spanish first). */
type Option<V extends string> = { value: V; label: { es: string; en: string } }
const options = <V extends string>(entries: Record<V, [string, string]>): Option<V>[] =>
  (Object.entries(entries) as Array<[V, [string, string]]>).map(([value, [es, en]]) => ({ value, label: { es, en } }))

export const OUTLET_TYPES = options({
  press: ['Prensa escrita', 'Press'],
  radio: ['Radio', 'Radio'],
  tv: ['Televisión', 'TV'],
  digital: ['Medio digital', 'Digital'],
})
export type OutletType = (typeof OUTLET_TYPES)[number]['value']

export const OUTLET_SCOPES = options({
  local: ['Local', 'Local'],
  regional: ['Regional', 'Regional'],
  national: ['Nacional', 'National'],
})

export const SENTIMENTS = options({
  positive: ['Positivo', 'Positive'],
  neutral: ['Neutro', 'Neutral'],
  negative: ['Negativo', 'Negative'],
})
export type Sentiment = (typeof SENTIMENTS)[number]['value']

export const PROMINENCES = options({
  headline: ['Titular / portada', 'Headline / front page'],
  main: ['Nota principal', 'Main story'],
  secondary: ['Nota secundaria', 'Secondary story'],
  brief: ['Breve / mención de paso', 'Brief / passing mention'],
})

/** Institutional social networks (a subset of the channels vocabulary, plus LinkedIn). */
export const SOCIAL_NETWORKS = options({
  facebook: ['Facebook', 'Facebook'],
  instagram: ['Instagram', 'Instagram'],
  x: ['X (Twitter)', 'X (Twitter)'],
  tiktok: ['TikTok', 'TikTok'],
  youtube: ['YouTube', 'YouTube'],
  linkedin: ['LinkedIn', 'LinkedIn'],
  whatsapp: ['Canal de WhatsApp', 'WhatsApp channel'],
})

export const METRIC_SOURCES = options({
  manual: ['Registro manual', 'Manual entry'],
  import: ['Importado (CSV)', 'Imported (CSV)'],
})

/** The label of the free-press value everywhere (AMEC: an estimate, never a measure of impact). */
export const FREE_PRESS_LABEL = {
  es: 'Free press: valor publicitario equivalente (estimación, no mide impacto)',
  en: 'Free press: advertising value equivalent (estimate, not an impact measure)',
}
export const FREE_PRESS_DESCRIPTION = {
  es: 'Lo que habría costado el mismo espacio como publicidad. Es solo una estimación de costo: los Principios de Barcelona (AMEC) rechazan el VPE como medida del impacto de la comunicación. No lo sume ni lo compare como resultado.',
  en: 'What the same space would have cost as advertising. A cost estimate only: the AMEC Barcelona Principles reject AVE as a measure of communication impact. Do not report it as an outcome.',
}

/**
 * The shared vocabulary of the process (DESIGN.md): values are the API contract (English
 * identifiers), labels are bilingual, Spanish first.
 */
type Option<V extends string> = { value: V; label: { es: string; en: string } }

const options = <V extends string>(entries: Record<V, [string, string]>): Option<V>[] =>
  (Object.entries(entries) as Array<[V, [string, string]]>).map(([value, [es, en]]) => ({ value, label: { es, en } }))

export const AUDIENCES = options({
  external: ['Externa (ciudadanía, medios)', 'External (citizens, media)'],
  internal: ['Interna (servidores, intranet)', 'Internal (staff, intranet)'],
})

export const CHANNELS = options({
  press: ['Prensa', 'Press'],
  radio: ['Radio', 'Radio'],
  tv: ['Televisión', 'TV'],
  facebook: ['Facebook', 'Facebook'],
  instagram: ['Instagram', 'Instagram'],
  x: ['X (Twitter)', 'X (Twitter)'],
  tiktok: ['TikTok', 'TikTok'],
  youtube: ['YouTube', 'YouTube'],
  whatsapp: ['WhatsApp', 'WhatsApp'],
  web: ['Sitio web', 'Website'],
  intranet: ['Intranet', 'Intranet'],
  email: ['Correo institucional', 'Institutional e-mail'],
  screens: ['Pantallas y carteleras', 'Screens and notice boards'],
})

/** What a department may ask for (communication-requests.products[].type). */
export const PRODUCT_TYPES = options({
  'press-release': ['Comunicado de prensa', 'Press release'],
  news: ['Noticia', 'News story'],
  'event-coverage': ['Cubrimiento de evento', 'Event coverage'],
  'graphic-piece': ['Pieza gráfica', 'Graphic piece'],
  'audiovisual-piece': ['Pieza audiovisual', 'Audiovisual piece'],
  'radio-spot': ['Cuña radial', 'Radio spot'],
  'tv-note': ['Nota de televisión', 'TV note'],
  'social-post': ['Publicación en redes', 'Social post'],
  'intranet-post': ['Publicación en intranet', 'Intranet post'],
  campaign: ['Campaña', 'Campaign'],
})

/** What the office produces (contents.kind). */
export const CONTENT_KINDS = options({
  news: ['Noticia', 'News story'],
  'press-release': ['Comunicado de prensa', 'Press release'],
  'radio-spot': ['Cuña radial', 'Radio spot'],
  'tv-note': ['Nota de televisión', 'TV note'],
  'social-post': ['Publicación en redes', 'Social post'],
  'graphic-piece': ['Pieza gráfica', 'Graphic piece'],
  'audiovisual-piece': ['Pieza audiovisual', 'Audiovisual piece'],
  'intranet-post': ['Publicación en intranet', 'Intranet post'],
  'campaign-message': ['Mensaje de campaña', 'Campaign message'],
})

export type Audience = (typeof AUDIENCES)[number]['value']
export type Channel = (typeof CHANNELS)[number]['value']
export type ProductType = (typeof PRODUCT_TYPES)[number]['value']
export type ContentKind = (typeof CONTENT_KINDS)[number]['value']

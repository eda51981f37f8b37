import type { CsvMapping } from '../../types.js'

/**
 * Built-in CSV mappings (field → accepted headers). Headers are compared case-, accent- and
 * punctuation-insensitively. The layouts of the networks' exports change from time to time:
 * these are the usual headers (Spanish and English interfaces); a deployment adds or replaces
 * mappings with the `monitoring.csvMappings` option (docs/monitoring.md).
 */
export const BUILTIN_MENTION_MAPPINGS: Record<string, CsvMapping> = {
  generic: {
    label: { es: 'Clipping genérico', en: 'Generic press clipping' },
    dateOrder: 'DD/MM/YYYY',
    columns: {
      outlet: ['medio', 'outlet', 'media', 'fuente', 'source', 'publication', 'publicacion'],
      date: ['fecha', 'date', 'fecha de publicacion', 'published', 'publication date'],
      headline: ['titular', 'headline', 'titulo', 'title'],
      url: ['url', 'enlace', 'link'],
      summary: ['resumen', 'summary', 'extracto', 'excerpt'],
      topic: ['tema', 'topic', 'asunto'],
      sentiment: ['sentimiento', 'sentiment', 'tono', 'tone'],
      departments: ['dependencias', 'dependencia', 'departments', 'department'],
      originContent: ['comunicado', 'contenido de origen', 'origin content', 'press release', 'origen'],
      reach: ['alcance', 'reach', 'audiencia', 'audience'],
      prominence: ['despliegue', 'prominence', 'ubicacion'],
      freePressValue: ['free press', 'valor free press', 'vpe', 'ave', 'valor publicitario equivalente', 'advertising value equivalent'],
    },
  },
}

export const BUILTIN_SOCIAL_MAPPINGS: Record<string, CsvMapping> = {
  generic: {
    label: { es: 'Plantilla genérica', en: 'Generic template' },
    dateOrder: 'DD/MM/YYYY',
    columns: {
      account: ['cuenta', 'account', 'usuario', 'handle'],
      network: ['red', 'red social', 'network', 'plataforma', 'platform'],
      date: ['fecha', 'date', 'dia', 'day'],
      periodStart: ['desde', 'inicio', 'from', 'period start', 'start'],
      periodEnd: ['hasta', 'fin', 'to', 'period end', 'end'],
      followers: ['seguidores', 'followers', 'fans'],
      impressions: ['impresiones', 'impressions'],
      reach: ['alcance', 'reach'],
      engagements: ['interacciones', 'engagements', 'engagement'],
      posts: ['publicaciones', 'posts'],
    },
  },
  meta: {
    label: { es: 'Meta Business Suite (Facebook / Instagram) — estadísticas por día', en: 'Meta Business Suite (Facebook / Instagram) — daily insights' },
    dateOrder: 'MM/DD/YYYY',
    columns: {
      date: ['fecha', 'date'],
      followers: ['seguidores de facebook', 'facebook followers', 'seguidores de instagram', 'instagram followers', 'seguidores', 'followers', 'me gusta de la pagina', 'page likes'],
      impressions: ['impresiones', 'impressions', 'visualizaciones', 'views'],
      reach: ['alcance de facebook', 'facebook reach', 'alcance de instagram', 'instagram reach', 'alcance', 'reach', 'alcance de la pagina', 'page reach'],
      engagements: ['interacciones con el contenido', 'content interactions', 'interacciones', 'engagements', 'post engagements'],
      posts: ['publicaciones', 'posts'],
    },
  },
  x: {
    label: { es: 'X (Twitter) Analytics — resumen por día', en: 'X (Twitter) Analytics — daily account overview' },
    dateOrder: 'MM/DD/YYYY',
    columns: {
      date: ['date', 'fecha'],
      followers: ['followers', 'seguidores'],
      impressions: ['impressions', 'impresiones'],
      engagements: ['engagements', 'interacciones'],
      posts: ['tweets published', 'posts published', 'create post', 'posts', 'publicaciones'],
    },
  },
  youtube: {
    label: 'YouTube Studio — Datos de tabla / Table data (por fecha / by date)',
    dateOrder: 'MM/DD/YYYY',
    columns: {
      date: ['date', 'fecha'],
      impressions: ['impressions', 'impresiones'],
      reach: ['unique viewers', 'usuarios unicos', 'espectadores unicos'],
      engagements: ['engagements', 'interacciones'],
      posts: ['videos published', 'videos publicados'],
    },
    sumColumns: {
      engagements: ['likes', 'me gusta', 'comments added', 'comentarios agregados', 'shares', 'veces que se compartio'],
    },
  },
}

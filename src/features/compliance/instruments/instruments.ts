import type { Inventory, InventoryRecord } from './inventory.js'
import { SLUGS } from '../../../kernel/slugs.js'

/**
 * The three information management instruments of Decreto 1080/2015 (arts. 2.8.5.3.1–2) and
 * Res. MinTIC 1519/2020 menu 7.1, built from ONE inventory (inventory.ts). Column headers are the
 * fields as Res. 1519 lists them (7.1.1.a–g, 7.1.2.a–m, 7.1.3.a–i), in the decree's Spanish: they
 * are the legal names of the instrument's fields, whatever the reader's language.
 */
export type Column = { key: string; header: string }
export type Instrument = { key: InstrumentKey; title: string; filename: string; columns: Column[]; rows: Array<Record<string, string>> }
export type InstrumentKey = 'asset-register' | 'classified-index' | 'publication-scheme'
export const INSTRUMENT_KEYS: readonly InstrumentKey[] = ['asset-register', 'classified-index', 'publication-scheme']

/** Who reads the instrument: `staff` (office and auditors) sees the titles of classified information. */
export type Audience = 'public' | 'staff'

const DATOS_GOV = 'Enlace a www.datos.gov.co'

/** 7.1.1 Registro de Activos de Información: the categories of information, published or available. */
export const assetRegister = ({ records }: Inventory): Instrument => {
  const groups = new Map<string, { category: string; collection: string; records: InventoryRecord[] }>()
  for (const record of records) {
    const key = `${record.collection}\u0000${record.category}`
    const group = groups.get(key) ?? { category: record.category, collection: record.collection, records: [] }
    group.records.push(record)
    groups.set(key, group)
  }
  const rows = [...groups.values()]
    .sort((a, b) => a.category.localeCompare(b.category, 'es'))
    .map(({ category, collection, records: members }) => {
      const published = members.filter((r) => r.published).length
      const formats = [...new Set(members.map((r) => r.format).filter(Boolean))].sort()
      const origin = collection === SLUGS.contents ? 'Contenidos' : 'Activos del archivo audiovisual'
      return {
        category,
        description: `${origin} de la categoría «${category}»: ${members.length} registro(s), ${published} publicado(s).`,
        language: members[0]!.language,
        medium: members[0]!.medium,
        format: formats.join('; '),
        availability: published === members.length ? 'Publicada' : published === 0 ? 'Disponible' : 'Publicada y disponible',
        datosGov: '',
      }
    })
  return {
    key: 'asset-register',
    title: 'Registro de Activos de Información',
    filename: 'registro-activos-informacion',
    columns: [
      { key: 'category', header: 'Nombre o título de la categoría de información' },
      { key: 'description', header: 'Descripción del contenido de la categoría de información' },
      { key: 'language', header: 'Idioma' },
      { key: 'medium', header: 'Medio de conservación y/o soporte' },
      { key: 'format', header: 'Formato' },
      { key: 'availability', header: 'Información publicada o disponible' },
      { key: 'datosGov', header: DATOS_GOV },
    ],
    rows,
  }
}

const LEGAL_GROUND: Record<string, string> = {
  classified: 'Ley 1712 de 2014, art. 18 (información pública clasificada)',
  reserved: 'Ley 1712 de 2014, art. 19 (información pública reservada)',
}

/**
 * 7.1.2 Índice de Información Clasificada y Reservada. The title of each record is given to the
 * office and auditors only: a title can itself reveal what is reserved, so the public Índice names
 * each record by its category and number.
 */
export const classifiedIndex = ({ records }: Inventory, audience: Audience): Instrument => ({
  key: 'classified-index',
  title: 'Índice de Información Clasificada y Reservada',
  filename: 'indice-informacion-clasificada-reservada',
  columns: [
    { key: 'category', header: 'Nombre o título de la categoría de información' },
    { key: 'title', header: 'Nombre o título de la información' },
    { key: 'language', header: 'Idioma' },
    { key: 'medium', header: 'Medio de conservación y/o soporte' },
    { key: 'generatedAt', header: 'Fecha de generación de la información' },
    { key: 'producer', header: 'Nombre del responsable de la producción de la información' },
    { key: 'owner', header: 'Nombre del responsable de la información' },
    { key: 'objective', header: 'Objetivo legítimo de la excepción' },
    { key: 'legalBasis', header: 'Fundamento constitucional o legal' },
    { key: 'legalGround', header: 'Fundamento jurídico de la excepción' },
    { key: 'scope', header: 'Excepción total o parcial' },
    { key: 'until', header: 'Plazo de la clasificación o reserva' },
    { key: 'datosGov', header: DATOS_GOV },
  ],
  rows: records
    .filter((r) => r.classification !== 'public')
    .map((r) => ({
      category: r.category,
      title: audience === 'staff' ? r.title : `${r.category} n.º ${r.id}`,
      language: r.language,
      medium: r.medium,
      generatedAt: r.generatedAt,
      producer: r.producer,
      owner: r.owner,
      objective: r.objective,
      legalBasis: r.legalBasis,
      legalGround: LEGAL_GROUND[r.classification] ?? '',
      scope: r.scope,
      until: r.until,
      datosGov: '',
    })),
})

/**
 * 7.1.3 Esquema de Publicación de Información: what is published and will be published (the
 * menu's items, with their owner and frequency) and every published record.
 */
export const publicationScheme = ({ records, menu }: Inventory, officeName: string): Instrument => ({
  key: 'publication-scheme',
  title: 'Esquema de Publicación de Información',
  filename: 'esquema-publicacion-informacion',
  columns: [
    { key: 'title', header: 'Nombre o título de la información' },
    { key: 'language', header: 'Idioma' },
    { key: 'medium', header: 'Medio de conservación y/o soporte' },
    { key: 'format', header: 'Formato' },
    { key: 'generatedAt', header: 'Fecha de generación de la información' },
    { key: 'frequency', header: 'Frecuencia de actualización' },
    { key: 'place', header: 'Lugar de consulta' },
    { key: 'producer', header: 'Nombre del responsable de la producción de la información' },
    { key: 'owner', header: 'Nombre del responsable de la información' },
  ],
  rows: [
    ...menu
      .filter((item) => !item.notApplicable)
      .map((item) => ({
        title: `${item.number} ${item.title}`,
        language: 'Español',
        medium: 'Digital (electrónico)',
        format: 'HTML',
        generatedAt: item.lastUpdated,
        frequency: item.frequency,
        place: `Menú Transparencia y acceso a la información pública, numeral ${item.number}`,
        producer: item.owner || officeName,
        owner: item.owner || officeName,
      })),
    ...records
      .filter((r) => r.published)
      .map((r) => ({
        title: r.title,
        language: r.language,
        medium: r.medium,
        format: r.format,
        generatedAt: r.generatedAt,
        frequency: r.frequency,
        place: r.place,
        producer: r.producer,
        owner: r.owner,
      })),
  ],
})

import type { GlobalConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { allowRoles, anonymousReadVersions, authenticated, everyone, staffOnlyField, withPublicFields } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { CHANNELS } from '../../../../kernel/vocabulary.js'
import { GLOBAL_SLUGS } from '../../../../kernel/slugs.js'

const HEX = /^#[0-9a-f]{6}$/i

/** Channel presets offered when the manual is first written. */
export const DEFAULT_CHANNEL_PRESETS = [
  { name: 'Instagram (cuadrado)', channel: 'instagram', width: 1080, height: 1080 },
  { name: 'Instagram (historia)', channel: 'instagram', width: 1080, height: 1920 },
  { name: 'Facebook', channel: 'facebook', width: 1080, height: 1080 },
  { name: 'Open Graph (web)', channel: 'web', width: 1200, height: 630 },
  { name: 'X (Twitter)', channel: 'x', width: 1600, height: 900 },
]

/**
 * The institutional image manual ("Manual de Aplicación de Imagen Institucional"), versioned.
 * Politically neutral by law (Ley 2345/2023): its blocklist lists government brands and the
 * ruler's slogans that institutional pieces must not carry. The checks of src/features/checks/ read it.
 */
export const createBrandManualGlobal = (_options: ResolvedOptions): GlobalConfig => ({
  slug: GLOBAL_SLUGS.brandManual,
  label: { es: 'Manual de imagen institucional', en: 'Brand manual' },
  admin: { group: GROUPS.plan },
  versions: { max: 50 },
  // Public face (issue 7): anyone reads the manual's public parts (PUBLIC_FIELDS); the blocklist and
  // the checks' tolerances are for signed-in staff; versions never reach anonymous callers.
  access: { read: everyone, readVersions: anonymousReadVersions(authenticated), update: allowRoles('admin', 'head', 'designer') },
  fields: withPublicFields(manualFields(), PUBLIC_FIELDS, staffOnlyField),
})

/** The image manual's public parts: version and approval, palette, typography, rules, channel sizes. */
const PUBLIC_FIELDS = ['version', 'approvedAt', 'approvedBy', 'palette', 'typography', 'rules', 'channelPresets']

const manualFields = (): GlobalConfig['fields'] => [
    {
      type: 'row',
      fields: [
        { name: 'version', type: 'text', required: true, defaultValue: '1.0', label: { es: 'Versión', en: 'Version' } },
        { name: 'approvedAt', type: 'date', label: { es: 'Aprobado el', en: 'Approved at' } },
        { name: 'approvedBy', type: 'text', label: { es: 'Aprobado por (acto)', en: 'Approved by (act)' } },
      ],
    },
    {
      name: 'palette',
      type: 'array',
      label: { es: 'Paleta', en: 'Palette' },
      labels: { singular: { es: 'Color', en: 'Colour' }, plural: { es: 'Colores', en: 'Colours' } },
      fields: [
        { name: 'name', type: 'text', required: true, label: { es: 'Nombre', en: 'Name' } },
        {
          name: 'hex',
          type: 'text',
          required: true,
          label: { es: 'HEX', en: 'HEX' },
          validate: (value: unknown) =>
            typeof value === 'string' && HEX.test(value) ? true : 'hex: use #RRGGBB / hex: use #RRGGBB',
        },
        {
          name: 'role',
          type: 'select',
          label: { es: 'Uso', en: 'Role' },
          defaultValue: 'primary',
          options: [
            { value: 'primary', label: { es: 'Principal', en: 'Primary' } },
            { value: 'secondary', label: { es: 'Secundario', en: 'Secondary' } },
            { value: 'accent', label: { es: 'Acento', en: 'Accent' } },
            { value: 'neutral', label: { es: 'Neutro', en: 'Neutral' } },
          ],
        },
      ],
    },
    {
      name: 'typography',
      labels: { singular: { es: 'Tipografía', en: 'Typeface' }, plural: { es: 'Tipografías', en: 'Typography' } },
      type: 'array',
      label: { es: 'Tipografía', en: 'Typography' },
      fields: [
        { name: 'family', type: 'text', required: true, label: { es: 'Familia', en: 'Family' } },
        { name: 'usage', type: 'text', label: { es: 'Uso', en: 'Usage' } },
        { name: 'weights', type: 'text', label: { es: 'Pesos', en: 'Weights' } },
      ],
    },
    { name: 'rules', type: 'richText', label: { es: 'Reglas de aplicación', en: 'Rules' } },
    {
      type: 'row',
      fields: [
        {
          name: 'colourTolerance',
          type: 'number',
          required: true,
          defaultValue: 10,
          min: 0,
          label: { es: 'Tolerancia de color (ΔE 2000)', en: 'Colour tolerance (ΔE 2000)' },
        },
        {
          name: 'dominantShare',
          type: 'number',
          required: true,
          defaultValue: 5,
          min: 0,
          max: 100,
          label: { es: 'Peso mínimo de un color dominante (%)', en: 'Minimum share of a dominant colour (%)' },
        },
      ],
    },
    {
      name: 'channelPresets',
      labels: { singular: { es: 'Formato por canal', en: 'Channel preset' }, plural: { es: 'Formatos por canal', en: 'Channel presets' } },
      type: 'array',
      label: { es: 'Tamaños por canal', en: 'Channel size presets' },
      defaultValue: DEFAULT_CHANNEL_PRESETS,
      fields: [
        { name: 'name', type: 'text', required: true, label: { es: 'Nombre', en: 'Name' } },
        { name: 'channel', type: 'select', options: CHANNELS, label: { es: 'Canal', en: 'Channel' } },
        { name: 'width', type: 'number', required: true, min: 1, label: { es: 'Ancho (px)', en: 'Width (px)' } },
        { name: 'height', type: 'number', required: true, min: 1, label: { es: 'Alto (px)', en: 'Height (px)' } },
      ],
    },
    {
      name: 'blocklist',
      labels: { singular: { es: 'Término vetado', en: 'Blocked term' }, plural: { es: 'Términos vetados', en: 'Blocked terms' } },
      type: 'array',
      label: { es: 'Lista de términos prohibidos (Ley 2345/2023)', en: 'Blocklist (Ley 2345/2023)' },
      admin: {
        description: {
          es: 'Marcas de gobierno, lemas del mandatario y su nombre en piezas institucionales.',
          en: "Government brands, the ruler's slogans and name in institutional pieces.",
        },
      },
      fields: [
        { name: 'term', type: 'text', required: true, label: { es: 'Término o lema', en: 'Term or slogan' } },
        { name: 'reason', type: 'text', label: { es: 'Motivo', en: 'Reason' } },
      ],
    },
]

import type { Field, GlobalConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { GROUPS } from '../../../../defaults.js'
import { clientComponent } from '../../../../kernel/admin/componentPaths.js'
import { allowRoles, anonymousReadVersions, authenticated, everyone, nobodyField } from '../../../../kernel/access/index.js'
import { GLOBAL_SLUGS } from '../../../../kernel/slugs.js'

const measured = { create: nobodyField, update: nobodyField }
const percent = (name: string, es: string, en: string): Field => ({ name, type: 'number', min: 0, max: 100, access: measured, label: { es, en }, admin: { readOnly: true } })
const count = (name: string, es: string, en: string): Field => ({ name, type: 'number', min: 0, access: measured, label: { es, en }, admin: { readOnly: true } })

/**
 * The entity's accessibility statement (Res. MinTIC 1519/2020, Anexo 1), versioned: the text,
 * contact, conformance target and known limitations the head writes, and the figures the product
 * measures on what it published (task `accessibilityStatementFigures`, monthly and on demand at
 * POST /api/pregonero/accessibility-statement/refresh). Anyone reads the published statement;
 * the head and the administrator edit it; nobody edits the figures by hand.
 */
export const createAccessibilityStatementGlobal = (_options: ResolvedOptions): GlobalConfig => ({
  slug: GLOBAL_SLUGS.accessibilityStatement,
  label: { es: 'Declaración de accesibilidad', en: 'Accessibility statement' },
  admin: { group: GROUPS.settings },
  versions: { max: 100 },
  access: { read: everyone, readVersions: anonymousReadVersions(authenticated), update: allowRoles('admin', 'head') },
  fields: [
    { name: 'statement', type: 'textarea', maxLength: 20000, label: { es: 'Texto de la declaración', en: 'Statement text' } },
    {
      name: 'contact',
      type: 'group',
      label: { es: 'Contacto de accesibilidad', en: 'Accessibility contact' },
      fields: [
        { name: 'email', type: 'email', label: { es: 'Correo electrónico', en: 'E-mail' } },
        { name: 'phone', type: 'text', maxLength: 50, label: { es: 'Teléfono', en: 'Phone' } },
        { name: 'office', type: 'text', maxLength: 300, label: { es: 'Oficina o dirección', en: 'Office or address' } },
      ],
    },
    {
      name: 'conformanceTarget',
      type: 'select',
      defaultValue: 'wcag-2.1-aa',
      options: [
        { value: 'wcag-2.1-aa', label: { es: 'WCAG 2.1 nivel AA', en: 'WCAG 2.1 level AA' } },
        { value: 'wcag-2.1-a', label: { es: 'WCAG 2.1 nivel A', en: 'WCAG 2.1 level A' } },
        { value: 'wcag-2.2-aa', label: { es: 'WCAG 2.2 nivel AA', en: 'WCAG 2.2 level AA' } },
      ],
      label: { es: 'Nivel de conformidad objetivo', en: 'Conformance target' },
    },
    { name: 'knownLimitations', type: 'textarea', maxLength: 10000, label: { es: 'Limitaciones conocidas', en: 'Known limitations' } },
    {
      name: 'figures',
      type: 'group',
      label: { es: 'Cifras medidas por el sistema', en: 'Figures measured by the system' },
      admin: { description: { es: 'Se actualizan cada mes o con "Actualizar cifras".', en: 'Updated monthly or with "Refresh figures".' } },
      fields: [
        { name: 'refresh', type: 'ui', admin: { components: { Field: clientComponent('RefreshStatementFigures') } } },
        percent('captionedVideosShare', '% de videos publicados con subtítulos', '% of published videos with captions'),
        count('videosCaptioned', 'Videos con subtítulos', 'Captioned videos'),
        count('videosTotal', 'Videos publicados', 'Published videos'),
        percent('imagesWithAltShare', '% de imágenes publicadas con texto alternativo', '% of published images with alternative text'),
        count('imagesWithAlt', 'Imágenes con texto alternativo', 'Images with alternative text'),
        count('imagesTotal', 'Imágenes publicadas', 'Published images'),
        { name: 'plainLanguageAverage', type: 'number', access: measured, label: { es: 'Índice promedio de lenguaje claro (Fernández-Huerta)', en: 'Average plain-language score (Fernández-Huerta)' }, admin: { readOnly: true } },
        count('contentsMeasured', 'Contenidos medidos', 'Contents measured'),
        { name: 'measuredAt', type: 'date', access: measured, label: { es: 'Fecha de medición', en: 'Measured at' }, admin: { readOnly: true } },
      ],
    },
  ],
})

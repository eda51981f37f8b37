import sharp from 'sharp'

import { checkAccessibility } from './accessibility.js'
import { checkBrand } from './brand.js'
import { deltaE2000, hexToRgb, rgbToLab } from './colour.js'
import { checkConsent } from './consent.js'
import { dominantColours } from './dominantColours.js'
import { checkNeutrality } from './neutrality.js'
import { checkPlainLanguage, countSyllables, fernandezHuerta, unexplainedAcronyms } from './plainLanguage.js'
import { lexicalToText } from './text.js'

const manual = {
  palette: [
    { name: 'Verde Pasto', hex: '#00843D' },
    { name: 'Amarillo', hex: '#FFD100' },
    { name: 'Blanco', hex: '#FFFFFF' },
  ],
  colourTolerance: 10,
  dominantShare: 5,
  channelPresets: [
    { name: 'Instagram', channel: 'instagram', width: 1080, height: 1080 },
    { name: 'Open Graph', channel: 'web', width: 1200, height: 630 },
    { name: 'Historia', channel: 'instagram', width: 1080, height: 1920 },
  ],
}

describe('colour maths', () => {
  it('CIEDE2000 matches the reference pairs of Sharma, Wu and Dalal (2005)', () => {
    expect(deltaE2000({ L: 50, a: 2.6772, b: -79.7751 }, { L: 50, a: 0, b: -82.7485 })).toBeCloseTo(2.0425, 3)
    expect(deltaE2000({ L: 50, a: 2.5, b: 0 }, { L: 73, a: 25, b: -18 })).toBeCloseTo(27.1492, 3)
    expect(deltaE2000({ L: 2.0776, a: 0.0795, b: -1.135 }, { L: 0.9033, a: -0.0636, b: -0.5514 })).toBeCloseTo(0.9082, 3)
  })
  it('sRGB → Lab: white is L 100, black L 0', () => {
    expect(rgbToLab(hexToRgb('#ffffff')).L).toBeCloseTo(100, 1)
    expect(rgbToLab(hexToRgb('#000000')).L).toBeCloseTo(0, 5)
  })
})

describe('brand check (C.1)', () => {
  it('passes an on-palette piece of a channel size and fails an off-palette one, naming the colour', async () => {
    const on = await sharp({ create: { width: 1080, height: 1080, channels: 3, background: '#00843D' } }).png().toBuffer()
    const off = await sharp({ create: { width: 1080, height: 1080, channels: 3, background: '#C2185B' } }).png().toBuffer()
    const good = checkBrand([{ title: 'ok', width: 1080, height: 1080, colours: await dominantColours(on) }], manual, ['instagram'])
    expect(good.status).toBe('pass')
    const bad = checkBrand([{ title: 'fucsia', width: 1080, height: 1080, colours: await dominantColours(off) }], manual, ['instagram'])
    expect(bad.status).toBe('fail')
    expect(bad.messages.join(' ')).toMatch(/#c2185b/i)
  })
  it('fails a piece whose size matches no preset of its channels', async () => {
    const on = await sharp({ create: { width: 1000, height: 700, channels: 3, background: '#FFD100' } }).png().toBuffer()
    const result = checkBrand([{ title: 'afiche', width: 1000, height: 700, colours: await dominantColours(on) }], manual, ['instagram'])
    expect(result.status).toBe('fail')
    expect(result.messages[0]).toMatch(/1000×700/)
    expect(checkBrand([{ title: 'og', width: 2400, height: 1260, colours: [] }], manual, ['web']).status).toBe('pass')
  })
  it('not applicable without pieces', () => {
    expect(checkBrand([], manual).status).toBe('not-applicable')
  })
})

describe('accessibility (C.2), consent (C.3), neutrality (C.4)', () => {
  it('requires alt text or decorative, and captions unless live', () => {
    expect(checkAccessibility([{ label: 'a', alt: 'Niños en el parque' }, { label: 'b', decorative: true }], []).status).toBe('pass')
    const r = checkAccessibility([{ label: 'sin alt' }], [{ label: 'vid' }, { label: 'live', live: true }, { label: 'burned', burnedInCaptions: true }])
    expect(r.status).toBe('fail')
    expect(r.messages).toHaveLength(2)
  })
  it('blocks pending consent and minors without guardian consent, for external audiences only', () => {
    const assets = [
      { title: 'p', consent: 'pending' },
      { title: 'm', consent: 'consent-on-file', minorsPresent: true },
      { title: 'ok', consent: 'minors-guardian-consent', minorsPresent: true },
    ]
    const external = checkConsent('external', assets)
    expect(external.status).toBe('fail')
    expect(external.messages).toHaveLength(2)
    expect(checkConsent('internal', assets).status).toBe('pass')
  })
  it('finds blocked slogans ignoring case and accents, whole words only', () => {
    const blocklist = [{ term: 'Pasto, la Gran Capital', reason: 'lema de gobierno' }, { term: 'Juan' }]
    expect(checkNeutrality('Obras para PASTO LA GRAN CAPITAL este año', blocklist).status).toBe('fail')
    expect(checkNeutrality('Juanita visitó la obra', blocklist).status).toBe('pass')
  })
})

describe('plain language (C.5)', () => {
  it('counts Spanish syllables with diphthongs and hiatus', () => {
    expect(countSyllables('manzanas')).toBe(3)
    expect(countSyllables('ciudad')).toBe(2)
    expect(countSyllables('poeta')).toBe(3)
    expect(countSyllables('día')).toBe(2)
    expect(countSyllables('Alcaldía')).toBe(4)
  })
  it('computes Fernández-Huerta: 206.84 − 0.60·P − 1.02·F', () => {
    // 4 words, 8 syllables, 1 sentence: P = 200, F = 25 → 61.34
    expect(fernandezHuerta('El niño come manzanas.')).toBeCloseTo(61.3, 1)
  })
  it('flags long sentences and unexplained acronyms, never blocks', () => {
    const long = Array.from({ length: 25 }, (_, i) => `palabra${i}`).join(' ') + '.'
    const result = checkPlainLanguage(`El Departamento Nacional de Planeación (DNP) publicó la guía. La SIC vigila. ${long}`)
    expect(result.status).toBe('info')
    expect(result.details?.acronyms).toEqual(['SIC'])
    expect(result.details?.longSentences).toBe(1)
    expect(unexplainedAcronyms('La ESAP (Escuela Superior) y el siglo XXI')).toEqual([])
  })
  it('reads the text of a Lexical state', () => {
    const state = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hola.' }] }, { type: 'paragraph', children: [{ type: 'text', text: 'Adiós.' }] }] } }
    expect(lexicalToText(state)).toBe('Hola.\nAdiós.')
    // a line break separates words (they were glued: "Pastocapital")
    const broken = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Pasto' }, { type: 'linebreak' }, { type: 'text', text: 'capital' }] }] } }
    expect(lexicalToText(broken)).toBe('Pasto\ncapital')
  })
})

describe('inline images of a Lexical body', () => {
  it('finds upload nodes at any depth, in order, with the alt and decorative flag set on the node', async () => {
    const { bodyUploads } = await import('./bodyImages.js')
    const state = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Hola' }] },
          { type: 'upload', relationTo: 'archive-assets', value: 7, fields: { alt: 'Plaza' } },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'upload', relationTo: 'archive-assets', value: { id: 9, title: 'x' }, fields: null }] }] },
          { type: 'block', fields: { content: { root: { children: [{ type: 'upload', relationTo: 'brand-assets', value: '3', fields: { decorative: true } }] } } } },
        ],
      },
    }
    expect(bodyUploads(state)).toEqual([
      { relationTo: 'archive-assets', id: 7, alt: 'Plaza', decorative: false, position: 1 },
      { relationTo: 'archive-assets', id: 9, alt: null, decorative: false, position: 2 },
      { relationTo: 'brand-assets', id: '3', alt: null, decorative: true, position: 3 },
    ])
    expect(bodyUploads(null)).toEqual([])
  })
})

describe('consent coverage per channel and purpose', () => {
  it('every person must be covered, in force, for each channel and purpose of the use', async () => {
    const { consentCoverage } = await import('./consent.js')
    const now = new Date('2026-06-01T00:00:00Z')
    const asset = {
      title: 'Feria',
      consent: 'consent-on-file',
      consentRecords: [
        { person: 'Ana', channels: ['web', 'instagram'], purposes: ['institutional'], validFrom: '2026-01-01' },
        { person: 'Luis', channels: ['web'], purposes: ['institutional', 'campaign'], validFrom: '2026-01-01', validUntil: '2026-12-31' },
      ],
    }
    expect(consentCoverage(asset, { channels: ['web'], purposes: ['institutional'] }, now)).toEqual([])
    const { trIn } = await import('../../kernel/i18n/index.js')
    const keyed = consentCoverage(asset, { channels: ['web', 'instagram'], purposes: ['institutional', 'campaign'] }, now)
    const tv = keyed.map(({ key, vars }) => trIn('es', key, vars))
    expect(tv).toHaveLength(2)
    expect(tv[0]).toBe('Autorización: en "Feria" la autorización #1 no cubre la finalidad campaign')
    expect(tv[1]).toBe('Autorización: en "Feria" la autorización #2 no cubre el canal instagram')
    // one language per reader: the same keys in English
    expect(keyed.map(({ key, vars }) => trIn('en', key, vars))).toEqual([
      'Consent: in "Feria" consent #1 does not cover purpose campaign',
      'Consent: in "Feria" consent #2 does not cover channel instagram',
    ])
    // never the person's name (the results are read by roles that may not read personal data)
    expect(tv.join(' ')).not.toMatch(/Ana|Luis/)
    const later = consentCoverage(asset, { channels: ['web'], purposes: ['institutional'] }, new Date('2027-01-15'))[0]!
    expect(trIn('es', later.key, later.vars)).toMatch(/autorización #2 venció/)
    // No records, or nobody identifiable: nothing to cover.
    expect(consentCoverage({ title: 'x', consent: 'consent-on-file' }, { channels: ['tv'], purposes: ['institutional'] }, now)).toEqual([])
  })
})

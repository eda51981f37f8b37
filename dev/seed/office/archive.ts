import type { Payload } from 'payload'

import sharp from 'sharp'

import { OFF_PALETTE, ON_PALETTE } from '../data/brandManual.js'

type Id = number | string
type Rgb = { r: number; g: number; b: number }

/** A flat graphic piece in vertical bands of the given colours (PNG). */
const piece = async (width: number, height: number, colours: Rgb[]): Promise<Buffer> => {
  const band = Math.ceil(width / colours.length)
  const composites = await Promise.all(
    colours.slice(1).map(async (colour, i) => ({
      input: await sharp({ create: { width: band, height, channels: 3, background: colour } }).png().toBuffer(),
      left: band * (i + 1),
      top: 0,
    })),
  )
  return sharp({ create: { width, height, channels: 3, background: colours[0]! } }).composite(composites).png().toBuffer()
}

/**
 * A picture-like JPEG: a sky, the Galeras volcano, green hills and a few figures, drawn as SVG and
 * rendered by sharp (a little noise so it compresses like a photo).
 */
const photo = async (seed: number): Promise<Buffer> => {
  const hue = (seed * 37) % 360
  const people = Array.from({ length: 5 }, (_, i) => {
    const x = 140 + i * 150 + ((seed * (i + 3)) % 40)
    return `<circle cx="${x}" cy="430" r="22" fill="#3c3c3b"/><rect x="${x - 24}" y="452" width="48" height="110" rx="18" fill="hsl(${(hue + i * 60) % 360},70%,45%)"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="640">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${200 + (seed % 20)},70%,62%)"/><stop offset="1" stop-color="#e8f4fb"/></linearGradient></defs>
    <rect width="960" height="640" fill="url(#sky)"/>
    <circle cx="${760 - (seed % 5) * 40}" cy="110" r="46" fill="#ffd100" opacity="0.9"/>
    <polygon points="180,400 430,150 520,170 760,400" fill="#6b6b6b"/>
    <polygon points="430,150 470,120 520,170" fill="#f2f2f2"/>
    <path d="M0 420 Q 240 340 480 420 T 960 400 V 640 H 0 Z" fill="#00843d"/>
    <path d="M0 500 Q 300 450 620 520 T 960 500 V 640 H 0 Z" fill="#2f9e5b"/>
    ${people}
  </svg>`
  const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true })
  for (let i = 0; i < data.length; i += 7) data[i] = Math.max(0, Math.min(255, data[i]! + ((i * seed) % 17) - 8))
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }).jpeg({ quality: 82 }).toBuffer()
}

const file = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })

export type DemoAssets = { onPalette: Id; offPalette: Id; crowd: Id; school: Id; pending: Id }

/**
 * Archive assets made with sharp: two graphic pieces (on and off the brand palette) and three
 * photos with their image-use consent records (adults on file, minors with the guardian's
 * consent, one still pending). Found by title when they exist already.
 */
export const seedArchive = async (payload: Payload, context: Record<string, unknown>, { designer, department }: { designer?: Record<string, unknown>; department?: Id }): Promise<{ assets: DemoAssets; created: number }> => {
  const since = new Date(Date.now() - 200 * 86_400_000).toISOString()
  const specs: Array<{ key: keyof DemoAssets; data: Record<string, unknown>; make: () => Promise<Buffer>; name: string; mimetype: string }> = [
    {
      key: 'onPalette',
      name: 'pieza-vacunacion-instagram.png',
      mimetype: 'image/png',
      make: () => piece(1080, 1080, ON_PALETTE),
      data: { title: 'Pieza: jornada de vacunación (Instagram)', kind: 'design-file', consent: 'none-identifiable', alt: 'Afiche verde y amarillo de la jornada de vacunación', accessLevel: 'public' },
    },
    {
      key: 'offPalette',
      name: 'pieza-feria-fucsia.png',
      mimetype: 'image/png',
      make: () => piece(1080, 1080, OFF_PALETTE),
      data: { title: 'Pieza: feria artesanal (colores fuera del manual)', kind: 'design-file', consent: 'none-identifiable', alt: 'Afiche fucsia y morado de la feria artesanal' },
    },
    {
      key: 'crowd',
      name: 'carnaval-desfile.jpg',
      mimetype: 'image/jpeg',
      make: () => photo(7),
      data: {
        title: 'Desfile del Carnaval de Negros y Blancos',
        kind: 'photo',
        alt: 'Comparsa del Carnaval en la Senda del Carnaval',
        event: 'Carnaval de Negros y Blancos',
        consent: 'consent-on-file',
        people: [{ name: 'María Inés Rosero', minor: false }],
        consentRecords: [{ person: 'María Inés Rosero', minor: false, channels: ['web', 'facebook', 'instagram'], purposes: ['institutional'], validFrom: since }],
      },
    },
    {
      key: 'school',
      name: 'colegio-lectura.jpg',
      mimetype: 'image/jpeg',
      make: () => photo(19),
      data: {
        title: 'Jornada de lectura en la I.E.M. Ciudad de Pasto',
        kind: 'photo',
        alt: 'Estudiantes leen en la biblioteca del colegio',
        minorsPresent: true,
        consent: 'minors-guardian-consent',
        people: [{ name: 'Estudiante de grado 5', minor: true }],
        consentRecords: [
          { person: 'Estudiante de grado 5', minor: true, guardian: 'Luz Dary Benavides (madre)', channels: ['web', 'facebook'], purposes: ['institutional'], validFrom: since },
        ],
      },
    },
    {
      key: 'pending',
      name: 'barrio-obras.jpg',
      mimetype: 'image/jpeg',
      make: () => photo(40),
      data: { title: 'Obras de pavimentación en el barrio Lorenzo', kind: 'photo', alt: 'Obreros pavimentan una calle', consent: 'pending' },
    },
  ]
  const assets = {} as DemoAssets
  let created = 0
  for (const spec of specs) {
    const found = await payload.find({ collection: 'archive-assets', where: { title: { equals: spec.data.title as string } }, limit: 1, depth: 0, context })
    if (found.docs[0]) {
      assets[spec.key] = found.docs[0].id
      continue
    }
    const doc = await payload.create({
      collection: 'archive-assets',
      data: { ...spec.data, department, tags: ['demo'] } as never,
      file: file(await spec.make(), spec.name, spec.mimetype),
      user: designer,
      context,
    })
    assets[spec.key] = doc.id
    created++
  }
  return { assets, created }
}

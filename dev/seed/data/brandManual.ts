/**
 * The demo brand manual ("Manual de Aplicación de Imagen Institucional"): a palette, typography and
 * channel presets, so the brand check passes for pieces made with it and fails for others. The
 * office replaces it with its approved manual (the seed never overwrites a manual with a palette).
 */
export const BRAND_MANUAL = {
  version: '2026.1 (demostración)',
  approvedBy: 'Manual de demostración del entorno de desarrollo',
  palette: [
    { name: 'Verde institucional', hex: '#00843D', role: 'primary' },
    { name: 'Amarillo Pasto', hex: '#FFD100', role: 'secondary' },
    { name: 'Azul Galeras', hex: '#1D4F91', role: 'accent' },
    { name: 'Blanco', hex: '#FFFFFF', role: 'neutral' },
    { name: 'Gris texto', hex: '#3C3C3B', role: 'neutral' },
  ],
  typography: [
    { family: 'Montserrat', usage: 'Titulares y piezas gráficas', weights: '600, 700' },
    { family: 'Open Sans', usage: 'Textos y sitio web', weights: '400, 600' },
  ],
  colourTolerance: 10,
  dominantShare: 5,
  channelPresets: [
    { name: 'Instagram (cuadrado)', channel: 'instagram', width: 1080, height: 1080 },
    { name: 'Instagram (historia)', channel: 'instagram', width: 1080, height: 1920 },
    { name: 'Facebook', channel: 'facebook', width: 1080, height: 1080 },
    { name: 'Open Graph (web)', channel: 'web', width: 1200, height: 630 },
    { name: 'X (Twitter)', channel: 'x', width: 1600, height: 900 },
  ],
  blocklist: [{ term: 'Pasto, la Gran Capital', reason: 'Lema de gobierno: no va en piezas institucionales (Ley 2345 de 2023)' }],
}

/** Colours of the demo pieces: on the palette (pass) and off it (fail). */
export const ON_PALETTE = [
  { r: 0, g: 132, b: 61 },
  { r: 255, g: 209, b: 0 },
]
export const OFF_PALETTE = [
  { r: 194, g: 24, b: 91 },
  { r: 120, g: 40, b: 200 },
]

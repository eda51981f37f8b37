import type { DominantColour } from './dominantColours.js'
import type { CheckResult } from './types.js'

import { deltaE2000, hexToRgb, rgbToLab } from './colour.js'
import { type CheckMessage, keyedResult } from './keyed.js'

export type BrandManualLike = {
  palette?: Array<{ name: string; hex: string }> | null
  colourTolerance?: number | null
  dominantShare?: number | null
  channelPresets?: Array<{ name: string; channel?: string | null; width: number; height: number }> | null
}

export type GraphicPiece = { title: string; width?: number | null; height?: number | null; colours: DominantColour[] }

/** A piece fits a preset when it has the preset's aspect ratio (±1 %) and at least its width. */
const fitsPreset = (piece: GraphicPiece, preset: { width: number; height: number }): boolean => {
  if (!piece.width || !piece.height) return false
  const ratio = piece.width / piece.height
  const wanted = preset.width / preset.height
  return Math.abs(ratio - wanted) / wanted <= 0.01 && piece.width >= preset.width
}

/**
 * C.1 Brand check of graphic pieces: every dominant colour (share ≥ `dominantShare` %) must be
 * within `colourTolerance` (ΔE 2000) of a palette colour, and the piece's size must fit a channel
 * preset of the content's channels (any preset if none of its channels has one). Pure.
 */
export const checkBrand = (pieces: GraphicPiece[], manual: BrandManualLike, channels: string[] = []): CheckResult => {
  if (pieces.length === 0) return { check: 'brand', status: 'not-applicable', messages: [] }
  const palette = (manual.palette ?? []).filter((p) => /^#[0-9a-f]{6}$/i.test(p.hex))
  const tolerance = manual.colourTolerance ?? 10
  const minShare = (manual.dominantShare ?? 5) / 100
  const allPresets = manual.channelPresets ?? []
  const forChannels = allPresets.filter((p) => p.channel && channels.includes(p.channel))
  const presets = forChannels.length > 0 ? forChannels : allPresets
  const messages: CheckMessage[] = []
  const details: Record<string, unknown>[] = []
  if (palette.length === 0) {
    messages.push({ key: 'checkBrandNoPalette' })
  }
  for (const piece of pieces) {
    const offPalette: Array<{ hex: string; share: number; deltaE: number; nearest: string }> = []
    if (palette.length > 0) {
      const labs = palette.map((p) => ({ name: p.name, hex: p.hex, lab: rgbToLab(hexToRgb(p.hex)) }))
      for (const colour of piece.colours.filter((c) => c.share >= minShare)) {
        const lab = rgbToLab(colour.rgb)
        const nearest = labs
          .map((p) => ({ name: p.name, deltaE: deltaE2000(lab, p.lab) }))
          .sort((x, y) => x.deltaE - y.deltaE)[0]!
        if (nearest.deltaE > tolerance) {
          offPalette.push({ hex: colour.hex, share: colour.share, deltaE: nearest.deltaE, nearest: nearest.name })
        }
      }
    }
    for (const off of offPalette) {
      messages.push({
        key: 'checkBrandOffPalette',
        vars: { title: piece.title, hex: off.hex, share: Math.round(off.share * 100), deltaE: off.deltaE.toFixed(1), tolerance, nearest: off.nearest },
      })
    }
    const sizeOk = presets.length === 0 || presets.some((preset) => fitsPreset(piece, preset))
    if (!sizeOk) {
      const accepted = presets.map((p) => `${p.name} ${p.width}×${p.height}`).join(', ')
      messages.push({ key: 'checkBrandSize', vars: { title: piece.title, width: piece.width ?? '?', height: piece.height ?? '?', accepted } })
    }
    details.push({ title: piece.title, width: piece.width, height: piece.height, colours: piece.colours, offPalette, sizeOk })
  }
  return keyedResult('brand', messages.length ? 'fail' : 'pass', messages, { pieces: details, tolerance })
}

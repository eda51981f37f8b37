import type { CheckResult } from './types.js'

export type ImageUse = { label: string; alt?: string | null; decorative?: boolean | null }
export type VideoUse = { label: string; hasCaptionFile?: boolean; burnedInCaptions?: boolean | null; live?: boolean | null }

/**
 * C.2 Accessibility: every image used has alternative text or is marked decorative; every video
 * has captions (a caption file or declared burned-in captions) unless it is marked live. Pure.
 */
export const checkAccessibility = (images: ImageUse[], videos: VideoUse[]): CheckResult => {
  if (images.length === 0 && videos.length === 0) return { check: 'accessibility', status: 'not-applicable', messages: [] }
  const messages: string[] = []
  for (const image of images) {
    if (!image.decorative && !String(image.alt ?? '').trim()) {
      messages.push(
        `accesibilidad: la imagen "${image.label}" no tiene texto alternativo ni está marcada como decorativa / accessibility: image "${image.label}" has no alternative text and is not marked decorative`,
      )
    }
  }
  for (const video of videos) {
    if (!video.live && !video.hasCaptionFile && !video.burnedInCaptions) {
      messages.push(
        `accesibilidad: el video "${video.label}" no tiene subtítulos (archivo o subtítulos incrustados) / accessibility: video "${video.label}" has no captions`,
      )
    }
  }
  return { check: 'accessibility', status: messages.length ? 'fail' : 'pass', messages }
}

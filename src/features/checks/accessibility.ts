import type { CheckResult } from './types.js'

import { type CheckMessage, keyedResult } from './keyed.js'

export type ImageUse = { label: string; alt?: string | null; decorative?: boolean | null }
export type VideoUse = { label: string; hasCaptionFile?: boolean; burnedInCaptions?: boolean | null; live?: boolean | null }

/**
 * C.2 Accessibility: every image used has alternative text or is marked decorative; every video
 * has captions (a caption file or declared burned-in captions) unless it is marked live. Pure.
 */
export const checkAccessibility = (images: ImageUse[], videos: VideoUse[]): CheckResult => {
  if (images.length === 0 && videos.length === 0) return { check: 'accessibility', status: 'not-applicable', messages: [] }
  const messages: CheckMessage[] = []
  for (const image of images) {
    if (!image.decorative && !String(image.alt ?? '').trim()) {
      messages.push({ key: 'checkImageNoAlt', vars: { label: image.label } })
    }
  }
  for (const video of videos) {
    if (!video.live && !video.hasCaptionFile && !video.burnedInCaptions) {
      messages.push({ key: 'checkVideoNoCaptions', vars: { label: video.label } })
    }
  }
  return keyedResult('accessibility', messages.length ? 'fail' : 'pass', messages)
}

import type { PayloadRequest } from 'payload'

// The statement's figures are the approval checks' own computations over what is published
// (Res. 1519/2020 Anexo 1): the same image and video uses, the same rule, the same score.
import { checkAccessibility } from '../../checks/accessibility.js'
import { accessibilityUses, contentText, loadContentAssets } from '../../checks/computeChecks.js'
import { checkPlainLanguage } from '../../checks/plainLanguage.js'
import { idOf } from '../../../kernel/ids.js'
import { GLOBAL_SLUGS, SLUGS } from '../../../kernel/slugs.js'

export type StatementFigures = {
  videosTotal: number
  videosCaptioned: number
  captionedVideosShare: number | null
  imagesTotal: number
  imagesWithAlt: number
  imagesWithAltShare: number | null
  contentsMeasured: number
  plainLanguageAverage: number | null
  measuredAt: string
}

const PAGE = 100
const share = (part: number, total: number): number | null => (total === 0 ? null : Math.round((part / total) * 1000) / 10)

/**
 * Measures the published contents (their published version), page by page: share of video uses
 * with captions (live ones excluded, as the check excludes them), share of image uses with
 * alternative text (decorative ones excluded), and the average Fernández-Huerta score.
 */
export const measureAccessibility = async (req: PayloadRequest, now = new Date()): Promise<StatementFigures> => {
  let videosTotal = 0
  let videosCaptioned = 0
  let imagesTotal = 0
  let imagesWithAlt = 0
  let scoreSum = 0
  let contentsMeasured = 0
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: SLUGS.contents,
      where: { _status: { equals: 'published' } },
      limit: PAGE,
      page,
      sort: 'id',
      depth: 0,
      req,
      overrideAccess: true,
    })
    for (const doc of result.docs as Array<Record<string, any>>) {
      const assets = await loadContentAssets(doc, req)
      const assetOf = (id: unknown) => assets.get(String(idOf(id)))
      const preloaded = new Map([...assets.values()].map((asset) => [`${SLUGS.archiveAssets}:${asset.id}`, asset]))
      const { images, videos } = await accessibilityUses(doc, req, assetOf, preloaded)
      for (const image of images) {
        if (image.decorative) continue
        imagesTotal++
        if (checkAccessibility([image], []).status === 'pass') imagesWithAlt++
      }
      for (const video of videos) {
        if (video.live) continue
        videosTotal++
        if (checkAccessibility([], [video]).status === 'pass') videosCaptioned++
      }
      const score = checkPlainLanguage(contentText(doc)).details?.score
      if (typeof score === 'number') {
        scoreSum += score
        contentsMeasured++
      }
    }
    if (!result.hasNextPage) break
  }
  return {
    videosTotal,
    videosCaptioned,
    captionedVideosShare: share(videosCaptioned, videosTotal),
    imagesTotal,
    imagesWithAlt,
    imagesWithAltShare: share(imagesWithAlt, imagesTotal),
    contentsMeasured,
    plainLanguageAverage: contentsMeasured === 0 ? null : Math.round((scoreSum / contentsMeasured) * 10) / 10,
    measuredAt: now.toISOString(),
  }
}

/** Writes the figures as a new version of the statement (the text the head wrote is kept; system access, as the fields are read-only to people). */
export const refreshStatementFigures = async (req: PayloadRequest, now = new Date()): Promise<StatementFigures> => {
  const figures = await measureAccessibility(req, now)
  await req.payload.updateGlobal({
    slug: GLOBAL_SLUGS.accessibilityStatement,
    data: { figures } as never,
    req,
    overrideAccess: true,
  })
  return figures
}

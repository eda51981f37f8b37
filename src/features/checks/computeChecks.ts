import type { PayloadRequest } from 'payload'

import type { AssetUse } from './consent.js'
import type { GraphicPiece } from './brand.js'
import type { CheckResult } from './types.js'

import { checkAccessibility, type ImageUse, type VideoUse } from './accessibility.js'
import { type BrandManualLike, checkBrand } from './brand.js'
import { bodyImages, bodyUploads } from './bodyImages.js'
import { checkConsent } from './consent.js'
import { dominantColours } from './dominantColours.js'
import { checkNeutrality } from './neutrality.js'
import { checkPlainLanguage } from './plainLanguage.js'
import { lexicalToText } from './text.js'
import { inLanguageOf } from './keyed.js'
import { idOf } from '../../kernel/ids.js'
import { storageKey, storageOf } from '../../kernel/storage/index.js'
import { GLOBAL_SLUGS, SLUGS } from '../../kernel/slugs.js'
// The public-sector duties' checks (issue 18) live with their rules in the compliance feature; the
// gate runs them like the others so one panel and one override mechanism serve every check.
import { checkElection } from '../compliance/checks/election.js'
import { checkSignLanguage } from '../compliance/checks/signLanguage.js'

type Doc = Record<string, any>
type Asset = AssetUse & {
  id: number | string
  kind?: string
  hasCaptions?: boolean | null
  alt?: string | null
  filename?: string | null
  mimeType?: string | null
  width?: number | null
  height?: number | null
}

const RASTER = /^image\/(jpeg|png|webp|tiff|gif|avif)$/

/** The text the neutral-brand and plain-language checks read: title, summary, body, captions. */
export const contentText = (doc: Doc): string =>
  [doc.title, doc.summary, lexicalToText(doc.body), ...((doc.gallery ?? []) as Doc[]).map((g) => g?.caption)]
    .filter((part) => typeof part === 'string' && part.trim())
    .join('\n')

/** The purposes a content uses its assets for: institutional, and campaign for campaign pieces. */
export const contentPurposes = (doc: Doc): string[] =>
  doc.kind === 'campaign-message' || idOf(doc.campaign) !== null ? ['institutional', 'campaign'] : ['institutional']

const preloadedOf = (assets: Map<string, Asset>) => new Map([...assets.values()].map((asset) => [`${SLUGS.archiveAssets}:${asset.id}`, asset]))

/**
 * The images (hero, gallery, inline body images) and videos a content uses, as the accessibility
 * check sees them. Shared with the accessibility statement's measurements (compliance), so the
 * published figures and the approval check count the same things.
 */
export const accessibilityUses = async (
  doc: Doc,
  req: PayloadRequest,
  assetOf: (id: unknown) => Asset | undefined,
  preloaded: Map<string, Asset>,
): Promise<{ images: ImageUse[]; videos: VideoUse[] }> => {
  const images: ImageUse[] = []
  const hero = assetOf(doc.heroImage)
  if (hero) images.push({ label: hero.title, alt: doc.heroImageAlt || hero.alt, decorative: doc.heroImageDecorative })
  const gallery = ((doc.gallery ?? []) as Doc[]).filter((row) => idOf(row?.asset) !== null)
  for (const row of gallery) {
    const asset = assetOf(row.asset)
    if (!asset) continue
    if (asset.kind === 'video') continue
    images.push({ label: asset.title, alt: row.alt || asset.alt, decorative: row.decorative })
  }
  // Inline images of the body (archive assets already loaded; other upload collections, e.g.
  // brand assets, loaded by bodyImages): the node's alt, else the document's own.
  for (const image of await bodyImages(doc.body, req, preloaded)) {
    images.push({ label: image.label, alt: image.alt, decorative: image.decorative })
  }
  // Captions live on the video asset (captionFile / burnedInCaptions → hasCaptions); a use may
  // add its own caption file or declare burned-in captions, or be live.
  const videos: VideoUse[] = ((doc.videos ?? []) as Doc[])
    .filter((row) => idOf(row?.asset) !== null)
    .map((row) => ({
      label: assetOf(row.asset)?.title ?? String(idOf(row.asset)),
      hasCaptionFile: idOf(row.captions) !== null || assetOf(row.asset)?.hasCaptions === true,
      burnedInCaptions: row.burnedInCaptions,
      live: row.live,
    }))
  return { images, videos }
}

/** The archive assets a content uses (hero, gallery, videos, inline archive images), loaded by id with system access. */
export const loadContentAssets = async (doc: Doc, req: PayloadRequest): Promise<Map<string, Asset>> => {
  const ids = [
    idOf(doc.heroImage),
    ...((doc.gallery ?? []) as Doc[]).map((g) => idOf(g?.asset)),
    ...((doc.videos ?? []) as Doc[]).map((v) => idOf(v?.asset)),
    ...bodyUploads(doc.body).filter((node) => node.relationTo === SLUGS.archiveAssets).map((n) => n.id),
  ].filter((id): id is number | string => id !== null)
  const assets = new Map<string, Asset>()
  if (ids.length === 0) return assets
  const { docs } = await req.payload.find({
    collection: SLUGS.archiveAssets,
    where: { id: { in: [...new Set(ids)] } },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  for (const asset of docs as unknown as Asset[]) assets.set(String(asset.id), asset)
  return assets
}

/**
 * Runs every check of part C on a content (as saved, or about to be saved). Loads the archive
 * assets it uses and the brand manual with `req` (same transaction), system access.
 */
export const computeChecks = async (doc: Doc, req: PayloadRequest): Promise<CheckResult[]> => {
  const heroId = idOf(doc.heroImage)
  const gallery = ((doc.gallery ?? []) as Doc[]).filter((row) => idOf(row?.asset) !== null)
  const videos = ((doc.videos ?? []) as Doc[]).filter((row) => idOf(row?.asset) !== null)
  const assets = await loadContentAssets(doc, req)
  const assetOf = (id: unknown) => assets.get(String(idOf(id)))
  const manual = (await req.payload.findGlobal({ slug: GLOBAL_SLUGS.brandManual, depth: 0, req, overrideAccess: true })) as unknown as BrandManualLike & {
    blocklist?: Array<{ term: string; reason?: string }>
  }

  // C.2 accessibility
  const { images, videos: videoUses } = await accessibilityUses(doc, req, assetOf, preloadedOf(assets))

  const hero = assetOf(heroId)
  // C.1 brand: only graphic pieces (the hero and gallery images of a `graphic-piece` content)
  const pieces: GraphicPiece[] = []
  if (doc.kind === 'graphic-piece') {
    // The piece's pixels come from the archive's storage (the media folder or the S3 bucket).
    const storage = storageOf(req.payload)
    const candidates = [hero, ...gallery.map((row) => assetOf(row.asset))].filter(
      (a): a is Asset => Boolean(a?.filename && a.mimeType && RASTER.test(a.mimeType)),
    )
    for (const asset of candidates) {
      const colours = storage ? await storage.withLocalFile(storageKey('archive', asset.filename!), (file) => dominantColours(file)).catch(() => []) : []
      pieces.push({ title: asset.title, width: asset.width, height: asset.height, colours })
    }
  }

  const text = contentText(doc)
  // The pure checks keep their messages as keys: rendered here in the saver's language.
  const pure = [
    checkBrand(pieces, manual ?? {}, (doc.channels ?? []) as string[]),
    checkAccessibility(images, videoUses),
    checkConsent(doc.audience, [...assets.values()], new Date(), {
      channels: (doc.channels ?? []) as string[],
      purposes: contentPurposes(doc),
    }),
    checkNeutrality(text, manual?.blocklist ?? []),
    checkPlainLanguage(text),
  ].map((result) => inLanguageOf(result, req))
  return [
    ...pure,
    await checkElection(req, text, [...assets.values()]),
    checkSignLanguage(req, videos.map((row) => assetOf(row.asset)).filter((asset) => asset?.kind === 'video') as never),
  ]
}

/** The blocking failures left after the head's overrides (check names listed in `checkOverrides`). */
export const blockingFailures = (results: CheckResult[], overrides: Array<{ check?: string | null }> = []): string[] => {
  const overridden = new Set(overrides.map((o) => o?.check).filter(Boolean))
  return results.filter((r) => r.status === 'fail' && !overridden.has(r.check)).flatMap((r) => r.messages)
}

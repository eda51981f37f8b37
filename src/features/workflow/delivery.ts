import type { PayloadRequest } from 'payload'

import { setSystemTransition } from '../../kernel/machine/context.js'
import { idOf } from '../../kernel/ids.js'
import { SLUGS } from '../../kernel/slugs.js'

const REQUESTS = 'communication-requests'

/** Request statuses in which the work is under way (its status follows its deliverables). */
export const WORKING_STATUSES = ['accepted', 'in-production', 'in-review'] as const

/** Content stages during which a deliverable is being reviewed (or waits, approved, for the head). */
export const REVIEW_STAGES = ['in-review', 'approved'] as const

/** The content kinds an event coverage may be delivered as (`products[].coverageAs`); `news` by default. */
export const COVERAGE_KINDS = ['news', 'tv-note', 'audiovisual-piece'] as const

/** Product types answered by a content of another kind than their own name. */
const ANSWERED_BY: Record<string, string> = { campaign: 'campaign-message' }

export type RequestedProduct = { id?: null | string; type: string; coverageAs?: null | string }
export type Deliverable = { id: number | string; kind?: null | string; stage?: null | string; title?: null | string }
export type Waiver = { product: string; type?: null | string; reason?: null | string; by?: unknown; at?: null | string }

export type ProductCoverage = {
  product: RequestedProduct
  /** `delivered`: a published deliverable answers it; `waived`: the head waived it; `pending`: neither. */
  state: 'delivered' | 'pending' | 'waived'
  /** The deliverable that answers it (for `pending`: the one furthest along, if any). */
  deliverable?: Deliverable
  waiver?: Waiver
}

/**
 * The content kind that answers a requested product (DESIGN.md): the product's own kind; an
 * `event-coverage` is answered by a `news` content, or by a `tv-note` or `audiovisual-piece` when
 * the request says so (`coverageAs`); a `campaign` by a `campaign-message`.
 */
export const answeringKind = (product: RequestedProduct): string => {
  if (product.type === 'event-coverage') {
    return COVERAGE_KINDS.includes(product.coverageAs as never) ? String(product.coverageAs) : 'news'
  }
  return ANSWERED_BY[product.type] ?? product.type
}

const rank = (deliverable: Deliverable) =>
  deliverable.stage === 'published' ? 0 : REVIEW_STAGES.includes(deliverable.stage as never) ? 1 : 2

/**
 * Which requested product each deliverable answers. Each deliverable answers one product; the
 * products take, in their order, the furthest-along deliverable of their kind still free
 * (published first), so that two products of one kind need two deliverables. Pure.
 */
export const productCoverage = (
  products: readonly RequestedProduct[],
  deliverables: readonly Deliverable[],
  waivers: readonly Waiver[] = [],
): ProductCoverage[] => {
  const waived = new Map(waivers.map((waiver) => [String(waiver.product), waiver]))
  const pool = [...deliverables].sort((a, b) => rank(a) - rank(b))
  const used = new Set<string>()
  return products.map((product) => {
    const waiver = product.id ? waived.get(String(product.id)) : undefined
    if (waiver) return { product, state: 'waived' as const, waiver }
    const kind = answeringKind(product)
    const deliverable = pool.find((doc) => !used.has(String(doc.id)) && doc.kind === kind)
    if (deliverable) used.add(String(deliverable.id))
    return { product, state: deliverable?.stage === 'published' ? ('delivered' as const) : ('pending' as const), deliverable }
  })
}

/**
 * Where the request's work stands: `delivered` when every product is delivered or waived (and at
 * least one is delivered), `in-review` while a deliverable is in review (or approved, waiting to
 * be published), `in-production` once any deliverable exists, null before that.
 */
export const workStatus = (coverage: readonly ProductCoverage[], deliverables: readonly Deliverable[]): null | string => {
  const done = coverage.length > 0 && coverage.every((c) => c.state !== 'pending') && coverage.some((c) => c.state === 'delivered')
  if (done) return 'delivered'
  if (deliverables.some((doc) => REVIEW_STAGES.includes(doc.stage as never))) return 'in-review'
  if (deliverables.length > 0) return 'in-production'
  return null
}

/** The contents whose `request` is this one (their live, non-draft state). */
export const deliverablesOf = async (req: PayloadRequest, requestId: number | string): Promise<Deliverable[]> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.contents,
    where: { request: { equals: requestId } },
    pagination: false,
    depth: 0,
    select: { kind: true, stage: true, title: true },
    req,
    overrideAccess: true,
  })
  return docs as unknown as Deliverable[]
}

/** The coverage of a request document (as it is, or as it will be after a change). */
export const requestCoverage = async (
  req: PayloadRequest,
  request: Record<string, unknown> & { id?: number | string },
): Promise<{ coverage: ProductCoverage[]; deliverables: Deliverable[] }> => {
  const deliverables = request.id === undefined ? [] : await deliverablesOf(req, request.id)
  const products = (Array.isArray(request.products) ? request.products : []) as RequestedProduct[]
  const waivers = (Array.isArray(request.waivers) ? request.waivers : []) as Waiver[]
  return { coverage: productCoverage(products, deliverables, waivers), deliverables }
}

/** The steps of the request machine from `from` to the status its work calls for. */
const stepsTo = (from: string, target: null | string): string[] => {
  if (!target || target === from) return []
  if (target === 'delivered') return ['delivered']
  if (target === 'in-review') return from === 'accepted' ? ['in-production', 'in-review'] : ['in-review']
  if (target === 'in-production') return ['in-production']
  return []
}

/** Why the system moved the request (the timeline shows it in the reader's language). */
const causeOf = (step: string, from: string) =>
  step === 'delivered' ? 'delivered' : step === 'in-review' ? 'deliverable-in-review' : from === 'in-review' ? 'review-ended' : 'deliverable-exists'

/**
 * The request's status follows its work (DESIGN.md): in production once a deliverable exists, in
 * review while one is in review, back in production when none is, and delivered only when every
 * product it asked for has a published deliverable or was waived. Each move is a system
 * transition of the request machine (actor: whoever's action caused it), applied through the
 * request's own hooks in the caller's transaction. Returns the request's status afterwards.
 */
export const syncRequestWithWork = async (
  req: PayloadRequest,
  requestId: number | string,
  actor: null | number | string,
): Promise<null | string> => {
  const request = (await req.payload.findByID({
    collection: REQUESTS,
    id: requestId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as null | (Record<string, unknown> & { id: number | string; status?: string })
  if (!request) return null
  let status = String(request.status)
  if (!WORKING_STATUSES.includes(status as never)) return status
  const { coverage, deliverables } = await requestCoverage(req, request)
  const published = coverage.filter((c) => c.state === 'delivered').length
  for (const step of stepsTo(status, workStatus(coverage, deliverables))) {
    const cause = causeOf(step, status)
    // The cause (and its figures) is stored, not a text: the timeline names it in each reader's language.
    setSystemTransition(req, REQUESTS, request.id, { actor, comment: '', details: step === 'delivered' ? { cause, published } : { cause } })
    try {
      await req.payload.update({
        collection: REQUESTS,
        id: request.id,
        data: { status: step } as never,
        req,
        overrideAccess: true,
        depth: 0,
      })
    } finally {
      setSystemTransition(req, REQUESTS, request.id, null)
    }
    status = step
  }
  return status
}

/** Ids of the requests a content answers, now and before a change (either may be absent). */
export const requestsOf = (...values: unknown[]): Array<number | string> => {
  const ids = values.map(idOf).filter((id): id is number | string => id !== null)
  return [...new Map(ids.map((id) => [String(id), id])).values()]
}

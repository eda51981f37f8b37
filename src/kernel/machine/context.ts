import type { PayloadRequest } from 'payload'

/** True when system code asked to bypass the workflow (seeds, fixtures, generators). */
export const skipsWorkflow = (req: Pick<PayloadRequest, 'context'>): boolean => req.context?.skipWorkflow === true

/** What beforeChange decided about one document, for afterChange to act on. */
export type PendingTransition = {
  /** What the trail records: a transition, a creation, an assignment alone, a comment alone, a republication, a waiver. */
  kind: 'assignment' | 'comment' | 'created' | 'republication' | 'transition' | 'waiver'
  from: null | string
  to: string
  comment: null | string
  forced: boolean
  /** Also record an assignment change (assignees changed in the same update). */
  assigneesChanged?: boolean
  /** Assignees the update added (only they are notified of the assignment). */
  addedAssignees?: Array<number | string>
  /** Also record a waiver of a requested product (a request update may carry a transition too). */
  waiver?: { product: string; type: string; reason: string }
  /** The actor when the system acts on someone's behalf. */
  actor?: null | number | string
  /** Extra facts for the trail row (e.g. why a publication is flagged). */
  details?: Record<string, unknown>
  /** The content's request before this update, when the update moved it to another request. */
  previousRequest?: null | number | string
  /** The request's products changed: its status follows its work again. */
  resync?: boolean
}

/** An automatic transition that system code asks a collection hook to apply. */
export type SystemTransition = { actor: null | number | string; comment: string; details?: Record<string, unknown> }

export type WorkflowBag = {
  pending?: Record<string, PendingTransition>
  system?: Record<string, SystemTransition>
  draft?: Record<string, boolean>
  status?: Record<string, unknown>
}

const bag = (req: Pick<PayloadRequest, 'context'>): WorkflowBag => {
  return (req.context.pregoneroWorkflow ??= {})
}

const key = (collection: string, id: null | number | string | undefined) => `${collection}:${id ?? 'new'}`

export const setPending = (req: PayloadRequest, collection: string, id: null | number | string | undefined, value: PendingTransition) => {
  ;(bag(req).pending ??= {})[key(collection, id)] = value
}

/** Takes (and forgets) the pending transition of a document. */
export const takePending = (req: PayloadRequest, collection: string, ids: Array<null | number | string | undefined>): PendingTransition | undefined => {
  const pending = bag(req).pending ?? {}
  for (const id of ids) {
    const k = key(collection, id)
    if (pending[k]) {
      const value = pending[k]
      delete pending[k]
      return value
    }
  }
  return undefined
}

export const setSystemTransition = (req: PayloadRequest, collection: string, id: number | string, value: SystemTransition | null) => {
  const system = (bag(req).system ??= {})
  if (value) system[key(collection, id)] = value
  else delete system[key(collection, id)]
}

export const getSystemTransition = (req: PayloadRequest, collection: string, id: number | string | undefined): SystemTransition | undefined =>
  id === undefined ? undefined : bag(req).system?.[key(collection, id)]

/** Remembers whether the current operation on a collection saves a draft (beforeOperation sees `draft`). */
export const setDraftSave = (req: PayloadRequest, collection: string, draft: boolean) => {
  ;(bag(req).draft ??= {})[collection] = draft
}
export const isDraftSave = (req: PayloadRequest, collection: string): boolean => Boolean(bag(req).draft?.[collection])

/** Remembers the `_status` the caller itself sent (Payload fills it in from the latest version otherwise). */
export const setSentStatus = (req: PayloadRequest, collection: string, status: unknown) => {
  ;(bag(req).status ??= {})[collection] = status
}
export const sentStatus = (req: PayloadRequest, collection: string): unknown => bag(req).status?.[collection]

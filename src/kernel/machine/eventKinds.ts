/**
 * The kinds of row in the audit trail (`workflow-events.kind`). The values are an API contract
 * (DESIGN.md): integrations and indicators filter on them.
 * - `created`: a request or content was created (its first state);
 * - `transition`: an applied state change (requests' `status`, contents' `stage`);
 * - `assignment`: a request's assignees changed;
 * - `comment`: a comment sent without a transition;
 * - `republication`: a pending draft of a published content put live (a correction);
 * - `override`: the head overrode a failed check of a content;
 * - `waiver`: the head waived a requested product (it needs no deliverable);
 * - `forced-review`: the retrospective review of a flagged (forced) event;
 * - `fact-check`: an outside expert answered a fact-check request.
 */
export const WORKFLOW_EVENT_KINDS = [
  'created',
  'transition',
  'assignment',
  'comment',
  'republication',
  'override',
  'waiver',
  'forced-review',
  'fact-check',
] as const

export type WorkflowEventKind = (typeof WORKFLOW_EVENT_KINDS)[number]

export const WORKFLOW_EVENT_KIND_LABELS: Record<WorkflowEventKind, { es: string; en: string }> = {
  created: { es: 'Creación', en: 'Created' },
  transition: { es: 'Transición', en: 'Transition' },
  assignment: { es: 'Asignación', en: 'Assignment' },
  comment: { es: 'Comentario', en: 'Comment' },
  republication: { es: 'Republicación', en: 'Republication' },
  override: { es: 'Excepción a una verificación', en: 'Check override' },
  waiver: { es: 'Producto dispensado', en: 'Product waived' },
  'forced-review': { es: 'Revisión de evento marcado', en: 'Review of a flagged event' },
  'fact-check': { es: 'Verificación externa', en: 'Fact check' },
}

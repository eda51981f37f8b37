/** Request statuses and content stages (DESIGN.md). The transition tables live beside this file. */
export const REQUEST_STATUSES = [
  'submitted',
  'needs-info',
  'accepted',
  'rejected',
  'in-production',
  'in-review',
  'delivered',
  'closed',
  'cancelled',
] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]

export const CONTENT_STAGES = ['draft', 'in-review', 'changes-requested', 'approved', 'published', 'unpublished'] as const
export type ContentStage = (typeof CONTENT_STAGES)[number]

export const REQUEST_STATUS_LABELS: Record<RequestStatus, { es: string; en: string }> = {
  submitted: { es: 'Radicada', en: 'Submitted' },
  'needs-info': { es: 'Requiere información', en: 'Needs information' },
  accepted: { es: 'Aceptada', en: 'Accepted' },
  rejected: { es: 'Rechazada', en: 'Rejected' },
  'in-production': { es: 'En producción', en: 'In production' },
  'in-review': { es: 'En revisión', en: 'In review' },
  delivered: { es: 'Entregada', en: 'Delivered' },
  closed: { es: 'Cerrada', en: 'Closed' },
  cancelled: { es: 'Anulada', en: 'Cancelled' },
}

export const CONTENT_STAGE_LABELS: Record<ContentStage, { es: string; en: string }> = {
  draft: { es: 'Borrador', en: 'Draft' },
  'in-review': { es: 'En revisión', en: 'In review' },
  'changes-requested': { es: 'Con cambios solicitados', en: 'Changes requested' },
  approved: { es: 'Aprobado', en: 'Approved' },
  published: { es: 'Publicado', en: 'Published' },
  unpublished: { es: 'Despublicado', en: 'Unpublished' },
}

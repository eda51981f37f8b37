/**
 * Messages of the workflow's trust rules (issue 13, items 13–18): republication, four-eyes over
 * every editor since the last approval, comments and waivers in the trail, delivery by product,
 * and the timeline's labels for every kind of trail row.
 */
export const workflowTrustMessages = {
  es: {
    fourEyes:
      'Cuatro ojos: usted escribió esta pieza o la cambió desde su última aprobación; la aprueba otra persona.',
    republishNeedsPublisher:
      'poner en línea la corrección pendiente de un contenido publicado (republicar) requiere un rol de publicación ({{roles}}); guárdela como borrador (draft=true) para que la publique quien tiene permiso. Cambios respecto a la versión en línea: {{fields}}',
    contentRequestNotProducing:
      'un contenido solo se asocia a una solicitud aceptada, en producción o en revisión (la solicitud está «{{status}}»)',
    waiveRole: 'solo {{roles}} dispensan un producto solicitado',
    waiveReason: 'dispensar un producto requiere el motivo en workflowComment',
    waiveUnknown:
      '«{{product}}» no es un producto pendiente de esta solicitud; productos pendientes: {{pending}}',
    waiveNotOpen:
      'solo se dispensan productos de una solicitud aceptada, en producción o en revisión (está «{{status}}»)',
    waiveInvalid: 'debe ser el id (o el tipo) de un producto de la solicitud',
    productsLocked: '{{field}}: una solicitud «{{status}}» ya tiene sus productos acordados; solo {{roles}} los cambian',
    deliveryIncomplete:
      '«{{from}}» → «delivered» rechazada: {{missing}} sin entregable publicado ni dispensa. Publique un entregable de cada producto o dispénselo con un motivo (workflowWaive)',
    deliveryNothingPublished:
      '«{{from}}» → «delivered» rechazada: ningún producto tiene un entregable publicado (para no hacer ninguno, anúlela)',
    followsWorkProduction: 'ya existe un entregable',
    followsWorkReview: 'un entregable está en revisión',
    followsWorkBackToProduction: 'ningún entregable sigue en revisión',
    followsDelivered: 'entregada automáticamente: sus {{published}} entregable(s) están publicados',
    changedAfterApproval: 'El texto cambió después de su aprobación (lo cambiaron: {{editors}}); queda marcado para revisión',
    // Requested products (admin)
    productsTitle: 'Productos solicitados y entregas',
    productsHelp: 'La solicitud se entrega cuando cada producto tiene un entregable publicado o fue dispensado con un motivo.',
    productAnsweredBy: 'se entrega como: {{kind}}',
    productDelivered: 'Entregado: {{title}}',
    productPending: 'Pendiente',
    productPendingWith: 'Pendiente: {{title}} ({{stage}})',
    productWaived: 'Dispensado: {{reason}}',
    waiveButton: 'Dispensar',
    waiveReasonLabel: 'Motivo de la dispensa (obligatorio)',
    waiveConfirm: 'Dispensar este producto',
    waiveCancel: 'Cancelar',
    waiveFailed: 'No se pudo dispensar: {{message}}',
    // Timeline (admin)
    timelineTitle: 'Bitácora',
    timelineDenied: 'Bitácora: sin acceso.',
    timelineSystem: 'sistema',
    timelineFlagged: 'MARCADA PARA REVISIÓN',
    timelineReviewed: 'revisada',
    timelineVersion: 'versión {{version}}',
    kind_created: 'Creación',
    kind_transition: 'Transición',
    kind_assignment: 'Asignación',
    kind_comment: 'Comentario',
    kind_republication: 'Republicación',
    kind_override: 'Excepción a una verificación',
    kind_waiver: 'Producto dispensado',
    'kind_forced-review': 'Revisión de un evento marcado',
    'kind_fact-check': 'Verificación externa',
  },
  en: {
    fourEyes:
      'Four eyes: you wrote this piece or changed it since its last approval; someone else approves it.',
    republishNeedsPublisher:
      'putting the pending correction of a published content live (republishing) needs a publish role ({{roles}}); save it as a draft (draft=true) for a publisher to publish. Changes from the live version: {{fields}}',
    contentRequestNotProducing:
      'a content is linked only to an accepted, in-production or in-review request (the request is "{{status}}")',
    waiveRole: 'only {{roles}} waive a requested product',
    waiveReason: 'waiving a product needs the reason in workflowComment',
    waiveUnknown: '"{{product}}" is not a pending product of this request; pending products: {{pending}}',
    waiveNotOpen:
      'products are waived only on an accepted, in-production or in-review request (it is "{{status}}")',
    waiveInvalid: 'must be the id (or the type) of a product of the request',
    productsLocked: '{{field}}: a "{{status}}" request has its products agreed; only {{roles}} change them',
    deliveryIncomplete:
      '"{{from}}" → "delivered" refused: {{missing}} without a published deliverable or a waiver. Publish a deliverable for each product or waive it with a reason (workflowWaive)',
    deliveryNothingPublished:
      '"{{from}}" → "delivered" refused: no product has a published deliverable (to make none, cancel it)',
    followsWorkProduction: 'a deliverable exists',
    followsWorkReview: 'a deliverable is in review',
    followsWorkBackToProduction: 'no deliverable is in review any more',
    followsDelivered: 'delivered automatically: all {{published}} deliverable(s) are published',
    changedAfterApproval: 'The text changed after its approval (changed by: {{editors}}); flagged for review',
    productsTitle: 'Requested products and deliveries',
    productsHelp: 'The request is delivered when every product has a published deliverable or was waived with a reason.',
    productAnsweredBy: 'delivered as: {{kind}}',
    productDelivered: 'Delivered: {{title}}',
    productPending: 'Pending',
    productPendingWith: 'Pending: {{title}} ({{stage}})',
    productWaived: 'Waived: {{reason}}',
    waiveButton: 'Waive',
    waiveReasonLabel: 'Reason for the waiver (required)',
    waiveConfirm: 'Waive this product',
    waiveCancel: 'Cancel',
    waiveFailed: 'Could not waive it: {{message}}',
    timelineTitle: 'Timeline',
    timelineDenied: 'Timeline: no access.',
    timelineSystem: 'system',
    timelineFlagged: 'FLAGGED FOR REVIEW',
    timelineReviewed: 'reviewed',
    timelineVersion: 'version {{version}}',
    kind_created: 'Created',
    kind_transition: 'Transition',
    kind_assignment: 'Assignment',
    kind_comment: 'Comment',
    kind_republication: 'Republication',
    kind_override: 'Check override',
    kind_waiver: 'Product waived',
    'kind_forced-review': 'Review of a flagged event',
    'kind_fact-check': 'Fact check',
  },
} as const

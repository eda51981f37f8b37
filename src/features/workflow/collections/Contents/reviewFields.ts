import type { Field } from 'payload'

import { guardReviewClaim } from './hooks/releaseClaim.js'
import { clientComponent } from '../../../../kernel/admin/componentPaths.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/**
 * "Claim review" (area: admin): who is reviewing a content in review, so that two reviewers do not
 * collide. Set only through POST /api/pregonero/contents/:id/claim and /release (the guard hook
 * keeps any other save from changing it); cleared when the content leaves `in-review`.
 */
export const contentReviewFields: Field[] = [
  {
    name: 'reviewClaim',
    type: 'group',
    label: { es: 'Revisión tomada por', en: 'Review claimed by' },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.stage === 'in-review' },
    hooks: { beforeChange: [guardReviewClaim] },
    fields: [
      { name: 'claimedBy', type: 'relationship', relationTo: SLUGS.users, index: true, label: { es: 'Revisor', en: 'Reviewer' }, admin: { readOnly: true } },
      { name: 'claimedByName', type: 'text', label: { es: 'Nombre del revisor', en: "Reviewer's name" }, admin: { readOnly: true } },
      { name: 'claimedAt', type: 'date', label: { es: 'Tomada el', en: 'Claimed at' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    ],
  },
  {
    name: 'reviewClaimBadge',
    type: 'ui',
    label: { es: 'Revisión', en: 'Review' },
    admin: {
      position: 'sidebar',
      components: {
        Field: clientComponent('ReviewClaimField'),
        Cell: clientComponent('ReviewClaimCell'),
      },
    },
  },
]

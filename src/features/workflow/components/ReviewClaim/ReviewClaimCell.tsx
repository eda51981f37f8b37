'use client'

import { usePregoneroT } from '../../../../kernel/i18n/client.js'

type Row = { stage?: string; reviewClaim?: { claimedBy?: unknown; claimedByName?: null | string } }

/** List column "Revisión": who holds the review of a content in review. */
export function ReviewClaimCell({ rowData }: { rowData?: Row }) {
  const t = usePregoneroT()
  if (rowData?.stage !== 'in-review') return <span className="pregonero-meta">—</span>
  const claim = rowData.reviewClaim
  if (!claim?.claimedBy) return <span className="pregonero-badge pregonero-badge--free">{t('claimCellFree')}</span>
  const by = claim.claimedByName ?? (typeof claim.claimedBy === 'object' ? String((claim.claimedBy as { id: unknown }).id) : String(claim.claimedBy))
  return <span className="pregonero-badge">{t('claimCellHeldBy', { name: by })}</span>
}

export default ReviewClaimCell

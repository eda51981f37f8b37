'use client'

type Row = { stage?: string; reviewClaim?: { claimedBy?: unknown; claimedByName?: null | string } }

/** List column "Revisión": who holds the review of a content in review. */
export function ReviewClaimCell({ rowData }: { rowData?: Row }) {
  if (rowData?.stage !== 'in-review') return <span className="pregonero-meta">—</span>
  const claim = rowData.reviewClaim
  if (!claim?.claimedBy) return <span className="pregonero-badge pregonero-badge--free">Sin tomar</span>
  const by = claim.claimedByName ?? (typeof claim.claimedBy === 'object' ? String((claim.claimedBy as { id: unknown }).id) : String(claim.claimedBy))
  return <span className="pregonero-badge">Tomada por {by}</span>
}

export default ReviewClaimCell

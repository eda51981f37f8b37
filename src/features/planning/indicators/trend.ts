import type { Payload, PayloadRequest, TypedUser } from 'payload'
import { SLUGS } from '../../../kernel/slugs.js'

/** One period of an indicator's trend: the measured value and the target in force then. */
export type TrendPoint = { period: string; value: null | number; target: null | number; meets: boolean | null }
export type IndicatorTrend = { id: number | string; code: string; name: string; unit: string; target: null | number; points: TrendPoint[] }

type Measurement = { indicator: unknown; period: string; value?: null | number; target?: null | number; meetsTarget?: boolean | null; periodStart?: null | string }
type Indicator = { id: number | string; code: string; name: string; unit?: null | string; target?: null | number }

const idOf = (value: unknown): string => String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

const pointOf = (m: Measurement): TrendPoint => ({
  period: m.period,
  value: typeof m.value === 'number' ? m.value : null,
  target: typeof m.target === 'number' ? m.target : null,
  meets: typeof m.meetsTarget === 'boolean' ? m.meetsTarget : null,
})

/**
 * The last `periods` measurements of each indicator the user may read (oldest first), read with
 * the user's access. `only` narrows to one indicator (its edit view).
 */
export const indicatorTrends = async (
  payload: Payload,
  { user, req, only, periods = 12 }: { user: TypedUser | null | undefined; req?: PayloadRequest; only?: number | string; periods?: number },
): Promise<IndicatorTrend[]> => {
  if (!user) return []
  const indicators = await payload.find({
    collection: SLUGS.indicators,
    where: only !== undefined ? { id: { equals: only } } : { active: { equals: true } },
    sort: 'code',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
    req,
  })
  const docs = indicators.docs as unknown as Indicator[]
  if (docs.length === 0) return []
  // Fifteen months back covers twelve monthly or four quarterly periods.
  const since = new Date(Date.now() - 470 * 86_400_000).toISOString()
  const measured = await payload.find({
    collection: SLUGS.indicatorMeasurements,
    where: { and: [{ indicator: { in: docs.map((d) => d.id) } }, { periodStart: { greater_than_equal: since } }] },
    sort: 'periodStart',
    pagination: false,
    depth: 0,
    select: { indicator: true, period: true, value: true, target: true, meetsTarget: true, periodStart: true },
    overrideAccess: false,
    user,
    req,
  })
  const byIndicator = new Map<string, TrendPoint[]>()
  for (const m of measured.docs as unknown as Measurement[]) {
    const key = idOf(m.indicator)
    byIndicator.set(key, [...(byIndicator.get(key) ?? []), pointOf(m)])
  }
  return docs.map((d) => ({
    id: d.id,
    code: d.code,
    name: d.name,
    unit: d.unit ?? '',
    target: typeof d.target === 'number' ? d.target : null,
    points: (byIndicator.get(String(d.id)) ?? []).slice(-periods),
  }))
}

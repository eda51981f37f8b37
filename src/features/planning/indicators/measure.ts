import type { PayloadRequest } from 'payload'

import type { Mode } from './aggregate.js'
import type { ComputationResult } from './computations.js'
import type { Period } from './period.js'

import { renderAlertMessageIn } from '../../../kernel/alerts/message.js'
import { raiseAlert } from '../../../kernel/alerts/raiseAlert.js'
import { resolveAlerts } from '../../../kernel/alerts/resolveAlerts.js'
import { DERIVED } from '../derivedFields.js'
import { computationByKey } from './computations.js'
import { belowThreshold, type IndicatorRule, meetsTarget } from './evaluate.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { readOnPrimaryIfReplicas } from '../../../kernel/sql/readOnPrimary.js'

/**
 * The measurement of an indicator for a period, on the primary (read replicas): a lagging replica
 * would miss one written moments ago (the unique key refuses a second and the run fails).
 */
const measurementOf = (req: PayloadRequest, indicator: number | string, period: string) =>
  readOnPrimaryIfReplicas(req, (req) =>
    req.payload.find({
      collection: SLUGS.indicatorMeasurements,
      where: { and: [{ indicator: { equals: indicator } }, { period: { equals: period } }] },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    }),
  )

export type IndicatorDoc = IndicatorRule & {
  id: number | string
  code: string
  name: string
  computation: string
  frequency: string
  unit?: null | string
  active?: boolean | null
}

/** Computes one indicator for one period (no writes). */
export const computeIndicator = async (
  req: PayloadRequest,
  indicator: Pick<IndicatorDoc, 'computation'>,
  period: Period,
  { mode = 'auto', now = new Date(), finishedRequestStatuses }: { mode?: Mode; now?: Date; finishedRequestStatuses: string[] },
): Promise<ComputationResult> => {
  const computation = computationByKey(indicator.computation)
  if (!computation) return { available: false, value: null, numerator: null, denominator: null, note: { key: 'indicatorUnknownComputation', vars: { computation: indicator.computation } } }
  return computation.compute({ req, mode, period, now, finishedRequestStatuses })
}

export const activeIndicators = async (req: PayloadRequest, frequency?: string): Promise<IndicatorDoc[]> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.indicators,
    where: { and: [{ active: { equals: true } }, ...(frequency ? [{ frequency: { equals: frequency } }] : [])] },
    pagination: false,
    sort: 'code',
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs as unknown as IndicatorDoc[]
}

export const ALERT_INDICATOR = 'indicator-below-threshold'

/**
 * Writes the measurement of every active indicator of the period's frequency (one per indicator
 * and period: a re-run updates it), raises an alert for each indicator whose value crosses its
 * threshold and resolves the alerts of indicators whose latest measurement no longer does.
 */
export const measurePeriod = async (
  req: PayloadRequest,
  period: Period,
  opts: { finishedRequestStatuses: string[]; now?: Date; mode?: Mode },
): Promise<{ measured: number; alerts: number }> => {
  const indicators = await activeIndicators(req, period.frequency)
  let alerts = 0
  for (const indicator of indicators) {
    const result = await computeIndicator(req, indicator, period, opts)
    const data = {
      indicator: indicator.id,
      period: period.label,
      frequency: period.frequency,
      periodStart: period.start.toISOString(),
      periodEnd: period.end.toISOString(),
      available: result.available,
      value: result.value,
      numerator: result.numerator,
      denominator: result.denominator,
      breakdown: result.breakdown ?? null,
      // The note as a key and variables, and its Spanish text (readable as stored; hooks/renderNote.ts).
      note: result.note ? renderAlertMessageIn('es', result.note) : null,
      noteKey: result.note?.key ?? null,
      noteVars: result.note?.vars ?? null,
      target: indicator.target ?? null,
      alertThreshold: indicator.alertThreshold ?? null,
      meetsTarget: meetsTarget(result.value, indicator),
      belowThreshold: belowThreshold(result.value, indicator),
      computedAt: new Date().toISOString(),
    }
    const { docs } = await measurementOf(req, indicator.id, period.label)
    const context = { [DERIVED]: true }
    const update = (id: number | string) =>
      req.payload.update({ collection: SLUGS.indicatorMeasurements, id, data: data as never, req, overrideAccess: true, context })
    if (docs[0]) {
      await update((docs[0] as { id: number | string }).id)
    } else {
      try {
        await req.payload.create({ collection: SLUGS.indicatorMeasurements, data: data as never, req, overrideAccess: true, context })
      } catch (error) {
        // Another run measured it at the same moment (unique indicator + period): update that one.
        const { docs: raced } = await measurementOf(req, indicator.id, period.label)
        if (!raced[0]) throw error
        await update((raced[0] as { id: number | string }).id)
      }
    }
    if (data.belowThreshold) {
      const { created } = await raiseAlert(req, {
        kind: ALERT_INDICATOR,
        severity: 'warning',
        subject: { collection: SLUGS.indicators, id: indicator.id, title: `${indicator.code} ${indicator.name}` },
        message: {
          key: 'alertIndicatorBelow',
          vars: { code: indicator.code, name: indicator.name, value: result.value, unit: indicator.unit ?? '', threshold: indicator.alertThreshold, period: period.label },
        },
        details: { period: period.label, value: result.value, target: indicator.target, alertThreshold: indicator.alertThreshold },
      })
      if (created) alerts++
    }
  }
  await resolveIndicatorAlerts(req)
  return { measured: indicators.length, alerts }
}

/** Resolves the alerts of indicators whose latest measurement is back above the threshold. */
export const resolveIndicatorAlerts = async (req: PayloadRequest): Promise<number> => {
  const failing: Array<{ collection: string; id: number | string }> = []
  for (const indicator of await activeIndicators(req)) {
    const { docs } = await req.payload.find({
      collection: SLUGS.indicatorMeasurements,
      where: { indicator: { equals: indicator.id } },
      sort: '-periodEnd',
      limit: 1,
      depth: 0,
      select: { belowThreshold: true },
      req,
      overrideAccess: true,
    })
    if ((docs[0] as { belowThreshold?: boolean } | undefined)?.belowThreshold) failing.push({ collection: SLUGS.indicators, id: indicator.id })
  }
  return resolveAlerts(req, {
    kind: ALERT_INDICATOR,
    note: { key: 'alertIndicatorRecovered' },
    stillFailing: failing,
  })
}

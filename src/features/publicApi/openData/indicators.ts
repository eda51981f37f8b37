import type { OpenDataset } from './types.js'

import { maxDate, readAll } from './read.js'

/**
 * Published indicators (Ley 1712 de 2014, art. 9 and 11: the entity's performance indicators): the
 * measurements of the ACTIVE indicators of the office's indicator sheet, for the periods whose
 * source was available (a measurement with no data is not published as a zero). One row per
 * indicator and period, oldest period first. Only the indicator's public description and the
 * figures leave the system: no owner, no breakdown, no notes.
 */
export const publishedIndicatorsDataset: OpenDataset = {
  id: 'published-indicators',
  title: { es: 'Indicadores de gestión de la comunicación publicados', en: 'Published communication performance indicators' },
  description: {
    es: 'Mediciones periódicas de los indicadores activos de la Oficina de Comunicación Social (ficha de indicadores): valor, meta y cumplimiento por periodo.',
    en: "Periodic measurements of the communications office's active indicators (indicator sheet): value, target and compliance per period.",
  },
  frequency: { es: 'Mensual', en: 'Monthly' },
  columns: [
    { key: 'indicatorCode', title: { es: 'Código del indicador', en: 'Indicator code' }, type: 'text' },
    { key: 'indicator', title: { es: 'Indicador', en: 'Indicator' }, type: 'text' },
    { key: 'unit', title: { es: 'Unidad', en: 'Unit' }, type: 'text' },
    { key: 'direction', title: { es: 'Sentido (higher: mayor es mejor; lower: menor es mejor)', en: 'Direction (higher or lower is better)' }, type: 'text' },
    { key: 'frequency', title: { es: 'Periodicidad', en: 'Frequency' }, type: 'text' },
    { key: 'period', title: { es: 'Periodo', en: 'Period' }, type: 'text' },
    { key: 'periodStart', title: { es: 'Desde', en: 'From' }, type: 'date' },
    { key: 'periodEnd', title: { es: 'Hasta (exclusivo)', en: 'To (exclusive)' }, type: 'date' },
    { key: 'value', title: { es: 'Valor', en: 'Value' }, type: 'number' },
    { key: 'target', title: { es: 'Meta', en: 'Target' }, type: 'number' },
    { key: 'meetsTarget', title: { es: 'Cumple la meta (true/false)', en: 'Meets target (true/false)' }, type: 'boolean' },
    { key: 'computedAt', title: { es: 'Calculado el', en: 'Computed at' }, type: 'date' },
  ],
  load: async (payload) => {
    type Indicator = { id: number | string; code: string; name: string; unit: string; direction?: null | string; frequency?: null | string; updatedAt: string }
    type Measurement = {
      indicator: number | string | { id: number | string }
      period: string
      frequency?: null | string
      periodStart?: null | string
      periodEnd?: null | string
      value?: null | number
      target?: null | number
      meetsTarget?: null | boolean
      computedAt?: null | string
      updatedAt: string
    }
    // System reads (indicators are office data); only the public columns below are kept.
    const indicators = await readAll<Indicator>(payload, {
      collection: 'indicators',
      where: { active: { equals: true } },
      depth: 0,
      select: { code: true, name: true, unit: true, direction: true, frequency: true, updatedAt: true },
      sort: 'code',
      overrideAccess: true,
    })
    if (indicators.length === 0) return { rows: [], lastUpdate: null }
    const byId = new Map(indicators.map((indicator) => [String(indicator.id), indicator]))
    const measurements = await readAll<Measurement>(payload, {
      collection: 'indicator-measurements',
      where: { and: [{ indicator: { in: indicators.map((indicator) => indicator.id) } }, { available: { not_equals: false } }] },
      depth: 0,
      select: { indicator: true, period: true, frequency: true, periodStart: true, periodEnd: true, value: true, target: true, meetsTarget: true, computedAt: true, updatedAt: true },
      sort: 'periodStart',
      overrideAccess: true,
    })
    const iso = (value?: null | string) => (value ? new Date(value).toISOString() : null)
    const rows = measurements
      .map((measurement) => {
        const id = typeof measurement.indicator === 'object' ? measurement.indicator.id : measurement.indicator
        const indicator = byId.get(String(id))!
        return {
          indicatorCode: indicator.code,
          indicator: indicator.name,
          unit: indicator.unit,
          direction: indicator.direction ?? 'higher',
          frequency: measurement.frequency ?? indicator.frequency ?? null,
          period: measurement.period,
          periodStart: iso(measurement.periodStart),
          periodEnd: iso(measurement.periodEnd),
          value: measurement.value ?? null,
          target: measurement.target ?? null,
          meetsTarget: typeof measurement.meetsTarget === 'boolean' ? measurement.meetsTarget : null,
          computedAt: iso(measurement.computedAt),
        }
      })
      .sort((a, b) => (a.indicatorCode === b.indicatorCode ? String(a.period).localeCompare(String(b.period)) : a.indicatorCode.localeCompare(b.indicatorCode)))
    return {
      rows,
      lastUpdate: maxDate([...indicators.map((indicator) => indicator.updatedAt), ...measurements.map((measurement) => measurement.updatedAt)]),
    }
  },
}

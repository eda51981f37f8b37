import type { Payload } from 'payload'

import { officeDateText } from '../time/officeDates.js'
import { TRAFFIC_LABELS, type TrafficLight } from '../../features/workflow/trafficLight.js'

/** Admin URL of a document. */
export const docHref = (payload: Payload, collection: string, id: number | string): string =>
  `${payload.config.routes.admin}/collections/${collection}/${id}`

/** A query the user may not be allowed to make: null instead of an error (the block is then left out). */
export const safely = async <T,>(run: () => Promise<T>): Promise<null | T> => {
  try {
    return await run()
  } catch {
    return null
  }
}

// The one date writer (src/kernel/time/officeDates.ts): "9 dic 2026, 23:59" in the office's zone.
export const formatDateTime = (value: null | string | undefined): string => (value ? officeDateText(value, { time: true }) : '—')
export const formatDay = (value: null | string | undefined): string => (value ? officeDateText(value) : '—')

/** The traffic light as a badge: colour AND text (never colour alone). */
export const TrafficBadge = ({ light }: { light: TrafficLight }) => (
  <span className={`pregonero-light pregonero-light--${light}`}>
    <span aria-hidden="true" className="pregonero-light__dot" />
    {TRAFFIC_LABELS[light].es}
  </span>
)

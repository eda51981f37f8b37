import type { Payload } from 'payload'

import type { ResolvedOptions } from '../../types.js'

/**
 * The plugin's resolved options, for code that only holds a `req` (queueNotification is called
 * by the workflow hooks with `req` alone). The notification-deliveries collection carries them in
 * its `custom` (it is added even when the plugin is disabled).
 */
export const pluginOptions = (payload: Payload): ResolvedOptions => {
  const options = (payload.collections as Record<string, { config: { custom?: Record<string, unknown> } } | undefined>)['notification-deliveries']?.config.custom?.pregoneroOptions as
    | ResolvedOptions
    | undefined
  if (!options) throw new Error('pregonero: the plugin is not installed (notification-deliveries collection missing)')
  return options
}

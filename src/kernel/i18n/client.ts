'use client'

import { useTranslation } from '@payloadcms/ui'

import type { MessageKey } from './index.js'

/** The plugin's messages in an admin component, in the admin's language: `const t = usePregoneroT(); t('key')`. */
export const usePregoneroT = () => {
  const { t, i18n } = useTranslation()
  const translate = (key: MessageKey, vars?: Record<string, unknown>): string => (t as (key: string, vars?: Record<string, unknown>) => string)(`pregonero:${key}`, vars)
  return Object.assign(translate, { language: i18n.language })
}

'use client'

import type { ReactNode } from 'react'

import { useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

const HEADER = '.react-datepicker-time__header'
const LIST = '.react-datepicker__time-list'

/**
 * The time picker's caption in the admin's language (issue 15, item 8: "Time" in the Spanish
 * admin). Payload's DatePicker leaves react-datepicker's `timeCaption` at its English default and
 * takes no translated one (`admin.date.overrides` is one static text for every reader), so this
 * provider writes Payload's own `general:time` ("Hora") into every open picker's caption and its
 * list's accessible name. React writes that text only when the prop changes, which it never does.
 */
export const TranslatedTimeCaption = ({ children }: { children?: ReactNode }) => {
  const { t } = useTranslation()
  const caption = t('general:time')
  useEffect(() => {
    const apply = () => {
      for (const header of document.querySelectorAll<HTMLElement>(HEADER)) if (header.textContent !== caption) header.textContent = caption
      for (const list of document.querySelectorAll<HTMLElement>(LIST)) if (list.getAttribute('aria-label') !== caption) list.setAttribute('aria-label', caption)
    }
    apply()
    const observer = new MutationObserver(apply)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [caption])
  return <>{children}</>
}

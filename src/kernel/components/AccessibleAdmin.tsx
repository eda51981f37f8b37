'use client'

import type { ReactNode } from 'react'

import { useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

import { usePregoneroT } from '../i18n/client.js'

/** The visible label of the field an element belongs to (its asterisk left out). */
const fieldLabel = (element: Element): string => {
  const field = element.closest('.field-type')
  const label = field?.querySelector(':scope > label, :scope .field-label')
  return (label?.textContent ?? '').replace(/\*\s*$/, '').trim()
}

const name = (element: Element, text: string) => {
  if (text && !element.getAttribute('aria-label') && !element.getAttribute('aria-labelledby')) element.setAttribute('aria-label', text)
}

/**
 * Accessible names Payload's admin leaves out (issue 15: no serious or critical axe violation on
 * the journeys' screens), in the admin's language: date inputs and react-select's search input
 * are named by their field's label (Payload's label points at the wrapper, not the input); the
 * date picker's month and year selects and the array rows' menu button get a name. Written into
 * the DOM as Payload renders it; React never rewrites an attribute it did not set.
 */
export const AccessibleAdmin = ({ children }: { children?: ReactNode }) => {
  const { t: payloadT } = useTranslation()
  const t = usePregoneroT()
  const month = t('a11yMonth')
  const year = t('a11yYear')
  const more = payloadT('general:moreOptions')
  useEffect(() => {
    const apply = () => {
      for (const input of document.querySelectorAll('.react-datepicker__input-container input, input[id^="react-select"]')) name(input, fieldLabel(input))
      for (const select of document.querySelectorAll('.react-datepicker__month-select')) name(select, month)
      for (const select of document.querySelectorAll('.react-datepicker__year-select')) name(select, year)
      for (const button of document.querySelectorAll('button.popup-button')) if (!button.textContent?.trim()) name(button, more)
    }
    apply()
    const observer = new MutationObserver(apply)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [month, year, more])
  return <>{children}</>
}

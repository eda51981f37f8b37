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
 * the DOM as Payload renders it; React never rewrites an attribute it did not set. Also the rich
 * text editor, the list's row checkboxes, the rows' drag handles and the lock icon.
 */
export const AccessibleAdmin = ({ children }: { children?: ReactNode }) => {
  const { t: payloadT } = useTranslation()
  const t = usePregoneroT()
  const month = t('a11yMonth')
  const year = t('a11yYear')
  const more = payloadT('general:moreOptions')
  const selectAll = payloadT('general:selectAllRows')
  const selectRow = t('a11ySelectRow')
  const drag = t('a11yDragRow')
  const locked = t('a11yLocked')
  const choose = t('a11yChoose')
  const clear = t('a11yClearDate')
  const edit = payloadT('general:edit')
  const remove = payloadT('general:remove')
  useEffect(() => {
    const apply = () => {
      for (const input of document.querySelectorAll('.react-datepicker__input-container input, .ContentEditable__root')) name(input, fieldLabel(input))
      // A react-select outside a field (a dashboard's filter) is named by what it shows.
      for (const input of document.querySelectorAll('input[id^="react-select"]')) {
        const shown = input.closest('.rs__control')?.querySelector('.rs__placeholder, .rs__single-value')?.textContent?.trim()
        name(input, fieldLabel(input) || shown || choose)
      }
      for (const button of document.querySelectorAll('.date-time-picker__clear-button')) if (!button.textContent?.trim()) name(button, clear)
      for (const button of document.querySelectorAll('.drawer-link__doc-drawer-toggler, .upload-relationship-details__edit')) if (!button.textContent?.trim()) name(button, edit)
      for (const button of document.querySelectorAll('.upload-relationship-details__remove')) if (!button.textContent?.trim()) name(button, remove)
      // react-select's indicators are aria-hidden: keep them out of the tab order too.
      for (const indicator of document.querySelectorAll('.rs__indicators [aria-hidden="true"]')) if (indicator.getAttribute('tabindex') !== '-1') indicator.setAttribute('tabindex', '-1')
      for (const select of document.querySelectorAll('.react-datepicker__month-select')) name(select, month)
      for (const select of document.querySelectorAll('.react-datepicker__year-select')) name(select, year)
      for (const button of document.querySelectorAll('button.popup-button, button.array-actions__button')) if (!button.textContent?.trim()) name(button, more)
      for (const box of document.querySelectorAll('#select-all')) name(box, selectAll)
      for (const box of document.querySelectorAll('.select-row input[type="checkbox"], .cell-_select input[type="checkbox"]')) name(box, selectRow)
      for (const handle of document.querySelectorAll('.collapsible__drag')) name(handle, drag)
      for (const icon of document.querySelectorAll('.locked[role]')) name(icon, locked)
    }
    apply()
    const observer = new MutationObserver(apply)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [month, year, more, selectAll, selectRow, drag, locked, choose, clear, edit, remove])
  return <>{children}</>
}

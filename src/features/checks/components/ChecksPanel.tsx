'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { CHECK_LABELS, CHECK_NAMES, type CheckName, type CheckResult } from '../types.js'
import { messageIn } from './messages.js'
import { usePregoneroT } from '../../../kernel/i18n/client.js'
import type { MessageKey } from '../../../kernel/i18n/index.js'
import { officeDateText } from '../../../kernel/time/officeDates.js'

type Lang = 'en' | 'es'

const STATUS_TEXT: Record<CheckResult['status'], { es: string; en: string }> = {
  pass: { es: 'Cumple', en: 'Passes' },
  fail: { es: 'No cumple', en: 'Fails' },
  info: { es: 'Sugerencia', en: 'Hint' },
  'not-applicable': { es: 'No aplica', en: 'Not applicable' },
}

const NOT_APPLICABLE_REASON: Record<CheckName, { es: string; en: string }> = {
  brand: { es: 'Solo se verifica en piezas gráficas con imágenes.', en: 'Only checked on graphic pieces with images.' },
  accessibility: { es: 'El contenido no usa imágenes ni video.', en: 'The content uses no images or video.' },
  consent: { es: 'El contenido no usa activos del archivo.', en: 'The content uses no archive assets.' },
  neutrality: { es: 'El manual de imagen no define términos vetados.', en: 'The brand manual defines no banned terms.' },
  plainLanguage: { es: 'No hay texto que verificar.', en: 'There is no text to check.' },
  election: { es: 'No hay un periodo electoral en curso.', en: 'No election period is in force.' },
  signLanguage: { es: 'No usa videos de emergencias, seguridad ni rendición de cuentas.', en: 'Uses no emergency, public-safety or accountability videos.' },
}

const fmt = (value: unknown, lang: Lang): null | string => {
  if (typeof value !== 'string' || !value) return null
  return officeDateText(value, { language: lang, time: true })
}

/**
 * The `checks` group of a content, as a panel: each check of part C (brand, accessibility,
 * consent and licences, neutral brand, plain language) with its outcome in words and the reasons,
 * the head's overrides, and whether the checks let the content be approved. Read from the form
 * (the stored results, recomputed by the server on every save).
 */
export const ChecksPanel = () => {
  const { i18n } = useTranslation()
  const pt = usePregoneroT()
  const lang: Lang = i18n?.language === 'en' ? 'en' : 'es'
  const results = useFormFields(([fields]) => fields['checks.results']?.value) as CheckResult[] | null | undefined
  const ranAt = useFormFields(([fields]) => fields['checks.ranAt']?.value)
  const readability = useFormFields(([fields]) => fields['checks.readability']?.value) as null | number | undefined
  const stage = useFormFields(([fields]) => fields['stage']?.value) as string | undefined
  const overrides = useFormFields(([fields]) => {
    const rows = Number(fields['checkOverrides']?.value ?? 0)
    const out: string[] = []
    for (let index = 0; index < rows; index++) {
      const check = fields[`checkOverrides.${index}.check`]?.value
      if (typeof check === 'string') out.push(check)
    }
    return out.join(',')
  })
  const overridden = new Set(overrides ? overrides.split(',') : [])

  const t = (text: { es: string; en: string }) => text[lang]
  const byName = new Map((Array.isArray(results) ? results : []).map((result) => [result.check, result]))
  const blocking = [...byName.values()].filter((result) => result.status === 'fail' && !overridden.has(result.check))
  // Formatted after mount: the server's and the browser's ICU may differ (a hydration mismatch).
  const [when, setWhen] = useState<null | string>(null)
  useEffect(() => setWhen(fmt(ranAt, lang)), [ranAt, lang])

  return (
    <section aria-labelledby="pregonero-checks-title" className="pregonero-checks field-type">
      <h3 className="pregonero-checks__title" id="pregonero-checks-title">
        {t({ es: 'Verificaciones del contenido', en: 'Content checks' })}
      </h3>
      {byName.size === 0 ? (
        <p className="pregonero-empty">
          {t({ es: 'Aún no se han calculado: se calculan al guardar.', en: 'Not computed yet: they run on save.' })}
        </p>
      ) : (
        <>
          <p aria-live="polite" className={`pregonero-checks__gate pregonero-checks__gate--${blocking.length ? 'blocked' : 'open'}`} role="status">
            {blocking.length
              ? t({
                  es: `La aprobación está bloqueada: ${blocking.length === 1 ? 'falla 1 verificación' : `fallan ${blocking.length} verificaciones`}.`,
                  en: `Approval is blocked: ${blocking.length === 1 ? '1 check fails' : `${blocking.length} checks fail`}.`,
                })
              : t({ es: 'Las verificaciones permiten aprobar este contenido.', en: 'The checks allow this content to be approved.' })}
            {stage && stage !== 'in-review' && blocking.length
              ? ` ${t({ es: 'Se exige al pasar de «En revisión» a «Aprobado».', en: 'Enforced from in review to approved.' })}`
              : ''}
          </p>
          <ul className="pregonero-checks__list">
            {CHECK_NAMES.map((name) => {
              const result = byName.get(name)
              if (!result) return null
              const isOverridden = result.status === 'fail' && overridden.has(name)
              // Newer checks keep their messages as keys, shown in the reader's own language.
              const keyed = result.details?.i18n as Array<{ key: MessageKey; vars?: Record<string, unknown> }> | undefined
              const reasons = Array.isArray(keyed) ? keyed.map(({ key, vars }) => pt(key, vars)) : result.messages.map((message) => messageIn(message, lang))
              if (result.status === 'not-applicable') reasons.push(t(NOT_APPLICABLE_REASON[name]))
              return (
                <li className={`pregonero-check pregonero-check--${isOverridden ? 'overridden' : result.status}`} data-check={name} key={name}>
                  <span className="pregonero-check__name">{t(CHECK_LABELS[name])}</span>{' '}
                  <span className={`pregonero-check__status pregonero-check__status--${isOverridden ? 'overridden' : result.status}`}>
                    {isOverridden ? t({ es: 'No cumple · excepción autorizada', en: 'Fails · override granted' }) : t(STATUS_TEXT[result.status])}
                  </span>
                  {name === 'plainLanguage' && typeof readability === 'number' ? (
                    <span className="pregonero-check__score">
                      {' '}
                      {t({ es: `Índice Fernández-Huerta: ${readability.toFixed(0)}`, en: `Fernández-Huerta score: ${readability.toFixed(0)}` })}
                    </span>
                  ) : null}
                  {reasons.length ? (
                    <ul className="pregonero-check__reasons">
                      {reasons.map((reason, index) => (
                        <li key={index}>{reason}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              )
            })}
          </ul>
          {when ? (
            <p className="pregonero-checks__when">
              {t({ es: `Calculadas el ${when}. Se recalculan al guardar y al aprobar.`, en: `Computed ${when}. Recomputed on save and on approval.` })}
            </p>
          ) : null}
        </>
      )}
    </section>
  )
}

export default ChecksPanel

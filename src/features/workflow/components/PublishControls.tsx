'use client'

import { PublishButton, UnpublishButton, useAuth, useFormFields, useTranslation } from '@payloadcms/ui'

import { usePregoneroT } from '../../../kernel/i18n/client.js'
import { CONTENT_STAGE_LABELS, type ContentStage } from '../states.js'

type UserLike = { roles?: null | string[] }
type Props = { publishRoles?: string[] }

const mayPublish = (user: null | UserLike | undefined, publishRoles: string[] = ['head']) =>
  Boolean(user?.roles?.some((role) => role === 'admin' || publishRoles.includes(role)))

/**
 * Payload's Publish button on a content, only for those who may publish (`workflow.publishRoles`):
 * for them it is the transition to `published` (or a republication). Everyone else saves drafts
 * and moves the piece with the workflow panel's buttons; the server refuses the rest anyway.
 */
export function ContentPublishButton({ publishRoles }: Props) {
  const { user } = useAuth<UserLike>()
  return mayPublish(user, publishRoles) ? <PublishButton /> : null
}

/** Payload's Unpublish button, for the same roles. */
export function ContentUnpublishButton({ publishRoles }: Props) {
  const { user } = useAuth<UserLike>()
  return mayPublish(user, publishRoles) ? <UnpublishButton /> : null
}

/** The one status of a content in its header: its workflow stage (instead of Payload's draft/published). */
export function ContentStageStatus() {
  const t = usePregoneroT()
  const stage = useFormFields(([fields]) => fields['stage']?.value as string | undefined)
  const lang = t.language === 'en' ? 'en' : 'es'
  if (!stage) return null
  return (
    <div className="status pregonero-stage-status" data-stage={stage}>
      <span className="status__label">{t('statusStage')}</span>
      <span className="status__value">{CONTENT_STAGE_LABELS[stage as ContentStage]?.[lang] ?? stage}</span>
    </div>
  )
}

/**
 * In the contents list, hides Payload's bulk "Publicar"/"Despublicar" (selection bar) from those
 * who may not publish. Payload renders them for anyone who may update; the server refuses each
 * document anyway (the workflow), so this only keeps a button nobody can use off the screen.
 */
export function ContentListPublishGuard({ publishRoles }: Props) {
  const { user } = useAuth<UserLike>()
  const { t } = useTranslation()
  if (mayPublish(user, publishRoles)) return null
  const labels = [t('version:publish'), t('version:unpublish')].map((label) => label.replace(/["\\]/g, '\\$&'))
  const css = labels.map((label) => `.list-selection__button[aria-label="${label}"]`).join(',') + '{display:none!important}'
  return <style data-pregonero="publish-guard">{css}</style>
}

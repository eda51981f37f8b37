import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../types.js'

import { renderAlertMessageIn, storedAlertMessage } from '../../kernel/alerts/message.js'
import { alertDigest } from '../../kernel/notifications/templates/alertDigest.js'
import { SLUGS } from '../../kernel/slugs.js'
import { readOnPrimaryIfReplicas } from '../../kernel/sql/readOnPrimary.js'

/**
 * Sends the head(s) one e-mail listing every alert not yet notified, then stamps `notifiedAt`
 * on them, so nothing is sent twice. If sending fails the stamps are not written and the job
 * retries. Returns how many alerts went out.
 */
export const sendAlertDigest = async (req: PayloadRequest, options: ResolvedOptions): Promise<{ sent: number; to: string[] }> => {
  // On the primary (read replicas): a lagging replica would list as new the alerts the last digest
  // stamped moments ago, and they would go twice.
  const { docs } = await readOnPrimaryIfReplicas(req, (req) =>
    req.payload.find({
      collection: SLUGS.alerts,
      where: { notifiedAt: { exists: false } },
      sort: 'createdAt',
      // A day's new alerts are tens, not thousands; anything beyond goes in the next digest.
      limit: 500,
      depth: 0,
      req,
      overrideAccess: true,
    }),
  )
  const alerts = docs as unknown as Array<{ id: number | string; kind: string; severity: string; message: string; messageKey?: null | string; messageVars?: unknown; status: string; subject?: { title?: string }; createdAt: string }>
  if (!alerts.length) return { sent: 0, to: [] }
  const { docs: heads } = await req.payload.find({
    collection: SLUGS.users,
    where: { roles: { in: ['head'] } },
    select: { email: true, language: true },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  // One e-mail per language: each head reads the digest in their own (a configured mailbox, Spanish).
  const byLanguage = new Map<'en' | 'es', Set<string>>([['es', new Set()], ['en', new Set()]])
  for (const head of heads as Array<{ email?: string; language?: null | string }>) {
    if (head.email) byLanguage.get(head.language === 'en' ? 'en' : 'es')!.add(head.email)
  }
  for (const email of options.planning.digestRecipients) if (![...byLanguage.values()].some((set) => set.has(email))) byLanguage.get('es')!.add(email)
  const to = [...byLanguage.values()].flatMap((set) => [...set])
  // Nobody to tell yet: keep them un-notified until a head exists.
  if (!to.length) return { sent: 0, to }
  const fresh = alerts.filter((a) => a.status !== 'resolved')
  for (const [lang, recipients] of byLanguage) {
    if (!fresh.length || !recipients.size) continue
    const mail = alertDigest({
      lang,
      institutionName: options.institutionName,
      adminURL: `${options.serverURL.replace(/\/$/, '')}/admin`,
      alerts: fresh.map((a) => {
        const stored = storedAlertMessage(a.messageKey, a.messageVars)
        return { id: a.id, kind: a.kind, severity: a.severity, message: stored ? renderAlertMessageIn(lang, stored) : a.message, subjectTitle: a.subject?.title, createdAt: a.createdAt }
      }),
    })
    await req.payload.sendEmail({ to: [...recipients], subject: mail.subject, html: mail.html, text: mail.text })
  }
  // Resolved-before-sending alerts are stamped too: they are no longer news.
  const now = new Date().toISOString()
  for (const alert of alerts) {
    await req.payload.update({ collection: SLUGS.alerts, id: alert.id, data: { notifiedAt: now }, req, overrideAccess: true })
  }
  return { sent: fresh.length, to }
}

import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

type Env = Record<string, string | undefined>

/**
 * The nodemailer adapter when `SMTP_HOST` is set; otherwise `undefined`, and Payload's console
 * adapter writes every mail to the log (so the app runs without a mail server).
 */
export const emailAdapter = (env: Env = process.env): EmailAdapter | Promise<EmailAdapter> | undefined => {
  if (!env.SMTP_HOST) return undefined
  const port = Number(env.SMTP_PORT ?? 587)
  return nodemailerAdapter({
    defaultFromAddress: env.SMTP_FROM ?? 'comunicaciones@localhost',
    defaultFromName: env.SMTP_FROM_NAME ?? 'Oficina de Comunicación Social',
    // Verification at import only logs; skip it so build/start do not wait on the mail server.
    skipVerify: true,
    transportOptions: {
      host: env.SMTP_HOST,
      port,
      // The name this instance gives in EHLO (default: the machine's); tells instances apart in the mail server's log.
      ...(env.SMTP_CLIENT_NAME ? { name: env.SMTP_CLIENT_NAME } : {}),
      secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
      ignoreTLS: env.SMTP_IGNORE_TLS === 'true',
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
    },
  })
}

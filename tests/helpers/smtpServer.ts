import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; html: string; raw: string }

/**
 * A real SMTP server on loopback (npm smtp-server) that keeps every message it receives.
 * `stop()`/`start()` on the same port simulate the mail server going down and coming back.
 */
export const startSmtpServer = async (port = 0) => {
  const messages: ReceivedMail[] = []
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks).toString('utf8')
          const parsed = await simpleParser(raw)
          messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            raw,
          })
          callback()
        })
      },
    })
  let server = make()
  const listen = (p: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject)
      server.listen(p, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))
    })
  const boundPort = await listen(port)
  return {
    port: boundPort,
    messages,
    /** Waits until at least `count` messages arrived (or fails after `timeoutMs`). */
    waitFor: async (count: number, timeoutMs = 10_000) => {
      const started = Date.now()
      while (messages.length < count) {
        if (Date.now() - started > timeoutMs) throw new Error(`expected ${count} mails, got ${messages.length}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      return messages
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    start: async () => {
      server = make()
      await listen(boundPort)
    },
  }
}

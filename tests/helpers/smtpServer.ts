import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; html: string; raw: string; client: string }

/** A recipient the server holds (no answer to RCPT TO) the first time it is sent to, and who sent it. */
export type Stalled = { rcpt: string; client: string }

/**
 * A real SMTP server on loopback (npm smtp-server) that keeps every message it receives.
 * `stop()`/`start()` on the same port simulate the mail server going down and coming back.
 */
export const startSmtpServer = async (port = 0, { stall }: { stall?: (rcpt: string) => boolean } = {}) => {
  const messages: ReceivedMail[] = []
  // `stall`: the first message to such a recipient gets no answer to RCPT TO (a sender stuck mid-job).
  const stalled: Stalled[] = []
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, session, callback) {
        if (stall?.(address.address) && !stalled.some((entry) => entry.rcpt === address.address)) {
          stalled.push({ rcpt: address.address, client: session.hostNameAppearsAs })
          return // never answered: the sender waits until it dies or the server stops
        }
        callback()
      },
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
            // The name the client gave in EHLO (the app's SMTP_CLIENT_NAME): which instance sent it.
            client: session.hostNameAppearsAs,
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
    stalled,
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

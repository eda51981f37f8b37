import { bootPayload, type Booted } from '../helpers/bootPayload.js'
import { startSmtpServer } from '../helpers/smtpServer.js'
import { makeUser } from '../helpers/fixtures.js'

let app: Booted
let smtp: Awaited<ReturnType<typeof startSmtpServer>>

beforeAll(async () => {
  smtp = await startSmtpServer()
  app = await bootPayload({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: 'comunicaciones@pasto.test',
  })
})
afterAll(async () => {
  await app.close()
  await smtp.stop()
})

it('sends mail through the nodemailer adapter to a real SMTP server', async () => {
  await app.payload.sendEmail({
    to: 'enlace@pasto.test',
    subject: 'Prueba de correo',
    text: 'Hola desde Pregonero',
  })
  const [message] = await smtp.waitFor(1)
  expect(message).toMatchObject({ from: 'comunicaciones@pasto.test', to: ['enlace@pasto.test'], subject: 'Prueba de correo' })
  expect(message!.text).toContain('Hola desde Pregonero')
})

it('delivers the password-reset mail of a user', async () => {
  const user = await makeUser(app.payload, ['editor'], { email: 'olvido@pasto.test' })
  const before = smtp.messages.length
  await app.payload.forgotPassword({ collection: 'users', data: { email: user.email } })
  const messages = await smtp.waitFor(before + 1)
  expect(messages.at(-1)!.to).toEqual(['olvido@pasto.test'])
})

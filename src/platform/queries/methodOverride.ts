import { englishMessages, spanishMessages } from '../../kernel/i18n/index.js'

type Handler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

/** Spanish unless the caller asks for English first (no Payload request exists yet at this point). */
const messagesFor = (request: Request) => (/^\s*en\b/i.test(request.headers.get('accept-language') ?? '') ? englishMessages : spanishMessages)

/**
 * Wraps the REST POST route: Payload reads the JSON body of a POST read
 * (`X-Payload-HTTP-Method-Override: GET`) before its own error handling, so a body that is not
 * JSON escaped as a 500. It is the caller's malformed query: 400 naming the body.
 */
export const withMethodOverrideBody =
  <Args extends unknown[]>(handler: Handler<Args>): Handler<Args> =>
  async (request, ...args) => {
    const override = ['x-payload-http-method-override', 'x-http-method-override'].some((name) => request.headers.get(name) === 'GET')
    if (request.method.toUpperCase() === 'POST' && override && request.headers.get('content-type') === 'application/json') {
      try {
        JSON.parse(await request.clone().text())
      } catch {
        const messages = messagesFor(request)
        const message = `${messages.paramLabelBody}: ${messages.queryJson.replace(/\{\{\s*path\s*\}\}/g, 'body')}`
        return Response.json({ errors: [{ name: 'QueryError', message, data: { errors: [{ path: 'body', message }] } }] }, { status: 400 })
      }
    }
    return handler(request, ...args)
  }

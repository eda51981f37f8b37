import type { Payload } from 'payload'

type Extensions = Payload['extensions']
type GraphQLErrorLike = { message?: string; originalError?: { status?: number; data?: unknown; name?: string } }

const RATE_LIMITED = Symbol.for('pregonero.graphqlRateLimitStatus')

/**
 * GraphQL over HTTP (graphql-http, as Payload serves it) answers HTTP 200 even when a resolver
 * throws a 429: the refusal would only be in `errors[].extensions.statusCode`, and a crawler or a
 * CDN that looks at the status keeps hammering. Payload calls `payload.extensions({ args, req,
 * result })` after every GraphQL operation; when the result carries a 429 (the anonymous budget, or
 * the login limit through `loginUser`), this answers with graphql-http's response tuple instead:
 * HTTP 429 (Payload adds the `Retry-After` the limiter put in `req.responseHeaders`), and only the errors (no partial data). Chains any previous `extensions`.
 */
export const installGraphQLRateLimitStatus = (payload: Payload): void => {
  const previous = payload.extensions as (Extensions & { [RATE_LIMITED]?: true }) | undefined
  if (previous?.[RATE_LIMITED]) return
  const extensions = async (args: Parameters<Extensions>[0]) => {
    const errors = (args.result?.errors ?? []) as readonly GraphQLErrorLike[]
    const limited = errors.find((error) => error.originalError?.status === 429)
    if (!limited) return typeof previous === 'function' ? previous(args) : args.result
    const data = limited.originalError?.data as { retryAfter?: number } | undefined
    const retryAfter = Math.max(1, Number(data?.retryAfter ?? 1))
    const body = {
      errors: [
        {
          message: limited.message,
          extensions: { name: limited.originalError?.name ?? 'APIError', statusCode: 429, data: { retryAfter } },
        },
      ],
    }
    return [
      JSON.stringify(body),
      {
        status: 429,
        statusText: 'Too Many Requests',
        // Retry-After is already in req.responseHeaders (set with the 429), which Payload merges in.
        headers: { 'content-type': 'application/json; charset=utf-8' },
      },
    ]
  }
  Object.assign(extensions, { [RATE_LIMITED]: true })
  payload.extensions = extensions as Extensions
}

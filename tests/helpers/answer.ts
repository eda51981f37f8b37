/** An HTTP answer as the tests read it: status, headers, the text and its JSON when it is JSON. */
export type Answer = { status: number; headers: Headers; text: string; json: any }

export const readAnswer = async (res: Response): Promise<Answer> => {
  const text = await res.text()
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: res.status, headers: res.headers, text, json }
}

/**
 * A request to a running app (`url` of tests/helpers/appServer.ts): `token` as `Authorization: JWT`,
 * an object `body` sent as JSON, a string body as it is.
 */
export const callApp = async (
  app: { url: string },
  method: string,
  path: string,
  { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> =>
  readAnswer(
    await fetch(`${app.url}${path}`, {
      method,
      headers: { ...(body !== undefined && typeof body !== 'string' ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `JWT ${token}` } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    }),
  )

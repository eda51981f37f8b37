import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

import { randomBytes } from 'node:crypto'
import diagnosticsChannel from 'node:diagnostics_channel'

/**
 * The socket address of each HTTP request, for the per-IP limits. Next.js passes route handlers
 * no socket, only headers, and fills `X-Forwarded-For` with the socket address only when the
 * client sent none, so a client's own `X-Forwarded-For` would otherwise decide its "IP".
 *
 * Node.js publishes every incoming request on the `http.server.request.start` diagnostics channel
 * just before the server's `request` event (before Next.js reads the headers). The subscriber
 * writes the socket address into a request header whose name is random per process: a client
 * cannot send it (it cannot know the name), and an overwritten value is never the client's.
 * Installed at boot by dev/instrumentation.ts (and by the plugin when its config loads).
 */
type State = { header: string; installed: boolean }
const state = ((globalThis as { __pregoneroPeerAddress?: State }).__pregoneroPeerAddress ??= {
  header: `x-pregonero-peer-${randomBytes(12).toString('hex')}`,
  installed: false,
})

/** The name of the header carrying the socket address in this process. */
export const peerAddressHeader = (): string => state.header

/** Subscribes once per process; later calls do nothing. */
export const installPeerAddress = (): void => {
  if (state.installed) return
  state.installed = true
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket?: Socket }
    const address = socket?.remoteAddress ?? request.socket?.remoteAddress
    if (address) request.headers[state.header] = address
    else delete request.headers[state.header]
  })
}

/** The socket address of a request served over HTTP, or null (an in-process call: tests, scripts). */
export const peerAddressOf = (headers: Headers | undefined): null | string => headers?.get(state.header)?.trim() || null

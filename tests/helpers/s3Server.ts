import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

export type S3Server = {
  endpoint: string
  bucket: string
  /** The PREGONERO_S3_* variables that point the app at this server (what a `next start` needs). */
  env: Record<string, string>
  /** Every request the server received (`GET /bucket/key`), in order: proof of what moved, and what did not. */
  requests: string[]
  /** The same with the query (`POST /bucket/key?uploads=`, `PUT /bucket/key?partNumber=2&uploadId=…`): which S3 operation it was. */
  calls: string[]
  /** s3rver's HTTP server: a test may prepend a listener that drops a request's connection (a network fault). */
  httpServer: import('node:http').Server
  stop: () => Promise<void>
}

/**
 * A real S3-compatible server (npm `s3rver`: the S3 REST protocol over HTTP, objects on disk) on a
 * free loopback port, with one empty bucket. One per test file. s3rver accepts the key pair
 * S3RVER/S3RVER; it checks a presigned URL's expiry, not signatures or ACLs.
 */
export const startS3Server = async (bucket = 'pregonero-test'): Promise<S3Server> => {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-s3-'))
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket }] })
  const { port } = (await server.run()) as { port: number }
  const endpoint = `http://127.0.0.1:${port}`
  const requests: string[] = []
  const calls: string[] = []
  server.httpServer.on('request', (request: { method?: string; url?: string }) => {
    requests.push(`${request.method} ${decodeURIComponent(String(request.url).split('?')[0]!)}`)
    calls.push(`${request.method} ${decodeURIComponent(String(request.url))}`)
  })
  let stopped = false
  return {
    endpoint,
    bucket,
    env: {
      PREGONERO_S3_BUCKET: bucket,
      PREGONERO_S3_ENDPOINT: endpoint,
      PREGONERO_S3_REGION: 'us-east-1',
      PREGONERO_S3_FORCE_PATH_STYLE: 'true',
      PREGONERO_S3_ACCESS_KEY_ID: 'S3RVER',
      PREGONERO_S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    requests,
    calls,
    httpServer: server.httpServer,
    stop: async () => {
      if (stopped) return
      stopped = true
      await server.close()
      await fs.rm(directory, { recursive: true, force: true })
    },
  }
}

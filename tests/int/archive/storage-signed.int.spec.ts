import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { REST_GET } from '@payloadcms/next/routes'

import type { TestUser } from './fixtures.js'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { TEST_PASSWORD } from '../../helpers/fixtures.js'
import { type S3Server, startS3Server } from '../../helpers/s3Server.js'
import { assetData, fileOf, makeJpeg, makeUsers } from './fixtures.js'

jest.setTimeout(180_000)

/**
 * `archive.storage.signedUrls` on an S3 store (s3rver on loopback), set by the environment
 * (PREGONERO_S3_SIGNED_URLS, PREGONERO_S3_SIGNED_URL_SECONDS): an allowed caller is redirected to a
 * presigned GET URL that expires; a refused caller gets no URL and the bucket sees nothing.
 */
describe('file storage on S3: presigned redirects', () => {
  let s3: S3Server
  let app: Booted
  let payload: Payload
  let users: Record<string, TestUser>
  const tokens: Record<string, string> = {}

  const getFile = async (urlPath: string, who?: string) => {
    const request = new Request(`http://localhost:3000/api/${urlPath}`, { headers: who ? { Authorization: `JWT ${tokens[who]}` } : {} })
    const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
    const response = await REST_GET(payload.config)(request, { params: Promise.resolve({ slug }) })
    return { status: response.status, headers: response.headers, text: await response.text() }
  }

  beforeAll(async () => {
    s3 = await startS3Server()
    app = await bootPayload({ ...s3.env, PREGONERO_S3_SIGNED_URLS: 'true', PREGONERO_S3_SIGNED_URL_SECONDS: '2' })
    payload = app.payload
    users = await makeUsers(payload)
    for (const key of ['designer', 'requester']) {
      tokens[key] = (await payload.login({ collection: 'users', data: { email: `${key}@pasto.gov.co`, password: TEST_PASSWORD } })).token!
    }
  }, 240_000)
  afterAll(async () => {
    await app.close()
    await s3.stop()
  })

  it('redirects an allowed caller to a short-lived signed URL that serves the bytes, then expires; a refused caller gets no URL', async () => {
    const jpeg = await makeJpeg(400, 300, { seed: 21 })
    const asset = (await payload.create({
      collection: 'archive-assets',
      data: assetData({ title: 'Restringida', accessLevel: 'restricted', consent: 'none-identifiable' }) as never,
      file: fileOf(jpeg, 'restringida.jpg', 'image/jpeg'),
      user: users.designer,
      overrideAccess: false,
    })) as any

    const requestsBefore = s3.requests.length
    for (const who of [undefined, 'requester']) {
      const refused = await getFile(`archive-assets/file/${asset.filename}`, who)
      expect([401, 403, 404]).toContain(refused.status)
      expect(refused.headers.get('location')).toBeNull()
      expect(refused.text).not.toContain('X-Amz-Signature')
    }
    expect(s3.requests.length).toBe(requestsBefore)

    const allowed = await getFile(`archive-assets/file/${asset.filename}`, 'designer')
    expect(allowed.status).toBe(302)
    expect(allowed.headers.get('cache-control')).toBe('private, no-store')
    const location = new URL(allowed.headers.get('location')!)
    expect(location.origin).toBe(s3.endpoint)
    expect(location.searchParams.get('X-Amz-Expires')).toBe('2')
    // The bucket is not public: the object without a signature is not the way in (s3rver does not
    // enforce ACLs, so this is asserted on the URL: it carries a signature and an expiry).
    expect(location.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/)
    const fetched = await fetch(location)
    expect(fetched.status).toBe(200)
    expect(Buffer.from(await fetched.arrayBuffer()).equals(jpeg)).toBe(true)

    await new Promise((resolve) => setTimeout(resolve, 3_100))
    const expired = await fetch(location)
    expect(expired.status).toBe(403)
    expect(await expired.text()).toContain('expired')
  })
})

import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import { randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { ResolvedS3Options } from '../../types.js'
import type { FileStorage } from './types.js'

import { copyInParts, SINGLE_REQUEST_LIMIT, uploadInParts } from './s3Multipart.js'
import { storageError } from './types.js'

const missing = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404
}

/**
 * An unreachable or refusing bucket is a storage failure with Node's shape (`EIO`): an upload
 * answers 503, retryable (src/platform/uploadRollback.ts), never a bare 500; the cause stays in the
 * server's log, never in an answer.
 */
const unavailable = (error: unknown): NodeJS.ErrnoException =>
  Object.assign(new Error('storage: the object store did not answer', { cause: error }), { code: 'EIO', syscall: 'storage' })

/**
 * The credentials: never an option (options end up in logs and config dumps). The
 * `PREGONERO_S3_ACCESS_KEY_ID` / `PREGONERO_S3_SECRET_ACCESS_KEY` pair when set, otherwise the AWS
 * SDK's own chain (AWS_ACCESS_KEY_ID…, a shared profile, the instance's or the pod's role).
 */
const credentialsFromEnvironment = () => {
  const accessKeyId = process.env.PREGONERO_S3_ACCESS_KEY_ID
  const secretAccessKey = process.env.PREGONERO_S3_SECRET_ACCESS_KEY
  return accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, sessionToken: process.env.PREGONERO_S3_SESSION_TOKEN || undefined } : undefined
}

/**
 * Storage on an S3-compatible bucket (AWS S3, MinIO, Ceph RGW, s3rver in the tests), AWS SDK v3.
 * The bucket stays private: the app serves the bytes after its access check, or hands an allowed
 * caller a presigned GET URL of a few seconds. A PUT is atomic on S3 (an object exists whole or
 * not at all), and so is a multipart upload: the object appears only at its CompleteMultipartUpload.
 * Objects larger than `multipartPartSize` are uploaded by parts, and copied by parts above
 * `singleCopyLimit` (S3's CopyObject limit, 5 GiB; a parameter so that tests can reach that path).
 */
export const s3Storage = (options: ResolvedS3Options, { singleCopyLimit = SINGLE_REQUEST_LIMIT } = {}): FileStorage => {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint || undefined,
    forcePathStyle: options.forcePathStyle,
    credentials: credentialsFromEnvironment(),
    // Checksums only where S3 requires them: MinIO, Ceph and older gateways do not all read the
    // SDK's default aws-chunked trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  const Bucket = options.bucket
  const prefix = options.prefix ? `${options.prefix.replace(/\/+$/, '')}/` : ''
  const Key = (key: string) => `${prefix}${key}`

  const head = async (key: string) => {
    try {
      const answer = await client.send(new HeadObjectCommand({ Bucket, Key: Key(key) }))
      return { size: Number(answer.ContentLength ?? 0), contentType: answer.ContentType }
    } catch (error) {
      if (missing(error)) return null
      throw unavailable(error)
    }
  }

  const storage: FileStorage = {
    kind: 's3',
    put: async (key, body, { contentType, exclusive } = {}) => {
      // S3 has no portable "create only": the exclusive write checks first (the archive also
      // reserves the name in the database, so two writers never race for one name).
      if (exclusive && (await head(key))) throw storageError('EEXIST', key)
      const size = Buffer.isBuffer(body) ? body.length : (await fs.stat(body.file)).size
      try {
        if (size > options.multipartPartSize) {
          await uploadInParts({ client, Bucket, Key: Key(key), contentType, partSize: options.multipartPartSize, size }, body)
          return
        }
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key: Key(key),
            Body: Buffer.isBuffer(body) ? body : createReadStream(body.file),
            ContentLength: size,
            ContentType: contentType,
          }),
        )
      } catch (error) {
        throw unavailable(error)
      }
    },
    get: async (key, range) => {
      try {
        const answer = await client.send(
          new GetObjectCommand({ Bucket, Key: Key(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
        )
        const total = answer.ContentRange ? Number(answer.ContentRange.split('/')[1]) : Number(answer.ContentLength ?? 0)
        return { size: total, contentType: answer.ContentType, body: answer.Body as Readable }
      } catch (error) {
        if (missing(error)) return null
        throw unavailable(error)
      }
    },
    head,
    delete: async (key) => {
      await client.send(new DeleteObjectCommand({ Bucket, Key: Key(key) })).catch((error: unknown) => {
        throw unavailable(error)
      })
    },
    copy: async (from, to) => {
      const source = await head(from)
      if (!source) throw storageError('ENOENT', from)
      const CopySource = `${Bucket}/${Key(from).split('/').map(encodeURIComponent).join('/')}`
      try {
        if (source.size > singleCopyLimit) {
          await copyInParts({ client, Bucket, Key: Key(to), contentType: source.contentType, partSize: options.multipartPartSize, size: source.size }, CopySource)
          return
        }
        await client.send(new CopyObjectCommand({ Bucket, Key: Key(to), CopySource }))
      } catch (error) {
        if (missing(error)) throw storageError('ENOENT', from)
        throw unavailable(error)
      }
    },
    list: async (listPrefix) => {
      const keys: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await client
          .send(new ListObjectsV2Command({ Bucket, Prefix: Key(`${listPrefix.replace(/\/+$/, '')}/`), ContinuationToken }))
          .catch((error: unknown) => {
            throw unavailable(error)
          })
        for (const item of page.Contents ?? []) if (item.Key) keys.push(item.Key.slice(prefix.length))
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (ContinuationToken)
      return keys
    },
    signedUrl: async (key, { expiresIn, contentType, contentDisposition }) =>
      getSignedUrl(
        client,
        new GetObjectCommand({
          Bucket,
          Key: Key(key),
          ResponseContentType: contentType,
          ResponseContentDisposition: contentDisposition,
          ResponseCacheControl: 'private, no-store',
        }),
        { expiresIn },
      ),
    withLocalFile: async (key, work) => {
      const object = await storage.get(key)
      if (!object) throw storageError('ENOENT', key)
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-s3-'))
      const file = path.join(dir, path.posix.basename(key))
      try {
        await pipeline(object.body, createWriteStream(file))
        return await work(file)
      } finally {
        await fs.rm(dir, { recursive: true, force: true })
      }
    },
    probe: async () => {
      const key = `.health/${randomUUID()}`
      try {
        await client.send(new PutObjectCommand({ Bucket, Key: Key(key), Body: 'ok', ContentLength: 2 }))
        await client.send(new DeleteObjectCommand({ Bucket, Key: Key(key) }))
        return true
      } catch {
        return false
      }
    },
  }
  return storage
}

// The S3-compatible bucket for scripts/backup.mjs and scripts/restore.mjs: the same PREGONERO_S3_*
// reading as the plugin (src/defaults.ts, src/kernel/storage/s3.ts). Backup streams every object
// under the prefix into objects/<sha256> (content-addressed: a file's name is its hash); restore
// puts them back and reads each one back to compare its SHA-256.
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3'
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

export const OBJECTS_FOLDER = 'objects'
const MiB = 1024 * 1024

/** The bucket the environment selects (PREGONERO_S3_BUCKET), or null for the local media folder. */
export const s3Target = (env = process.env) => {
  if (!env.PREGONERO_S3_BUCKET) return null
  const endpoint = env.PREGONERO_S3_ENDPOINT || undefined
  return {
    bucket: env.PREGONERO_S3_BUCKET,
    // The plugin's part size (src/defaults.ts): objects above it are restored by multipart upload.
    partSize: Math.max((Number(env.PREGONERO_S3_MULTIPART_MB) || 64) * MiB, 5 * MiB),
    prefix: env.PREGONERO_S3_PREFIX ? `${env.PREGONERO_S3_PREFIX.replace(/\/+$/, '')}/` : '',
    client: new S3Client({
      region: env.PREGONERO_S3_REGION || 'us-east-1',
      endpoint,
      forcePathStyle: env.PREGONERO_S3_FORCE_PATH_STYLE ? env.PREGONERO_S3_FORCE_PATH_STYLE === 'true' : Boolean(endpoint),
      // The plugin's pair when set, else the AWS SDK's chain (AWS_*, a profile, the instance's role).
      credentials:
        env.PREGONERO_S3_ACCESS_KEY_ID && env.PREGONERO_S3_SECRET_ACCESS_KEY
          ? { accessKeyId: env.PREGONERO_S3_ACCESS_KEY_ID, secretAccessKey: env.PREGONERO_S3_SECRET_ACCESS_KEY, sessionToken: env.PREGONERO_S3_SESSION_TOKEN || undefined }
          : undefined,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }),
  }
}

const where = (target) => `s3://${target.bucket}/${target.prefix}`

const failed = (target, what, error) => new Error(`${what} ${where(target)} failed: ${error.name || 'error'} ${error.message || ''}`.trim())

/** Every key under the prefix (without the prefix), with its size. */
export const listObjects = async (target) => {
  const out = []
  let ContinuationToken
  do {
    const page = await target.client
      .send(new ListObjectsV2Command({ Bucket: target.bucket, Prefix: target.prefix || undefined, ContinuationToken }))
      .catch((error) => {
        throw failed(target, 'listing', error)
      })
    for (const item of page.Contents ?? []) if (item.Key) out.push({ key: item.Key.slice(target.prefix.length), size: Number(item.Size ?? 0) })
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (ContinuationToken)
  return out
}

/** Streams one object through SHA-256 into `file` (or nowhere); its size, hash and content type. */
const readObject = async (target, key, file) => {
  const answer = await target.client.send(new GetObjectCommand({ Bucket: target.bucket, Key: `${target.prefix}${key}` })).catch((error) => {
    throw failed(target, `reading ${key} from`, error)
  })
  const hash = createHash('sha256')
  let size = 0
  const measure = async function* (source) {
    for await (const chunk of source) {
      hash.update(chunk)
      size += chunk.length
      yield chunk
    }
  }
  const sink = file
    ? createWriteStream(file)
    : async (source) => {
        for await (const _ of source);
      }
  await pipeline(answer.Body, measure, sink)
  if (answer.ContentLength !== undefined && Number(answer.ContentLength) !== size) throw new Error(`${key}: ${size} bytes read, ${answer.ContentLength} announced (interrupted download)`)
  return { size, sha256: hash.digest('hex'), contentType: answer.ContentType }
}

/** A few at a time: a bucket answers better to several requests than to one. */
const eachLimited = async (items, limit, work) => {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++])
    }),
  )
}

/** Copies every object under the prefix into `folder`/objects; the manifest's entries. */
export const backupObjects = async (target, folder) => {
  const dir = path.join(folder, OBJECTS_FOLDER)
  await fs.mkdir(dir, { recursive: true })
  const listed = await listObjects(target)
  const entries = []
  let n = 0
  await eachLimited(listed, 4, async ({ key }) => {
    const incoming = path.join(dir, `.incoming-${n++}`)
    const read = await readObject(target, key, incoming)
    const file = `${OBJECTS_FOLDER}/${read.sha256}`
    // Content-addressed: equal contents are one file.
    await fs.rename(incoming, path.join(folder, file))
    entries.push({ key, file, size: read.size, sha256: read.sha256, ...(read.contentType ? { contentType: read.contentType } : {}) })
  })
  return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/**
 * Writes a file of the backup as one object: one PUT up to the part size, a multipart upload above
 * it (a single PUT stops at 5 GiB; an audiovisual master is often more). Parts are never more than
 * 10 000 (grown when needed), a few in flight; a failed upload is aborted before the error is thrown.
 */
const putFile = async (target, Key, file, size, ContentType) => {
  const { client, bucket: Bucket } = target
  if (size <= target.partSize) {
    await client.send(new PutObjectCommand({ Bucket, Key, Body: createReadStream(file), ContentLength: size, ContentType }))
    return
  }
  const length = Math.max(target.partSize, Math.ceil(size / 10_000))
  const parts = []
  for (let start = 0; start < size; start += length) parts.push({ PartNumber: parts.length + 1, start, end: Math.min(start + length, size) - 1 })
  const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket, Key, ContentType }))
  try {
    const done = []
    await eachLimited(parts, 4, async ({ PartNumber, start, end }) => {
      const Body = createReadStream(file, { start, end })
      const { ETag } = await client.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber, Body, ContentLength: end - start + 1 }))
      done[PartNumber - 1] = { PartNumber, ETag }
    })
    await client.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: done } }))
  } catch (error) {
    await client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId })).catch(() => undefined)
    throw error
  }
}

/** Puts each object back under the target's prefix, then reads it back and compares its SHA-256. */
export const restoreObjects = async (target, folder, entries) => {
  await eachLimited(entries, 4, async (entry) => {
    const Key = `${target.prefix}${entry.key}`
    await putFile(target, Key, path.join(folder, entry.file), entry.size, entry.contentType).catch((error) => {
      throw failed(target, `writing ${entry.key} to`, error)
    })
    const back = await readObject(target, entry.key)
    if (back.sha256 !== entry.sha256) throw new Error(`${entry.key}: the bucket holds different bytes than the backup after the write (SHA-256 ${back.sha256}, expected ${entry.sha256})`)
  })
}

/** Removes the keys (the restore's --force: objects the backup does not have). */
export const deleteObjects = async (target, keys) => {
  await eachLimited(keys, 4, async (key) => {
    await target.client.send(new DeleteObjectCommand({ Bucket: target.bucket, Key: `${target.prefix}${key}` })).catch((error) => {
      throw failed(target, `deleting ${key} from`, error)
    })
  })
}

export const describeTarget = where

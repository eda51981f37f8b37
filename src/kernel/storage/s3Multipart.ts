import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  type S3Client,
  UploadPartCommand,
  UploadPartCopyCommand,
} from '@aws-sdk/client-s3'
import { createReadStream } from 'node:fs'

import type { PutBody } from './types.js'

const MiB = 1024 * 1024

/** S3's rules for a multipart object: parts of 5 MiB at least (except the last), 10 000 parts at most. */
export const MIN_PART_SIZE = 5 * MiB
export const MAX_PARTS = 10_000
/** CopyObject's (and a single PUT's) own limit on S3: a larger object is copied by parts. */
export const SINGLE_REQUEST_LIMIT = 5 * 1024 * MiB
/** Parts in flight at once: enough to fill a link, few enough for a 2-core server's sockets. */
const PARALLEL_PARTS = 4

export type Part = { number: number; start: number; end: number }

/**
 * The byte ranges (inclusive) of an object of `size` bytes: parts of `partSize` (never under 5 MiB),
 * grown when needed so that the object never needs more than 10 000 parts.
 */
export const planParts = (size: number, partSize: number): Part[] => {
  const length = Math.max(partSize, MIN_PART_SIZE, Math.ceil(size / MAX_PARTS))
  const parts: Part[] = []
  for (let start = 0, number = 1; start < size; start += length, number++) parts.push({ number, start, end: Math.min(start + length, size) - 1 })
  return parts
}

type Target = { client: S3Client; Bucket: string; Key: string; contentType?: string; partSize: number; size: number }

/**
 * Runs `send` for every part, a few at a time, between CreateMultipartUpload and
 * CompleteMultipartUpload. On any failure the parts in flight are cancelled and awaited, then the
 * upload is aborted (S3 bills stored parts until then), and the first error is thrown.
 */
const inParts = async (
  { client, Bucket, Key, contentType, partSize, size }: Target,
  send: (part: Part, UploadId: string, abortSignal: AbortSignal) => Promise<string | undefined>,
): Promise<void> => {
  const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket, Key, ContentType: contentType }))
  if (!UploadId) throw new Error('storage: CreateMultipartUpload answered no UploadId')
  const parts = planParts(size, partSize)
  const etags: string[] = []
  const cancel = new AbortController()
  let next = 0
  let failure: unknown
  const worker = async () => {
    while (!failure && next < parts.length) {
      const part = parts[next++]!
      try {
        const ETag = await send(part, UploadId, cancel.signal)
        if (!ETag) throw new Error(`storage: part ${part.number} answered no ETag`)
        etags[part.number - 1] = ETag
      } catch (error) {
        failure ??= error
        cancel.abort()
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_PARTS, parts.length) }, worker))
  if (!failure) {
    try {
      await client.send(
        new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: etags.map((ETag, index) => ({ ETag, PartNumber: index + 1 })) } }),
      )
      return
    } catch (error) {
      failure = error
    }
  }
  // The abort's own failure (the store unreachable) is secondary: the bucket's lifecycle rule
  // (docs/deploy.md) removes what it leaves; the caller learns of the first error.
  await client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId })).catch(() => undefined)
  throw failure
}

/** Stores `body` (bytes, or the spooled file read by byte ranges) as a multipart upload. */
export const uploadInParts = (target: Target, body: PutBody): Promise<void> =>
  inParts(target, async (part, UploadId, abortSignal) => {
    const answer = await target.client.send(
      new UploadPartCommand({
        Bucket: target.Bucket,
        Key: target.Key,
        UploadId,
        PartNumber: part.number,
        ContentLength: part.end - part.start + 1,
        Body: Buffer.isBuffer(body) ? body.subarray(part.start, part.end + 1) : createReadStream(body.file, { start: part.start, end: part.end }),
      }),
      { abortSignal },
    )
    return answer.ETag
  })

/** Copies `CopySource` (already `bucket/encoded-key`) server-side by byte ranges (UploadPartCopy). */
export const copyInParts = (target: Target, CopySource: string): Promise<void> =>
  inParts(target, async (part, UploadId, abortSignal) => {
    const answer = await target.client.send(
      new UploadPartCopyCommand({
        Bucket: target.Bucket,
        Key: target.Key,
        UploadId,
        PartNumber: part.number,
        CopySource,
        CopySourceRange: `bytes=${part.start}-${part.end}`,
      }),
      { abortSignal },
    )
    return answer.CopyPartResult?.ETag
  })

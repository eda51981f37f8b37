import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { REST_POST } from '@payloadcms/next/routes'
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { TestUser } from './fixtures.js'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { ffmpeg, noise, picture, tone } from '../../helpers/ffmpeg.js'
import { TEST_PASSWORD } from '../../helpers/fixtures.js'
import { assetData, fileOf, makeUsers } from './fixtures.js'

jest.setTimeout(180_000)

type Expected = { mimeType: string; durationSeconds: number; sampleRate?: number; channels?: number; bitsPerSample?: number | null; capturedAt?: string }
type Sample = { name: string; type: string; kind: 'audio' | 'video'; args: (variant: number) => string[]; expected: Expected }

const CREATED = '2026-04-20T15:30:00.000Z'
const created = ['-metadata', `creation_time=${CREATED}`]
/** Variant 0 and 1 differ in tone and picture size (noise is random): the same bytes twice would be a refused duplicate. */
const hz = (variant: number) => 440 + 220 * variant
const size = (variant: number): [number, number] => [64 + 16 * variant, 48 + 12 * variant]

/** What the archive accepts and now measures (MP4 was measured before: kept as a guard). */
const SAMPLES: Sample[] = [
  { name: 'cuña.mp3', type: 'audio/mpeg', kind: 'audio', args: (v) => [...tone(2.5, hz(v)), '-c:a', 'libmp3lame', '-b:a', '64k'],
    expected: { mimeType: 'audio/mpeg', durationSeconds: 2.5, sampleRate: 44_100, channels: 1, bitsPerSample: null } },
  { name: 'boletín.ogg', type: 'audio/ogg', kind: 'audio', args: (v) => [...tone(2.5, hz(v)), '-c:a', 'libvorbis'],
    expected: { mimeType: 'audio/ogg', durationSeconds: 2.5, sampleRate: 44_100, channels: 1 } },
  // 30 s of noise: hundreds of Ogg pages, so the length is only on a page far from the headers.
  { name: 'rueda-de-prensa.ogg', type: 'audio/ogg', kind: 'audio', args: () => [...noise(30), '-c:a', 'libvorbis'],
    expected: { mimeType: 'audio/ogg', durationSeconds: 30, sampleRate: 44_100, channels: 1 } },
  { name: 'mensaje-de-voz.ogg', type: 'audio/ogg', kind: 'audio', args: (v) => [...tone(2.5, hz(v), 48_000), '-c:a', 'libopus'],
    expected: { mimeType: 'audio/ogg', durationSeconds: 2.5, sampleRate: 48_000, channels: 1 } },
  { name: 'himno.flac', type: 'audio/flac', kind: 'audio', args: (v) => [...tone(2.5, hz(v)), '-c:a', 'flac', '-sample_fmt', 's16'],
    expected: { mimeType: 'audio/flac', durationSeconds: 2.5, sampleRate: 44_100, channels: 1, bitsPerSample: 16 } },
  { name: 'clip.webm', type: 'video/webm', kind: 'video', args: (v) => [...picture(3, ...size(v)), ...tone(3, hz(v)), '-c:v', 'libvpx', '-c:a', 'libvorbis', '-shortest'],
    expected: { mimeType: 'video/webm', durationSeconds: 3, sampleRate: 44_100, channels: 1 } },
  { name: 'transmisión.mkv', type: 'video/x-matroska', kind: 'video', args: (v) => [...picture(3, ...size(v)), ...tone(3, hz(v)), '-c:v', 'mpeg4', '-c:a', 'flac', '-shortest'],
    expected: { mimeType: 'video/x-matroska', durationSeconds: 3, sampleRate: 44_100, channels: 1 } },
  { name: 'entrevista.mp4', type: 'video/mp4', kind: 'video', args: (v) => [...picture(3, ...size(v)), ...tone(3, hz(v)), '-c:v', 'mpeg4', '-c:a', 'aac', '-shortest', ...created],
    expected: { mimeType: 'video/mp4', durationSeconds: 3, sampleRate: 44_100, capturedAt: CREATED } },
  // No audio track: the length is the movie header's (music-metadata reads MP4 lengths from audio tracks).
  { name: 'b-roll.mp4', type: 'video/mp4', kind: 'video', args: (v) => [...picture(3, ...size(v)), '-c:v', 'mpeg4', ...created],
    expected: { mimeType: 'video/mp4', durationSeconds: 3, capturedAt: CREATED } },
]

const checkAsset = (asset: any, bytes: Buffer, { mimeType, durationSeconds, capturedAt, ...technical }: Expected) => {
  expect(asset.mimeType).toBe(mimeType)
  expect(asset.sha256).toBe(crypto.createHash('sha256').update(bytes).digest('hex'))
  // within 50 ms: an MP3 carries the encoder's padding frames, a WebM ends on its last video frame
  expect(Math.abs(asset.media.durationSeconds - durationSeconds)).toBeLessThan(0.05)
  expect(asset.media).toMatchObject(technical)
  if (capturedAt) expect(asset.capturedAt).toBe(capturedAt)
}

describe('archive: audio and video files encoded by ffmpeg get their duration and technical data (music-metadata)', () => {
  let app: Booted
  let payload: Payload
  let users: Record<string, TestUser>
  let dir: string
  const files: Record<string, Buffer[]> = {}

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-media-'))
    for (const sample of SAMPLES) {
      files[sample.name] = [await ffmpeg(dir, `0-${sample.name}`, sample.args(0)), await ffmpeg(dir, `1-${sample.name}`, sample.args(1))]
    }
    app = await bootPayload()
    payload = app.payload
    users = await makeUsers(payload)
  }, 240_000)
  afterAll(async () => {
    await app.close()
    await fs.rm(dir, { recursive: true, force: true })
  })

  it.each(SAMPLES.map((sample) => [sample.name, sample] as const))('%s through the Local API (the upload in memory)', async (_name, sample) => {
    const bytes = files[sample.name]![0]!
    const asset = await payload.create({
      collection: 'archive-assets',
      data: assetData({ title: sample.name, kind: sample.kind }) as never,
      file: fileOf(bytes, sample.name, sample.type),
      user: users.producer,
      overrideAccess: false,
    })
    checkAsset(asset, bytes, sample.expected)
  })

  it('every format over REST multipart (the upload spooled to a temp file, read by path)', async () => {
    const login = await payload.login({ collection: 'users', data: { email: users.producer!.email, password: TEST_PASSWORD } })
    for (const sample of SAMPLES) {
      const bytes = files[sample.name]![1]!
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(bytes)], { type: sample.type }), sample.name)
      form.append('_payload', JSON.stringify(assetData({ title: sample.name, kind: sample.kind })))
      const response = await REST_POST(payload.config)(
        new Request('http://localhost:3000/api/archive-assets', { method: 'POST', headers: { Authorization: `JWT ${login.token}` }, body: form }),
        { params: Promise.resolve({ slug: ['archive-assets'] }) },
      )
      const body = await response.json()
      expect({ name: sample.name, status: response.status }).toEqual({ name: sample.name, status: 201 })
      checkAsset(body.doc, bytes, sample.expected)
    }
  })
})

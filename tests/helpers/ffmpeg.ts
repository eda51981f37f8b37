import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Real audio and video files, encoded at test time by Debian's ffmpeg (`apt-get install ffmpeg`;
 * .ci/run installs it) from its own test sources (`sine`, `anoisesrc`, `testsrc`): nothing is
 * downloaded. Fails loudly when ffmpeg is missing rather than skipping.
 */
export const ffmpeg = async (dir: string, name: string, args: string[]): Promise<Buffer> => {
  const out = path.join(dir, name)
  try {
    await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args, out])
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'ffmpeg is not installed (apt-get install ffmpeg)' : String(error)
    throw new Error(`could not make ${name}: ${reason}`)
  }
  return fs.readFile(out)
}

/** `seconds` of a sine tone (mono) at `sampleRate`, as lavfi input arguments. */
export const tone = (seconds: number, frequency = 440, sampleRate = 44_100): string[] => [
  '-f', 'lavfi', '-i', `sine=frequency=${frequency}:duration=${seconds}:sample_rate=${sampleRate}`,
]

/** `seconds` of white noise (mono; it does not compress, so the file has many pages/frames). */
export const noise = (seconds: number, sampleRate = 44_100): string[] => [
  '-f', 'lavfi', '-i', `anoisesrc=duration=${seconds}:sample_rate=${sampleRate}:amplitude=0.3`,
]

/** `seconds` of ffmpeg's test picture at 10 fps, `width`×`height`. */
export const picture = (seconds: number, width = 64, height = 48): string[] => [
  '-f', 'lavfi', '-i', `testsrc=size=${width}x${height}:rate=10:duration=${seconds}`,
]

import { spawn } from 'node:child_process'
import path from 'node:path'

export type ScriptRun = { status: number | null; stdout: string; stderr: string }

/**
 * Runs `scripts/<script>` in a node process of its own, without blocking this one (a test's s3rver
 * answers from this process, so a synchronous spawn would deadlock against it).
 */
export const runScript = (script: string, args: string[], env: Record<string, string>): Promise<ScriptRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve('scripts', script), ...args], { env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })

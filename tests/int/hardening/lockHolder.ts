import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..', '..', '..')

/**
 * Another PROCESS holding the SQLite write lock of `file` (BEGIN IMMEDIATE, one write, not
 * committed) until `release()` (rollback) — what a long migration, a seed or a second app
 * instance writing the same file looks like to this one.
 */
export const holdWriteLock = async (file: string) => {
  const script = `
    import { createClient } from '@libsql/client'
    const client = createClient({ url: ${JSON.stringify(`file:${file}`)} })
    const tx = await client.transaction('write')
    await tx.execute("CREATE TABLE IF NOT EXISTS _lock_holder (x integer)")
    await tx.execute("INSERT INTO _lock_holder VALUES (1)")
    process.stdout.write('LOCKED\\n')
    process.stdin.on('data', async () => { await tx.rollback(); client.close(); process.stdout.write('RELEASED\\n'); process.exit(0) })
  `
  const child: ChildProcess = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] })
  let output = ''
  child.stderr!.on('data', (chunk) => (output += chunk))
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk
      if (output.includes('LOCKED')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`lock holder exited (${code}): ${output}`)))
  })
  return {
    release: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.stdin!.write('go\n')
      }),
  }
}

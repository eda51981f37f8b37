/**
 * The proof that Pregonero is a plugin (issue 14, item 6): `npm pack` of this repository is
 * installed into a minimal, separate Payload app (tests/host-app: its own config, its own users
 * collection, its own `eventos` collection with its own rules), following the README's
 * installation steps: install the tarball, generate the import map and the migrations, migrate,
 * build, start. Then, in Chromium: the first account is created, a department and a request are
 * filed, the request moves through one transition and its timeline shows it; and the host's own
 * collection keeps the rules the host gave it.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'

import { openBrowser, screenshot } from '../helpers/browser.js'
import { chooseOption, currentState, openAdmin, transition } from './support/journey.js'
import { freePort, probe } from '../helpers/ports.js'

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..', '..')
const PASSWORD = 'Clave-segura-del-host-2026'

/** The versions the host installs: the ones this repository is tested with (package-lock.json). */
const lockedVersion = async (name: string): Promise<string> => {
  const lock = JSON.parse(await fs.readFile(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> }
  const version = lock.packages[`node_modules/${name}`]?.version
  if (!version) throw new Error(`${name} is not in package-lock.json`)
  return `${name}@${version}`
}
const HOST_PACKAGES = [
  'payload', '@payloadcms/next', '@payloadcms/ui', '@payloadcms/richtext-lexical', '@payloadcms/translations', '@payloadcms/db-sqlite',
  'next', 'react', 'react-dom', 'sharp', 'graphql', 'typescript', '@types/react', '@types/node',
]

/** Runs a command to its end without blocking this process's event loop; rejects on a non-zero exit. */
const run = (command: string, args: string[], options: { cwd: string; env?: Record<string, string>; timeout?: number }) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env } })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 600_000)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve(output)
      else reject(new Error(`${command} ${args.join(' ')} ended with ${code ?? signal}:\n${output.slice(-4000)}`))
    })
  })

/** Waits for a saved document's URL; when the save is refused, fails with what the form says. */
const savedAt = async (page: Page, saved: RegExp, refusedScreen: string) =>
  page.waitForURL(saved, { timeout: 30_000 }).catch(async (error: unknown) => {
    await screenshot(page, refusedScreen)
    const toasts = await page.locator('.payload-toast-item, [data-sonner-toast]').allInnerTexts()
    throw new Error(`${String(error)}\n${toasts.join('\n')}\n${(await page.locator('form').first().innerText()).slice(0, 2000)}`)
  })

let work: string
let host: string
let url: string
let server: ReturnType<typeof spawn> | undefined
let serverOutput = ''
let browser: Awaited<ReturnType<typeof openBrowser>>
let page: Page

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-host-'))
  host = path.join(work, 'host')
  // 1. The package as npm would publish it (prepack builds dist/).
  await run('npm', ['pack', '--pack-destination', work], { cwd: root, timeout: 300_000 })
  const tarball = path.join(work, (await fs.readdir(work)).find((name) => name.endsWith('.tgz'))!)
  // 2. A separate app: a copy of tests/host-app, its dependencies and the tarball installed.
  await fs.cp(path.join(root, 'tests', 'host-app'), host, { recursive: true })
  const versions = await Promise.all(HOST_PACKAGES.map(lockedVersion))
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...versions, tarball], { cwd: host, timeout: 600_000 })
  // 3. The README's steps: import map, migrations, build.
  const cli = path.join(host, 'node_modules', '.bin', 'payload')
  // Every process that boots Payload starts with the plugin's preload (README, Troubleshooting).
  const env = {
    DATABASE_URI: `file:${path.join(work, 'host.db')}`,
    PAYLOAD_SECRET: 'host-app-secret',
    NODE_OPTIONS: '--no-deprecation --import pregonero/preload',
  }
  await run(cli, ['generate:importmap'], { cwd: host, env })
  await run(cli, ['migrate:create', 'initial', '--force-accept-warning'], { cwd: host, env })
  await run(cli, ['migrate'], { cwd: host, env })
  await run(path.join(host, 'node_modules', '.bin', 'next'), ['build', '--webpack'], { cwd: host, env, timeout: 600_000 })
  // 4. Started on its own database.
  const port = await freePort()
  url = `http://127.0.0.1:${port}`
  server = spawn(path.join(host, 'node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: host,
    env: { ...process.env, ...env, NODE_ENV: 'production', PAYLOAD_PUBLIC_SERVER_URL: url, NEXT_TELEMETRY_DISABLED: '1' },
  })
  server.stdout?.on('data', (chunk) => (serverOutput += chunk))
  server.stderr?.on('data', (chunk) => (serverOutput += chunk))
  for (const started = Date.now(); ; ) {
    if (((await probe(`${url}/api/users/me`)) ?? 500) < 500) break
    if (server.exitCode !== null || Date.now() - started > 60_000) throw new Error(`the host app did not start:\n${serverOutput}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  browser = await openBrowser('es-CO')
  page = browser.page
}, 1_200_000)

afterAll(async () => {
  await browser?.close()
  if (server && server.exitCode === null) {
    server.kill('SIGTERM')
    await new Promise((resolve) => server!.once('exit', resolve))
  }
  if (work) await fs.rm(work, { recursive: true, force: true })
})

it('the import map of the host reaches the components through the package entry points', async () => {
  const importMap = await fs.readFile(path.join(host, 'app', '(payload)', 'admin', 'importMap.js'), 'utf8')
  expect(importMap).toMatch(/from 'pregonero\/client'/)
  expect(importMap).toMatch(/from 'pregonero\/rsc'/)
  // Every module it imports exists in the host.
  for (const [, specifier] of importMap.matchAll(/from '([^']+)'/g)) {
    await expect(run(process.execPath, ['--input-type=module', '-e', `await import.meta.resolve(${JSON.stringify(specifier)})`], { cwd: host })).resolves.toBeDefined()
  }
})

it('the first account, a department and a request filed in the admin; one transition; the timeline shows it', async () => {
  await page.goto(`${url}/admin`)
  await page.waitForURL(/create-first-user/, { timeout: 60_000 })
  // Typing before React has hydrated the form is lost (a loaded CI machine): wait until it is live.
  await page.waitForSelector('#field-email', { timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await page.fill('#field-email', 'admin@ejemplo.gov.co')
  await page.fill('#field-password', PASSWORD)
  await page.fill('#field-confirm-password', PASSWORD)
  await page.fill('#field-name', 'Ana Administradora')
  await page.click('button[type="submit"]')
  await page
    .waitForURL((current) => !current.pathname.includes('create-first-user'), { timeout: 60_000 })
    .catch(async (error: unknown) => {
      // What the form says when the first account is refused (the only way to see why).
      await screenshot(page, 'host-app-first-user-refused-es')
      throw new Error(`${String(error)}\n${(await page.locator('form').innerText()).slice(0, 2000)}`)
    })

  await openAdmin(page, `${url}/admin/collections/departments/create`, '#field-name')
  await page.fill('#field-name', 'Secretaría de Cultura')
  await page.fill('#field-code', 'CUL')
  await page.getByRole('button', { name: /^Guardar$/ }).first().click()
  await savedAt(page, /\/departments\/\d+$/, 'host-app-department-refused-es')

  await openAdmin(page, `${url}/admin/collections/communication-requests/create`, '#field-title')
  await page.fill('#field-title', 'Concierto en la plaza')
  await chooseOption(page, '#field-department', 'Secretaría de Cultura')
  await page.getByRole('button', { name: /Añadir Producto/ }).first().click()
  await chooseOption(page, '#field-products__0__type', 'Noticia')
  await page.fill('#field-description', 'Cubrimiento del concierto del sábado.')
  await page.getByRole('button', { name: /^Guardar$/ }).first().click()
  await savedAt(page, /\/communication-requests\/\d+$/, 'host-app-request-refused-es')
  await page.waitForSelector('.pregonero-transitions strong')
  expect(await currentState(page)).toBe('Radicada')

  await transition(page, /Aceptar y asignar/, /^Aceptada$/)
  await page.waitForSelector('.pregonero-timeline li')
  await expect(page.locator('.pregonero-timeline').innerText()).resolves.toMatch(/Radicada → Aceptada/)
  await screenshot(page, 'host-app-request-accepted-es')
}, 240_000)

it("the host's own collection keeps its own rules", async () => {
  const anonymousRead = await fetch(`${url}/api/eventos`)
  expect(anonymousRead.status).toBe(200)
  const anonymousWrite = await fetch(`${url}/api/eventos`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ nombre: 'Feria' }) })
  expect(anonymousWrite.status).toBe(403)
  // Even the plugin's administrator: the host said nobody writes over the API.
  const login = (await (await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@ejemplo.gov.co', password: PASSWORD }) })).json()) as { token: string }
  const adminWrite = await fetch(`${url}/api/eventos`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${login.token}` }, body: JSON.stringify({ nombre: 'Feria' }) })
  expect(adminWrite.status).toBe(403)
  // And the host's own user field is still there, beside the plugin's roles.
  const me = (await (await fetch(`${url}/api/users/me`, { headers: { Authorization: `JWT ${login.token}` } })).json()) as { user: Record<string, unknown> }
  expect(me.user).toHaveProperty('roles', ['admin'])
  expect(Object.keys(me.user)).toEqual(expect.arrayContaining(['email', 'name', 'roles']))
  const fields = await (await fetch(`${url}/api/users/${me.user.id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${login.token}` }, body: JSON.stringify({ cargo: 'Jefa de prensa' }) })).json() as { doc?: { cargo?: string } }
  expect(fields.doc?.cargo).toBe('Jefa de prensa')
})

it('a host on another database never loads the SQLite adapter through the plugin', async () => {
  const loaded = path.join(work, 'loaded.txt')
  const hook = `data:text/javascript,${encodeURIComponent(`
    import fs from 'node:fs'
    export async function resolve(specifier, context, next) {
      const result = await next(specifier, context)
      fs.appendFileSync(${JSON.stringify(loaded)}, result.url + '\\n')
      return result
    }`)}`
  const script = `
    import { register } from 'node:module'
    register(${JSON.stringify(hook)})
    const { pregonero } = await import('pregonero')
    const { pregoneroPlatform } = await import('pregonero/platform')
    pregoneroPlatform()(pregonero()({ secret: 'x', db: {}, collections: [] }))
  `
  await run(process.execPath, ['--input-type=module', '-e', script], { cwd: host })
  const urls = await fs.readFile(loaded, 'utf8')
  expect(urls).toMatch(/node_modules\/pregonero\/dist\/src\/index\.js/)
  expect(urls).not.toMatch(/db-sqlite|@libsql|libsql/)
})

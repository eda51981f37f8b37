import fs from 'node:fs'
import path from 'node:path'

import { PREGONERO_VERSION } from './version.js'

describe('PREGONERO_VERSION', () => {
  it('is the version in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), 'package.json'), 'utf8')) as { version: string }
    expect(PREGONERO_VERSION).toBe(pkg.version)
  })
})

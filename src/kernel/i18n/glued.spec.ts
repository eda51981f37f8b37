import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

import { gluedLiterals, isGlued } from './glued.js'

const ROOT = join(import.meta.dirname, '..', '..', '..')

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return ['node_modules', 'migrations', '.next', 'generated'].includes(name) ? [] : sources(path)
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) && name !== 'payload-types.ts' ? [path] : []
  })

describe('messages are one language per reader, never "es / en" glued', () => {
  it('tells a glued message from a slash between Spanish words or in a formula', () => {
    expect(isGlued('Inicie sesión / sign in')).toBe(true)
    expect(isGlued('at: fecha inválida (ISO 8601) / at: invalid date')).toBe(true)
    expect(isGlued('Servidor ocupado: X; reintente en X s / Server busy: retry in X s')).toBe(true)
    expect(isGlued('Titular / portada')).toBe(false)
    expect(isGlued('Comunicados publicados en el periodo con al menos una mención / comunicados publicados.')).toBe(false)
    expect(isGlued('Periodista / editor')).toBe(false)
  })

  it('no source file of the plugin or the reference app glues a message (every glued one was converted, issue 15 item 7)', () => {
    const found: Record<string, number> = {}
    for (const dir of ['src', 'collections', 'hooks', 'dev']) {
      for (const file of sources(join(ROOT, dir))) {
        const glued = gluedLiterals(readFileSync(file, 'utf8'))
        if (glued.length) found[relative(ROOT, file)] = glued.length
      }
    }
    expect(found).toEqual({})
  })
})

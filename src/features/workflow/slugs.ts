import { foldText } from '../../kernel/accents.js'

/** A public address segment: lower case, no accents, words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX = 80

/** "Feria de Empleo: ¡Nariño 2026!" → "feria-de-empleo-narino-2026" (accent-folded, at most 80 characters). */
export const slugify = (text: string): string =>
  foldText(text.normalize('NFKD'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX)
    .replace(/-+$/, '')

/** The first of `base`, `base-2`, `base-3`… that `taken` does not hold. */
export const firstFree = async (base: string, taken: (candidate: string) => Promise<boolean>): Promise<string> => {
  const root = base || 'contenido'
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `-${n}`
    const candidate = `${root.slice(0, MAX - suffix.length).replace(/-+$/, '')}${suffix}`
    if (!(await taken(candidate))) return candidate
  }
}

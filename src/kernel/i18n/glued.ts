/**
 * Finds messages glued as "Spanish / English" in source text (issue 15, item 7: one language per
 * reader). A string literal is glued when a " / " separates a Spanish half from an English half;
 * a "/" between two Spanish words ("Titular / portada") or in a formula is not.
 */
const SPANISH = /[áéíóúñ¿¡]|\b(?:el|la|los|las|un|una|del|de|debe|no|se|sin|con|por|para|está|ya|falta|requiere|solo|fecha|archivo|inválid[ao]|vacío|en|que|su|al|es|servidor|reintente|intente)\b/i
const ENGLISH =
  /\b(?:the|must|is|are|not|required|sign|only|your|invalid|missing|empty|expected|may|cannot|does|retry|failed|authentication|was|were|has|have|be|of|already|unknown|too|larger|than|below|overdue|pending|expired|settled|without|checked|generic|daily|template|totals|passing|front page|forbidden|got|nothing|saved|record(?:ed)?|rows?|line|other|values|same|text|number|list|options?|storage|could|written|related|document|exist|requests?|waited|queue|server|busy)\b/i

/** The string literals of a TypeScript source ('…', "…", `…` without their ${} parts), roughly. */
const literals = (source: string): Array<{ text: string; line: number }> => {
  const found: Array<{ text: string; line: number }> = []
  const pattern = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g
  // Comments are not messages.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, (c, lead: string) => lead + ' '.repeat(c.length - lead.length))
  for (const match of code.matchAll(pattern)) {
    const line = code.slice(0, match.index).split('\n').length
    found.push({ text: match[0].slice(1, -1).replace(/\$\{[^}]*\}/g, 'X'), line })
  }
  return found
}

/** Whether a text reads as a Spanish half and an English half joined by " / ". */
export const isGlued = (text: string): boolean => {
  const parts = text.split(' / ')
  for (let i = 1; i < parts.length; i++) {
    const before = parts.slice(0, i).join(' / ')
    const after = parts.slice(i).join(' / ')
    if (SPANISH.test(before) && ENGLISH.test(after) && !SPANISH.test(after.split(/[.;:(]/)[0] ?? '')) return true
  }
  return false
}

/** The glued literals of one source file, with their line numbers. */
export const gluedLiterals = (source: string): Array<{ text: string; line: number }> => literals(source).filter((l) => isGlued(l.text))

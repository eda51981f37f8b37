/**
 * Text without diacritics ("Nariño" → "Narino", "Concepción" → "Concepcion"): canonical
 * decomposition (NFD), then every combining mark dropped. `compatibility` also turns compatibility
 * characters into plain ones (NFKD: "1º" → "1o", "ﬁ" → "fi"), for file names; keys stored in the
 * database (a mention's key) keep the canonical form, so they read the same as before.
 */
export const stripAccents = (text: string, { compatibility = false }: { compatibility?: boolean } = {}): string =>
  text.normalize(compatibility ? 'NFKD' : 'NFD').replace(/\p{M}/gu, '')

/** Lower case without diacritics: how names, headers and terms are compared ("Nariño" = "narino"). */
export const foldText = (text: string): string => stripAccents(text).toLowerCase()

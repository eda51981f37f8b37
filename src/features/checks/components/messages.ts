/**
 * The checks' messages are bilingual, "regla en español / rule in English" (src/features/checks/): the half
 * in the user's language. A message without the separator is returned whole; a title quoted on
 * both sides that itself contains " / " keeps the halves balanced (the split is in the middle).
 */
export const messageIn = (message: string, lang: 'en' | 'es'): string => {
  const parts = message.split(' / ')
  if (parts.length < 2 || parts.length % 2 !== 0) return message
  const half = parts.length / 2
  return (lang === 'es' ? parts.slice(0, half) : parts.slice(half)).join(' / ').trim()
}

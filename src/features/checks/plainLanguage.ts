import type { CheckResult } from './types.js'

import { type CheckMessage, keyedResult } from './keyed.js'

const VOWELS = 'aeiouáéíóúü'
const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú'])

/**
 * Spanish syllables of a word: one per vowel group, plus one for each hiatus inside a group
 * (two strong vowels together, or an accented í/ú next to a vowel). Good enough for readability.
 */
export const countSyllables = (word: string): number => {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '')
  if (!w) return 0
  let count = 0
  let previous = ''
  for (const char of w) {
    const isVowel = VOWELS.includes(char)
    if (isVowel) {
      if (!previous) count++
      else if (STRONG.has(char) && STRONG.has(previous)) count++
      previous = char
    } else {
      previous = ''
    }
  }
  // "que", "qui", "gue", "gui": the u is silent, already handled (u is weak). Minimum one.
  return Math.max(1, count)
}

export const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s))

export const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? []

/** Fernández-Huerta (1959): 206.84 − 0.60·P − 1.02·F (P syllables, F sentences, per 100 words). */
export const fernandezHuerta = (text: string): number | null => {
  const words = wordsOf(text)
  if (words.length === 0) return null
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0)
  const sentences = Math.max(1, sentencesOf(text).length)
  const P = (syllables / words.length) * 100
  const F = (sentences / words.length) * 100
  return Math.round((206.84 - 0.6 * P - 1.02 * F) * 10) / 10
}

export const readabilityLevel = (score: number): { es: string; en: string } =>
  score >= 90 ? { es: 'muy fácil', en: 'very easy' }
  : score >= 80 ? { es: 'fácil', en: 'easy' }
  : score >= 70 ? { es: 'algo fácil', en: 'fairly easy' }
  : score >= 60 ? { es: 'normal', en: 'standard' }
  : score >= 50 ? { es: 'algo difícil', en: 'fairly difficult' }
  : score >= 30 ? { es: 'difícil', en: 'difficult' }
  : { es: 'muy difícil', en: 'very difficult' }

const ROMAN = /^[IVXLCDM]+$/

/** Acronyms (2–6 capitals) never explained as "Nombre completo (SIGLA)" or "SIGLA (nombre completo)". */
export const unexplainedAcronyms = (text: string): string[] => {
  const found = new Set(text.match(/\b[A-ZÁÉÍÓÚÑ]{2,6}\b/g) ?? [])
  return [...found].filter(
    (acronym) => !ROMAN.test(acronym) && !text.includes(`(${acronym})`) && !new RegExp(`\\b${acronym}\\s*\\(`).test(text),
  )
}

/**
 * C.5 Plain-language hints (DNP's clear-language guide): sentences over `maxWords` words,
 * unexplained acronyms and the Fernández-Huerta score. Informative only: never blocks. Pure.
 */
export const checkPlainLanguage = (text: string, maxWords = 20): CheckResult => {
  const words = wordsOf(text)
  if (words.length === 0) return { check: 'plainLanguage', status: 'not-applicable', messages: [] }
  const score = fernandezHuerta(text)!
  const level = readabilityLevel(score)
  const long = sentencesOf(text).filter((s) => wordsOf(s).length > maxWords)
  const acronyms = unexplainedAcronyms(text)
  const messages: CheckMessage[] = [{ key: 'checkReadability', vars: { score, levelEs: level.es, levelEn: level.en } }]
  for (const sentence of long) {
    messages.push({
      key: 'checkLongSentence',
      vars: { words: wordsOf(sentence).length, max: maxWords, sentence: `${sentence.slice(0, 80)}${sentence.length > 80 ? '…' : ''}` },
    })
  }
  for (const acronym of acronyms) {
    messages.push({ key: 'checkAcronym', vars: { acronym } })
  }
  return keyedResult('plainLanguage', 'info', messages, { score, level: level.es, words: words.length, longSentences: long.length, acronyms })
}

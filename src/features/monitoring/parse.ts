import { isDay } from './days.js'
import { normalizeText } from './keys.js'

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, ene: 1, enero: 1,
  feb: 2, february: 2, febrero: 2,
  mar: 3, march: 3, marzo: 3,
  apr: 4, april: 4, abr: 4, abril: 4,
  may: 5, mayo: 5,
  jun: 6, june: 6, junio: 6,
  jul: 7, july: 7, julio: 7,
  aug: 8, august: 8, ago: 8, agosto: 8,
  sep: 9, sept: 9, september: 9, septiembre: 9, set: 9, setiembre: 9,
  oct: 10, october: 10, octubre: 10,
  nov: 11, november: 11, noviembre: 11,
  dec: 12, december: 12, dic: 12, diciembre: 12,
}

const pad = (n: number): string => String(n).padStart(2, '0')
const day = (y: number, m: number, d: number): null | string => {
  const text = `${y}-${pad(m)}-${pad(d)}`
  return isDay(text) ? text : null
}

/**
 * A calendar day from what spreadsheets and exports write: `2026-04-03` (also with a time),
 * `03/04/2026` (read as `dateOrder`), `3-4-2026`, `3.4.2026`, `Apr 3, 2026`, `3 de abril de 2026`.
 * Returns `YYYY-MM-DD` or null.
 */
export const parseDay = (raw: string, dateOrder: 'DD/MM/YYYY' | 'MM/DD/YYYY' = 'DD/MM/YYYY'): null | string => {
  const value = raw.trim()
  if (!value) return null
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value)
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T][\d:.]+(?:\s*[ap]\.?\s*m\.?)?)?$/i.exec(value)
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])]
    return dateOrder === 'MM/DD/YYYY' ? day(Number(m[3]), a, b) : day(Number(m[3]), b, a)
  }
  const words = normalizeText(value).split(' ').filter((w) => w && w !== 'de' && w !== 'del')
  // "apr 3 2026" / "3 abril 2026" / "thursday apr 3 2026"
  const nums = words.filter((w) => /^\d+$/.test(w)).map(Number)
  const month = words.map((w) => MONTHS[w]).find((n) => n !== undefined)
  if (month !== undefined && nums.length === 2) {
    const year = nums.find((n) => n > 999)
    const d = nums.find((n) => n <= 31)
    if (year !== undefined && d !== undefined) return day(year, month, d)
  }
  return null
}

/**
 * A non-negative number from `1234`, `1.234`, `1,234`, `1 234`, `1.234.567,50`, `$ 1,234.50`,
 * `12%`. Empty → null; anything else → NaN (the caller rejects the row).
 */
export const parseNumber = (raw: string, { integer = false } = {}): null | number => {
  let value = raw.replace(/[\s\u00a0$%]/g, '').replace(/^COP/i, '')
  if (!value) return null
  if (!/^\d[\d.,]*$/.test(value)) return Number.NaN
  const lastDot = value.lastIndexOf('.')
  const lastComma = value.lastIndexOf(',')
  if (lastDot >= 0 && lastComma >= 0) {
    // both: the last one is the decimal separator
    const decimal = lastDot > lastComma ? '.' : ','
    const thousands = decimal === '.' ? ',' : '.'
    value = value.split(thousands).join('').replace(decimal, '.')
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ','
    const parts = value.split(sep)
    // 1.234 / 1,234,567 → thousands; 12,5 / 3.75 → decimal
    if (parts.length > 2 || (parts.length === 2 && parts[1].length === 3 && (integer || parts[0] !== '0'))) value = parts.join('')
    else value = parts.join('.')
  }
  const number = Number(value)
  if (!Number.isFinite(number) || number < 0) return Number.NaN
  if (integer && !Number.isInteger(number)) return Number.NaN
  return number
}

const SENTIMENT_WORDS: Record<string, 'negative' | 'neutral' | 'positive'> = {
  positive: 'positive', positivo: 'positive', positiva: 'positive', pos: 'positive', favorable: 'positive', '1': 'positive',
  neutral: 'neutral', neutro: 'neutral', neutra: 'neutral', neu: 'neutral', '0': 'neutral',
  negative: 'negative', negativo: 'negative', negativa: 'negative', neg: 'negative', desfavorable: 'negative', '1 neg': 'negative',
}

/** `positive` | `neutral` | `negative` from Spanish or English words, `+`, `-`, `1`, `0`, `-1`. */
export const parseSentiment = (raw: string): 'negative' | 'neutral' | 'positive' | null => {
  const value = raw.trim()
  if (value === '+') return 'positive'
  if (value === '-' || value === '-1') return 'negative'
  return SENTIMENT_WORDS[normalizeText(value)] ?? null
}

const PROMINENCE_WORDS: Record<string, string> = {
  headline: 'headline', titular: 'headline', portada: 'headline', 'front page': 'headline', primera: 'headline', 'primera pagina': 'headline',
  main: 'main', principal: 'main', 'nota principal': 'main',
  secondary: 'secondary', secundaria: 'secondary', 'nota secundaria': 'secondary',
  brief: 'brief', breve: 'brief', mencion: 'brief', 'mencion de paso': 'brief',
}

export const parseProminence = (raw: string): null | string => PROMINENCE_WORDS[normalizeText(raw)] ?? null

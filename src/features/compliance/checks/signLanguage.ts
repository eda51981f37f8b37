import type { PayloadRequest } from 'payload'

import type { CheckResult } from '../../checks/types.js'

import { foldText } from '../../../kernel/accents.js'
import { type CheckMessage, checkResult } from './election.js'

/**
 * Tags that make a video need Colombian Sign Language (Ley 982/2005 art. 13; Res. MinTIC 1519/2020
 * Anexo 1): emergencies, public safety, accountability. Compared case- and accent-insensitively.
 */
export const SIGN_LANGUAGE_TOPICS = [
  'emergencia', 'emergencias', 'emergency', 'desastre', 'seguridad', 'seguridad ciudadana', 'orden publico', 'public safety',
  'rendicion de cuentas', 'accountability',
]

type Video = { id?: unknown; title?: null | string; kind?: null | string; tags?: null | string[]; signLanguage?: boolean | null }

/** The topic tags of a video that call for LSC (as the asset spells them). Pure. */
export const signLanguageTopics = (tags: null | string[] | undefined): string[] =>
  (tags ?? []).filter((tag) => SIGN_LANGUAGE_TOPICS.includes(foldText(tag ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()))

/**
 * The LSC check: each video a content uses that is tagged emergency, public safety or
 * accountability and lacks Colombian Sign Language interpretation (`signLanguage` on the asset)
 * fails; the head may override it with a reason. Not applicable without such videos.
 */
export const checkSignLanguage = (req: PayloadRequest, videos: Video[]): CheckResult => {
  const concerned = videos.filter((video) => signLanguageTopics(video.tags).length > 0)
  if (!concerned.length) return checkResult('signLanguage', req, [], false)
  const failures: CheckMessage[] = concerned
    .filter((video) => video.signLanguage !== true)
    .map((video) => ({ key: 'signLanguageMissing', vars: { video: video.title ?? String(video.id ?? ''), topic: signLanguageTopics(video.tags).join(', ') } }))
  return checkResult('signLanguage', req, failures)
}

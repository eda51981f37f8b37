import { addWorkingDays, endOfBogotaDay } from '../../kernel/time/workingDays.js'
import { SLUGS } from '../../kernel/slugs.js'

export const PETITIONS = SLUGS.petitions

/**
 * Kinds of petition and their legal terms in Colombian working days (Ley 1755/2015, art. 14):
 * requests for information or for documents, 10; every other petition, 15.
 */
export const PETITION_TERMS = { information: 10, documents: 10, general: 15 } as const
export type PetitionKind = keyof typeof PETITION_TERMS

export const PETITION_KINDS = [
  { value: 'information', label: { es: 'Solicitud de información (10 días hábiles)', en: 'Request for information (10 working days)' } },
  { value: 'documents', label: { es: 'Solicitud de documentos o copias (10 días hábiles)', en: 'Request for documents (10 working days)' } },
  { value: 'general', label: { es: 'Petición general (15 días hábiles)', en: 'General petition (15 working days)' } },
]

export const PETITIONER_TYPES = [
  { value: 'journalist', label: { es: 'Periodista o medio', en: 'Journalist or outlet' } },
  { value: 'citizen', label: { es: 'Ciudadano', en: 'Citizen' } },
  { value: 'entity', label: { es: 'Otra entidad', en: 'Another entity' } },
  { value: 'organization', label: { es: 'Organización', en: 'Organisation' } },
]

export const isPetitionKind = (value: unknown): value is PetitionKind => typeof value === 'string' && value in PETITION_TERMS

/** The legal due date: the end (Bogotá) of the term's last working day, counted from the day after receipt. Pure. */
export const petitionDueDate = (receivedAt: Date | string, kind: PetitionKind): string => endOfBogotaDay(addWorkingDays(receivedAt, PETITION_TERMS[kind]))

/**
 * THE access matrix (issue 7): every role of DESIGN.md and anonymous × every collection and global
 * × create / read / update / delete (and readVersions where a collection keeps versions). One row
 * per collection; the spec (access-matrix.int.spec.ts) generates one `it` per cell from it.
 *
 * Notation — a cell is either a list of who may (everyone else may not), or, for reads and
 * updates that depend on the document, a map `who → scope`:
 * - `'all'`: every seeded document;  `'none'`: nothing (refused, or an empty list);
 * - a tag (`'public'`, `'published'`, `'own-department'`...): exactly the seeded documents carrying
 *   that tag (see the seeds in access-matrix.int.spec.ts); `'self'`/`'own'` are per caller
 *   (`self:<who>` / `own:<who>` tags: their own account, what they uploaded).
 * Who: the eight roles, or the group names below; unlisted callers get `'none'` / are refused.
 */
export const ROLES = ['admin', 'head', 'editor', 'designer', 'producer', 'community', 'requester', 'auditor'] as const
export type Who = (typeof ROLES)[number] | 'anonymous'
export const EVERYONE: readonly Who[] = [...ROLES, 'anonymous']

const GROUPS: Record<string, readonly Who[]> = {
  office: ['admin', 'head', 'editor', 'designer', 'producer', 'community'],
  officeAndAuditors: ['admin', 'head', 'editor', 'designer', 'producer', 'community', 'auditor'],
  signedIn: ROLES,
}

export type Scope = string
/** `'admin head'` or `'officeAndAuditors'`: who may; `{ 'office auditor': 'all', requester: 'own-department' }`: per caller. */
export type Cell = string | Record<string, Scope>
export type Row = { create?: Cell; read: Cell; update?: Cell; delete?: Cell; readVersions?: Cell }

export const NOBODY = ''

export const COLLECTIONS: Record<string, Row> = {
  // Planear — plans and campaigns have a public face; the rest is the office's and oversight's
  'communication-plans': { read: { officeAndAuditors: 'all', 'requester anonymous': 'public' }, create: 'admin head', update: 'admin head', delete: NOBODY, readVersions: 'officeAndAuditors' },
  'plan-actions': { read: 'officeAndAuditors', create: 'admin head', update: 'admin head', delete: 'admin head' },
  campaigns: { read: { officeAndAuditors: 'all', 'requester anonymous': 'public' }, create: 'admin head', update: 'admin head editor community', delete: 'admin', readVersions: 'officeAndAuditors' },
  guidelines: { read: { officeAndAuditors: 'all', requester: 'published' }, create: 'admin head', update: 'admin head', delete: NOBODY, readVersions: 'admin head auditor' },
  'legal-references': { read: 'signedIn', create: 'admin head', update: 'admin head', delete: 'admin' },
  // Hacer — the request-to-publication workflow
  'communication-requests': {
    read: { officeAndAuditors: 'all', requester: 'own-department' },
    create: 'office requester',
    update: { office: 'all', requester: 'own-department' },
    delete: 'admin',
  },
  contents: { read: { officeAndAuditors: 'all', requester: 'published', anonymous: 'public' }, create: 'office', update: 'office', delete: 'admin', readVersions: 'officeAndAuditors' },
  // Archivo
  'archive-assets': {
    read: { 'admin head auditor': 'all', 'editor designer producer community requester': 'staff+own', anonymous: 'public' },
    create: 'admin head designer producer',
    update: { 'admin head': 'all', 'designer producer': 'own' },
    delete: NOBODY,
  },
  'archive-disposals': { read: 'admin head auditor', create: 'admin head', update: 'admin head', delete: NOBODY },
  'retention-series': { read: 'signedIn', create: 'admin head', update: 'admin head', delete: NOBODY },
  'brand-assets': { read: { signedIn: 'all', anonymous: 'public' }, create: 'admin head designer', update: 'admin head designer', delete: 'admin head' },
  // Verificar
  'workflow-events': { read: { 'admin head auditor': 'all', requester: 'own-department' }, create: NOBODY, update: NOBODY, delete: NOBODY },
  'follow-ups': { read: 'officeAndAuditors', create: NOBODY, update: NOBODY, delete: NOBODY },
  indicators: { read: 'officeAndAuditors', create: 'admin head', update: 'admin head', delete: NOBODY, readVersions: 'officeAndAuditors' },
  'indicator-measurements': { read: 'officeAndAuditors', create: NOBODY, update: NOBODY, delete: NOBODY },
  reports: { read: 'officeAndAuditors', create: NOBODY, update: NOBODY, delete: NOBODY },
  'workflow-counters': { read: 'admin', create: NOBODY, update: NOBODY, delete: NOBODY },
  // Leases of jobs that run one at a time across runners (issue 13, item 13): written by src/kernel/jobs/lease.ts only.
  'job-leases': { read: 'admin', create: NOBODY, update: NOBODY, delete: NOBODY },
  // Long work run as jobs (issue 15, item 14): written by src/kernel/work/progress.ts only; people read their own.
  'background-work': { read: { 'admin head': 'all', 'editor designer producer community requester auditor': 'own' }, create: NOBODY, update: NOBODY, delete: NOBODY },
  'media-outlets': { read: 'officeAndAuditors', create: 'admin head editor', update: 'admin head editor', delete: 'admin head' },
  'media-mentions': { read: 'officeAndAuditors', create: 'admin head editor', update: 'admin head editor', delete: 'admin head' },
  'social-accounts': { read: 'officeAndAuditors', create: 'admin head community', update: 'admin head community', delete: 'admin head' },
  'social-metrics': { read: 'officeAndAuditors', create: 'admin head community', update: 'admin head community', delete: 'admin head' },
  'intranet-reads': { read: 'admin head auditor', create: NOBODY, update: NOBODY, delete: NOBODY },
  // Actuar
  alerts: { read: 'officeAndAuditors', create: NOBODY, update: 'admin head', delete: NOBODY },
  'improvement-actions': { read: 'officeAndAuditors', create: 'admin head', update: 'office', delete: NOBODY, readVersions: 'officeAndAuditors' },
  risks: { read: 'officeAndAuditors', create: 'admin head', update: 'admin head', delete: NOBODY, readVersions: 'officeAndAuditors' },
  'risk-control-checks': { read: 'officeAndAuditors', create: 'office', update: NOBODY, delete: NOBODY },
  // Configuración
  users: {
    read: { officeAndAuditors: 'all', requester: 'self' },
    create: 'admin',
    update: { admin: 'all', 'head editor designer producer community requester auditor': 'self' },
    delete: 'admin',
  },
  departments: { read: 'signedIn', create: 'admin head', update: 'admin head', delete: 'admin' },
  'notification-deliveries': { read: 'admin auditor', create: NOBODY, update: NOBODY, delete: NOBODY },
  'fact-check-requests': { read: NOBODY, create: NOBODY, update: NOBODY, delete: NOBODY },
  // Public-sector duties (issue 18): the head sets election periods; petitions carry petitioners' personal data
  'election-periods': { read: 'officeAndAuditors', create: 'admin head', update: 'admin head', delete: 'admin head' },
  petitions: { read: 'officeAndAuditors', create: 'office', update: 'office', delete: 'admin' },
  // The transparency menu is public by law (Res. 1519/2020 Anexo 2): everyone reads it
  'transparency-items': { read: { signedIn: 'all', anonymous: 'public' }, create: 'admin head', update: 'admin head editor', delete: 'admin head' },
  // Expedientes (Acuerdo AGN 003/2015): their index names every document, restricted ones included, so only the roles that read them all
  expedientes: { read: 'admin head auditor', create: 'admin head', update: 'admin head', delete: 'admin' },
}

/**
 * Personal data by field (Ley 1581/2012, data minimisation): of a document the caller reads, these
 * fields are returned — and may be filtered or sorted on — only for the roles listed; everyone else
 * (anonymous included) gets the document without them. The spec generates one `it` per caller.
 * - archive-assets: names of people, image-use consents (persons, minors, guardians, documents), whether
 *   minors appear, the consent status (its values say so) and the consent state derived from it.
 */
export const PERSONAL_FIELDS: Record<string, { fields: string[]; paths: string[]; read: Cell }> = {
  'archive-assets': {
    fields: ['people', 'consentRecords', 'consentDocument', 'minorsPresent', 'consent', 'publicUse'],
    // query paths that would let a caller guess the hidden values
    paths: ['people.name', 'people.minor', 'consentRecords.person', 'consentRecords.guardian', 'consentRecords.minor', 'minorsPresent', 'consent', 'publicUse.until'],
    read: 'admin head designer producer auditor',
  },
}

/** Globals: read (anonymous: the public part only, see PUBLIC_GLOBAL_FIELDS), update, readVersions. */
export const GLOBALS: Record<string, { read: Cell; update: Cell; readVersions: Cell }> = {
  'brand-manual': { read: { signedIn: 'all', anonymous: 'public' }, update: 'admin head designer', readVersions: 'signedIn' },
  'accessibility-statement': { read: { signedIn: 'all', anonymous: 'all' }, update: 'admin head', readVersions: 'signedIn' },
}

/** Payload's own collections and globals (added after plugins): closed to anonymous callers; their rules are INTERNAL below. */
export const PAYLOAD_INTERNAL = ['payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-migrations', 'payload-kv', 'payload-folders', 'payload-jobs-stats']

/**
 * Payload's own collections and globals (issue 13, item 7): rules in src/kernel/access/internalCollections.ts,
 * given when Payload starts (they are added after plugins run); tested in internal-collections.int.spec.ts,
 * which also fails when Payload adds one that is not listed here.
 * Scopes: `'own'` — the caller's own rows; `'document'` — the caller's own locks, and locks on
 * documents the caller may read (read) or update (create, update = keep alive / take over in
 * their own name, delete = release). Anonymous callers: nothing.
 */
export const INTERNAL: Record<string, { read: Cell; create?: Cell; update: Cell; delete?: Cell }> = {
  'payload-jobs': { read: 'admin', create: NOBODY, update: NOBODY, delete: NOBODY },
  'payload-jobs-stats': { read: 'admin', update: NOBODY },
  'payload-locked-documents': { read: { signedIn: 'document' }, create: { signedIn: 'document' }, update: { signedIn: 'document' }, delete: { signedIn: 'document' } },
  'payload-preferences': { read: { signedIn: 'own' }, create: 'signedIn', update: { signedIn: 'own' }, delete: { signedIn: 'own' } },
  'payload-migrations': { read: NOBODY, create: NOBODY, update: NOBODY, delete: NOBODY },
  'payload-kv': { read: NOBODY, create: NOBODY, update: NOBODY, delete: NOBODY },
}

const expand = (names: string): Who[] =>
  names
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((name) => GROUPS[name] ?? [name as Who])

/** The scope of one caller in one cell: `'all'`, `'none'` or a tag. */
export const scopeOf = (cell: Cell | undefined, who: Who): Scope => {
  if (cell === undefined) return 'none'
  if (typeof cell === 'string') return expand(cell).includes(who) ? 'all' : 'none'
  for (const [names, scope] of Object.entries(cell)) if (expand(names).includes(who)) return scope
  return 'none'
}

/** The roles of DESIGN.md. A user may hold several. */
export const ROLES = [
  'admin',
  'head',
  'editor',
  'designer',
  'producer',
  'community',
  'requester',
  'auditor',
] as const

export type Role = (typeof ROLES)[number]

/** Roles of the communications office itself (everyone but requesters and auditors). */
export const OFFICE_ROLES: readonly Role[] = ['admin', 'head', 'editor', 'designer', 'producer', 'community']

/** Everyone who works inside the institution: office staff, liaisons and oversight. */
export const STAFF_ROLES: readonly Role[] = ROLES

export const ROLE_LABELS: Record<Role, { es: string; en: string }> = {
  admin: { es: 'Administrador del sistema', en: 'System administrator' },
  head: { es: 'Jefe de la Oficina de Comunicación Social', en: 'Head of the communications office' },
  editor: { es: 'Periodista / editor', en: 'Journalist / editor' },
  designer: { es: 'Diseñador gráfico', en: 'Graphic designer' },
  producer: { es: 'Productor audiovisual', en: 'Audiovisual producer' },
  community: { es: 'Community manager', en: 'Community manager' },
  requester: { es: 'Enlace de dependencia (solicitante)', en: 'Department liaison (requester)' },
  auditor: { es: 'Control interno / ente de control', en: 'Internal control / oversight' },
}

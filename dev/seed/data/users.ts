import type { Role } from 'pregonero'

/**
 * One demo account per role, for development and demonstrations ONLY (documented in the README).
 * The seed refuses to create them in production unless SEED_DEMO_USERS=true.
 */
export const DEMO_PASSWORD = 'Pregonero-demo-2026'

export const DEMO_USERS: Array<{ email: string; name: string; roles: Role[]; department?: string }> = [
  { email: 'admin@pregonero.test', name: 'Ana Administradora', roles: ['admin'], department: 'COM' },
  { email: 'jefe@pregonero.test', name: 'Julián Jefe de Comunicaciones', roles: ['head'], department: 'COM' },
  { email: 'editor@pregonero.test', name: 'Elena Editora', roles: ['editor'], department: 'COM' },
  { email: 'editor2@pregonero.test', name: 'Esteban Editor', roles: ['editor'], department: 'COM' },
  { email: 'disenador@pregonero.test', name: 'Diana Diseñadora', roles: ['designer'], department: 'COM' },
  { email: 'productor@pregonero.test', name: 'Pablo Productor', roles: ['producer'], department: 'COM' },
  { email: 'community@pregonero.test', name: 'Camila Community', roles: ['community'], department: 'COM' },
  { email: 'enlace.salud@pregonero.test', name: 'Sara Enlace de Salud', roles: ['requester'], department: 'SSM' },
  { email: 'enlace.cultura@pregonero.test', name: 'Carlos Enlace de Cultura', roles: ['requester'], department: 'CUL' },
  { email: 'auditor@pregonero.test', name: 'Óscar Control Interno', roles: ['auditor'], department: 'OCI' },
]

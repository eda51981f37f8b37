import { isDatabaseBusy, isForeignKeyViolation } from './databaseErrors.js'

/** A driver error as drizzle and Payload wrap it (the driver's error is the cause of the cause). */
const wrapped = (cause: Record<string, unknown>) => Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('wrapper'), { cause }) })

describe('database refusals on every SQL adapter (SQLite and PostgreSQL)', () => {
  it('a PostgreSQL foreign-key violation (SQLSTATE 23503) is read as one, as SQLite\'s is', () => {
    expect(isForeignKeyViolation(wrapped({ code: '23503', message: 'insert or update on table "communication_requests" violates foreign key constraint "communication_requests_department_id_departments_id_fk"' }))).toBe(true)
    expect(isForeignKeyViolation(wrapped({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY', message: 'FOREIGN KEY constraint failed' }))).toBe(true)
    expect(isForeignKeyViolation(wrapped({ code: '23505', message: 'duplicate key value violates unique constraint "users_email_idx"' }))).toBe(false)
  })

  it('a PostgreSQL transaction that lost a conflict (serialization failure, deadlock, lock timeout) is "busy, retry", as SQLITE_BUSY is', () => {
    for (const code of ['40001', '40P01', '55P03', 'SQLITE_BUSY']) expect(isDatabaseBusy(wrapped({ code, message: 'x' }))).toBe(true)
    for (const code of ['23505', '23503', '42P01']) expect(isDatabaseBusy(wrapped({ code, message: 'x' }))).toBe(false)
  })
})

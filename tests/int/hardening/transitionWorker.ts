/**
 * Child process for the kill-during-transition fault test (`payload run` this file with
 * DATABASE_URI set): creates a head, a department and N submitted requests (system code), prints
 * READY, then accepts them one by one as the head (real workflow: guard, due date, audit row,
 * notification job, all in one transaction), printing DONE <id> after each. The parent kills it
 * with SIGKILL somewhere in the middle.
 */
import { getPayload } from 'payload'

import config from '../../../dev/payload.config.js'
import { makeDepartment, makeRequest, makeUser } from '../../helpers/fixtures.js'

const N = Number(process.env.WORKER_REQUESTS ?? 60)
const payload = await getPayload({ config })
const department = await makeDepartment(payload, 'SSM', 'Secretaría de Salud', { email: null })
const user = await makeUser(payload, ['head'], { email: 'jefe@kill.test', name: 'Jefe' })
const ids: Array<number | string> = []
for (let i = 0; i < N; i++) ids.push((await makeRequest(payload, { title: `Solicitud ${i}`, department: department.id, description: 'x' })).id)
process.stdout.write(`READY ${JSON.stringify(ids)}\n`)
for (const id of ids) {
  await payload.update({
    collection: 'communication-requests',
    id,
    data: { status: 'accepted', assignees: [user.id], workflowComment: 'Aceptada' } as never,
    user,
    overrideAccess: false,
  })
  process.stdout.write(`DONE ${id}\n`)
}
process.stdout.write('FINISHED\n')
await payload.destroy()
process.exit(0)

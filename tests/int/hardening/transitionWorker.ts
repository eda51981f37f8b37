/**
 * Child process for the kill-during-transition fault test (`payload run` this file with
 * DATABASE_URI set): creates a head, a department and N submitted requests (system code), prints
 * READY, then accepts them one by one as the head (real workflow: guard, due date, audit row,
 * notification job, all in one transaction), printing DONE <id> after each. The parent kills it
 * with SIGKILL somewhere in the middle.
 */
import { getPayload } from 'payload'

import config from '../../../dev/payload.config.js'

const N = Number(process.env.WORKER_REQUESTS ?? 60)
const payload = await getPayload({ config })
const context = { skipWorkflow: true }
const department = await payload.create({ collection: 'departments', data: { name: 'Secretaría de Salud', code: 'SSM' } as never, context })
const head = await payload.create({
  collection: 'users',
  data: { name: 'Jefe', email: 'jefe@kill.test', password: 'secreto-123', roles: ['head'] } as never,
  context,
})
const ids: Array<number | string> = []
for (let i = 0; i < N; i++) {
  const request = await payload.create({
    collection: 'communication-requests',
    data: { title: `Solicitud ${i}`, department: department.id, audience: 'external', products: [{ type: 'news', channels: ['web'] }], description: 'x', status: 'submitted' } as never,
    context,
  })
  ids.push(request.id)
}
process.stdout.write(`READY ${JSON.stringify(ids)}\n`)
const user = { ...head, collection: 'users' as const }
for (const id of ids) {
  await payload.update({
    collection: 'communication-requests',
    id,
    data: { status: 'accepted', assignees: [head.id], workflowComment: 'Aceptada' } as never,
    user,
    overrideAccess: false,
  })
  process.stdout.write(`DONE ${id}\n`)
}
process.stdout.write('FINISHED\n')
await payload.destroy()
process.exit(0)

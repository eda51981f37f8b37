import { bootPayload, type Booted } from '../helpers/bootPayload.js'

let app: Booted
beforeAll(async () => {
  app = await bootPayload()
})
afterAll(() => app.close())

const department = (code: string) => ({ code, name: `Dependencia ${code}` })

it('a write outside an open transaction waits for its commit instead of failing "database is locked"', async () => {
  const { payload } = app
  // Warm up: the first transaction is what used to leave the next connection without busy_timeout.
  const warm = await payload.db.beginTransaction()
  await payload.db.commitTransaction(warm!)

  const transactionID = await payload.db.beginTransaction()
  expect(transactionID).toBeTruthy()
  const req = { transactionID, payload } as never
  await payload.create({ collection: 'departments', data: department('TXA'), req })
  // A plain write now needs the lock the open transaction holds.
  const outside = payload.create({ collection: 'departments', data: department('TXB') })
  await new Promise((resolve) => setTimeout(resolve, 300))
  await payload.db.commitTransaction(transactionID!)
  await expect(outside).resolves.toMatchObject({ code: 'TXB' })
  const codes = (await payload.find({ collection: 'departments', where: { code: { in: ['TXA', 'TXB'] } } })).docs.map((d) => d.code)
  expect(codes.sort()).toEqual(['TXA', 'TXB'])
})

it('a rolled-back transaction leaves nothing behind', async () => {
  const { payload } = app
  const transactionID = await payload.db.beginTransaction()
  await payload.create({ collection: 'departments', data: department('TXC'), req: { transactionID, payload } as never })
  await payload.db.rollbackTransaction(transactionID!)
  expect((await payload.count({ collection: 'departments', where: { code: { equals: 'TXC' } } })).totalDocs).toBe(0)
})

it('30 concurrent writing operations of one process all succeed (transactions queue, never "database is locked")', async () => {
  const { payload } = app
  const results = await Promise.allSettled(
    Array.from({ length: 30 }, (_, i) => payload.create({ collection: 'departments', data: department(`PAR${i}`) })),
  )
  expect(results.filter((r) => r.status === 'rejected')).toEqual([])
  expect((await payload.count({ collection: 'departments', where: { code: { like: 'PAR' } } })).totalDocs).toBe(30)
})

it('after a burst of concurrent writes, later writes get distinct ids and all persist', async () => {
  const { payload } = app
  await Promise.all(Array.from({ length: 5 }, (_, i) => payload.create({ collection: 'departments', data: department(`BST${i}`) })))
  const a = await payload.create({ collection: 'departments', data: department('AFTER1') })
  const b = await payload.create({ collection: 'departments', data: department('AFTER2') })
  expect(a.id).not.toBe(b.id)
  const codes = (await payload.find({ collection: 'departments', where: { code: { in: ['AFTER1', 'AFTER2'] } } })).docs.map((d) => d.code)
  expect(codes.sort()).toEqual(['AFTER1', 'AFTER2'])
})

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { resolveOptions } from '../../../src/defaults.js'
import { addDays } from '../../../src/features/monitoring/days.js'
import { importMentions } from '../../../src/features/monitoring/import.js'
import { checkNegativeSpike, SPIKE_ALERT_KIND } from '../../../src/features/monitoring/spike.js'
import { makeUser, type TestUser } from '../../helpers/fixtures.js'
import { reqAs } from './helpers.js'

let app: Booted
let admin: TestUser
let serial = 0
const options = resolveOptions()

/** Adds `n` mentions of `sentiment` on `day` (YYYY-MM-DD) through the importer. */
const addMentions = async (day: string, n: number, sentiment = 'negativo') => {
  const [y, m, d] = day.split('-')
  const lines = ['Medio,Fecha,Titular,Sentimiento']
  for (let i = 0; i < n; i++) lines.push(`Radio Nariño,${d}/${m}/${y},Nota ${++serial},${sentiment}`)
  const result = await importMentions(await reqAs(app.payload, admin), options, { csv: lines.join('\n') })
  expect(result.created).toBe(n)
}
const spikeAlerts = async () =>
  (await app.payload.find({ collection: 'alerts' as never, where: { kind: { equals: SPIKE_ALERT_KIND } }, depth: 0, pagination: false })).docs as unknown as Array<Record<string, any>>
const runJob = async (day: string) => {
  await app.payload.jobs.queue({ task: 'monitoring-negative-spike' as never, input: { day } as never, queue: 'pregonero' })
  await app.payload.jobs.run({ queue: 'pregonero' })
}

beforeAll(async () => {
  app = await bootPayload()
  admin = await makeUser(app.payload, ['admin'])
  await app.payload.create({ collection: 'media-outlets' as never, data: { name: 'Radio Nariño', type: 'radio', scope: 'regional' } as never })
  // a trailing fortnight with one negative mention a day (average 1.0) and some positive noise
  for (let k = 1; k <= 14; k++) await addMentions(addDays('2026-10-20', -k), 1)
  await addMentions('2026-10-19', 4, 'positivo')
})
afterAll(() => app.close())

it('does not alert below the threshold (max(minimum, ⌊factor × average⌋ + 1) = 3)', async () => {
  await addMentions('2026-10-20', 2)
  const check = await checkNegativeSpike(await reqAs(app.payload, admin), options, '2026-10-20')
  expect(check).toMatchObject({ negatives: 2, trailingAverage: 1, threshold: 3, spike: false, raised: false })
  await runJob('2026-10-20')
  expect(await spikeAlerts()).toHaveLength(0)
})

it('raises the alert once when the day crosses the threshold, and never twice (open or resolved)', async () => {
  await addMentions('2026-10-20', 1)
  await runJob('2026-10-20')
  let alerts = await spikeAlerts()
  expect(alerts).toHaveLength(1)
  expect(alerts[0]).toMatchObject({ status: 'open', severity: 'warning', subject: { collection: 'media-mentions', title: expect.stringContaining('2026-10-20') }, details: { day: '2026-10-20', negatives: 3, threshold: 3 } })
  expect(alerts[0].message).toContain('2026-10-20')

  await addMentions('2026-10-20', 1) // still a spike, and a bigger one
  await runJob('2026-10-20')
  await runJob('2026-10-20')
  expect(await spikeAlerts()).toHaveLength(1)

  const head = await makeUser(app.payload, ['head'])
  await app.payload.update({ collection: 'alerts' as never, id: alerts[0].id, data: { status: 'resolved', resolutionNote: 'Atendido con rueda de prensa' } as never, user: head as never, overrideAccess: false })
  await runJob('2026-10-20')
  alerts = await spikeAlerts()
  expect(alerts).toHaveLength(1)
  expect(alerts[0].status).toBe('resolved')
  const again = await checkNegativeSpike(await reqAs(app.payload, admin), options, '2026-10-20')
  expect(again).toMatchObject({ spike: true, raised: false, alertId: alerts[0].id })
})

it('is relative to the trailing average: the same count is no spike after a noisy fortnight, and options move the threshold', async () => {
  for (let k = 1; k <= 14; k++) await addMentions(addDays('2026-09-20', -k), 3)
  await addMentions('2026-09-20', 5)
  const req = await reqAs(app.payload, admin)
  expect(await checkNegativeSpike(req, options, '2026-09-20')).toMatchObject({ negatives: 5, trailingAverage: 3, threshold: 7, spike: false })
  const touchy = resolveOptions({ monitoring: { spike: { factor: 1.5, minimum: 2, trailingDays: 7 } } })
  expect(await checkNegativeSpike(req, touchy, '2026-09-20')).toMatchObject({ threshold: 5, spike: true, raised: true })
})

/**
 * Workflow benchmark (issue 3): the cost of a workflow transition against a bare update of the
 * same kind of document, measured in one run on the same database.
 * 1. Publishing a content (approved → published by the head, overrideAccess: false): guard,
 *    `_status`/stage sync, audit row, `content-published` follow-up, queued measurement job,
 *    queued notification — against the same update
 *    (stage published) of an identical approved content with `context.skipWorkflow` (no guards,
 *    no side effects). Goal ≤ 3×.
 * 2. Accepting a request (submitted → accepted by the head: guard, SLA due date in working days,
 *    audit row, assignment row, notification) against the same status update with skipWorkflow.
 *    Goal ≤ 3×.
 * 3. Publishing the only deliverable of a request, which also delivers the request (a nested
 *    system transition with its own audit row and follow-up), against the same bare update.
 * Medians over interleaved runs after a warm-up. Run alone: `npm run bench -- workflow`.
 */
import { runStandalone } from './standalone.js'

export type BenchRow = { figure: string; baseline: number; measured: number; ratio: number; goal: string; pass: boolean; unit: string }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

export async function run(): Promise<BenchRow[]> {
  process.env.PREGONERO_DISABLE_JOBS = 'true'
  const { bootPayload } = await import('../helpers/bootPayload.js')
  const app = await bootPayload()
  const { payload } = app
  try {
    const system = { context: { skipWorkflow: true } }
    const dep = (await payload.create({ collection: 'departments', data: { name: 'Bench', code: 'BENCH' } as never, ...system })) as any
    const mk = async (roles: string[], email: string) => {
      const u = (await payload.create({ collection: 'users', data: { name: email, email, password: 'secreto-123', roles, department: dep.id } as never, ...system })) as any
      return { ...u, collection: 'users' }
    }
    const head = await mk(['head'], 'head@bench.co')
    const editor = await mk(['editor'], 'editor@bench.co')
    const requester = await mk(['requester'], 'req@bench.co')
    const N = Number(process.env.BENCH_N ?? 20)
    const WARM = 5

    const request = async () =>
      (await payload.create({
        collection: 'communication-requests',
        data: { title: 'Bench', products: [{ type: 'press-release' }, { type: 'graphic-piece' }], description: 'd', department: dep.id, requestedBy: requester.id, status: 'in-production' } as never,
        ...system,
        depth: 0,
      })) as any
    const content = async (requestId?: number | string) =>
      (await payload.create({
        collection: 'contents',
        data: { title: 'Bench', kind: 'news', audience: 'external', stage: 'approved', createdBy: editor.id, lastEditedBy: editor.id, channels: ['web'], request: requestId } as never,
        ...system,
        depth: 0,
      })) as any

    const publishPair = async (withRequest: boolean) => {
      const a = await content(withRequest ? (await request()).id : undefined)
      const b = await content(withRequest ? (await request()).id : undefined)
      let t = performance.now()
      await payload.update({ collection: 'contents', id: a.id, data: { stage: 'published' } as never, user: head, overrideAccess: false, depth: 0, context: { skipWorkflow: true } })
      const tb = performance.now() - t
      t = performance.now()
      await payload.update({ collection: 'contents', id: b.id, data: { stage: 'published' } as never, user: head, overrideAccess: false, depth: 0 })
      return [tb, performance.now() - t] as const
    }
    // 1. publishing a content (no request behind it)
    const bare: number[] = []
    const flow: number[] = []
    // 3. publishing the only deliverable of a request (which also delivers the request)
    const bareD: number[] = []
    const flowD: number[] = []
    for (let i = 0; i < N + WARM; i++) {
      const [tb, tf] = await publishPair(false)
      const [tbd, tfd] = await publishPair(true)
      if (i >= WARM) {
        bare.push(tb)
        flow.push(tf)
        bareD.push(tbd)
        flowD.push(tfd)
      }
    }
    // 2. accepting a request
    const bareR: number[] = []
    const flowR: number[] = []
    for (let i = 0; i < N + WARM; i++) {
      const a = (await payload.create({ collection: 'communication-requests', data: { title: 'B', products: [{ type: 'news' }], description: 'd', department: dep.id, requestedBy: requester.id } as never, ...system, depth: 0 })) as any
      const b = (await payload.create({ collection: 'communication-requests', data: { title: 'B', products: [{ type: 'news' }], description: 'd', department: dep.id, requestedBy: requester.id } as never, ...system, depth: 0 })) as any
      let t = performance.now()
      await payload.update({ collection: 'communication-requests', id: a.id, data: { status: 'accepted', assignees: [editor.id] } as never, user: head, overrideAccess: false, depth: 0, context: { skipWorkflow: true } })
      const tb = performance.now() - t
      t = performance.now()
      await payload.update({ collection: 'communication-requests', id: b.id, data: { status: 'accepted', assignees: [editor.id] } as never, user: head, overrideAccess: false, depth: 0 })
      const tf = performance.now() - t
      if (i >= WARM) {
        bareR.push(tb)
        flowR.push(tf)
      }
    }
    const row = (figure: string, base: number[], measured: number[]): BenchRow => {
      const b = median(base)
      const m = median(measured)
      const ratio = m / b
      return { figure, baseline: Number(b.toFixed(2)), measured: Number(m.toFixed(2)), ratio: Number(ratio.toFixed(2)), goal: '≤ 3×', pass: ratio <= 3, unit: 'ms/op (median)' }
    }
    return [
      row('workflow: publish content (guard + audit row + follow-up + measurement job + notification) vs bare update', bare, flow),
      row('workflow: accept request (guard + SLA due date + audit rows + notification) vs bare update', bareR, flowR),
      row('workflow: publish last deliverable (+ automatic delivery of the request: its audit row and follow-up) vs bare update', bareD, flowD),
    ]
  } finally {
    await app.close()
  }
}

runStandalone(import.meta.url, run)

import type { PayloadRequest } from 'payload'

import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { hasRole } from '../../../kernel/access/hasRole.js'
import { tr } from '../../../kernel/i18n/index.js'
import { actingUser } from '../../../kernel/machine/authorizeTransition.js'
import { PUBLISH_ON_SCHEDULE } from './schedules.js'

type Id = number | string

/**
 * Cancels a pending scheduled publication (Payload's `jobs.cancelByID`): those who may publish and
 * admins only; 404 for a job that is not a scheduled publication (or not of `contentId` when given),
 * 409 once it has run, is running or was cancelled. Writes nothing else.
 */
export const cancelSchedule = async (req: PayloadRequest, options: ResolvedOptions, jobId: Id, contentId?: Id): Promise<{ cancelled: Id }> => {
  const user = actingUser(req)
  if (!user) throw new APIError(tr(req, 'unauthorized'), 401, null, true)
  if (!hasRole(user, ...options.workflow.publishRoles, 'admin')) throw new APIError(tr(req, 'scheduleCancelRefused'), 403, null, true)
  // Read and cancelled in one transaction: on the primary, never a lagging read replica (a job
  // queued a moment ago is found; one that started running is not cancelled on a stale reading).
  const ownTransaction = await initTransaction(req)
  try {
    const { docs } = await req.payload.find({ collection: 'payload-jobs', where: { id: { equals: jobId } }, limit: 1, depth: 0, overrideAccess: true, req })
    const job = docs[0] as undefined | { id: Id; taskSlug?: string; input?: { content?: string }; completedAt?: unknown; hasError?: unknown; processing?: unknown }
    if (!job || job.taskSlug !== PUBLISH_ON_SCHEDULE || (contentId !== undefined && String(job.input?.content) !== String(contentId))) {
      throw new APIError(tr(req, 'scheduleNotFound'), 404, null, true)
    }
    if (job.completedAt || job.hasError || job.processing) throw new APIError(tr(req, 'scheduleAlreadyRun'), 409, null, true)
    await req.payload.jobs.cancelByID({ id: job.id, req, overrideAccess: true })
    if (ownTransaction) await commitTransaction(req)
    return { cancelled: job.id }
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

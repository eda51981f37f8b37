import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { contentDepartment, MEASURE_TASK } from '../collections/Contents/hooks/afterContentChange.js'
import { writeFollowUp } from '../followUps.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { readOnPrimaryIfReplicas } from '../../../kernel/sql/readOnPrimary.js'

/**
 * The measurement of a published content, queued at publication to run N days later: how many
 * media mentions picked it up (`media-mentions.originContent`, when the monitoring area's
 * collection exists; 0 otherwise) and their reach. Writes a `content-measurement` follow-up.
 */
export const measureContentTask = (_options: ResolvedOptions): TaskConfig =>
  ({
    slug: MEASURE_TASK,
    label: 'Pregonero: medición de un contenido publicado',
    retries: 3,
    inputSchema: [
      { name: 'contentId', type: 'text', required: true },
      // The publication measured (its publishedAt); jobs without it are keyed on themselves.
      { name: 'publishedAt', type: 'text' },
    ],
    outputSchema: [
      { name: 'mentions', type: 'number' },
      { name: 'reach', type: 'number' },
    ],
    handler: async ({
      input,
      job,
      req,
    }: {
      input: { contentId: string; publishedAt?: null | string }
      job?: { createdAt?: string; id?: number | string }
      req: Parameters<typeof writeFollowUp>[0]
    }) => {
      // On the primary (read replicas): a missing piece ends the job for good.
      const content = (await readOnPrimaryIfReplicas(req, (req) =>
        req.payload.findByID({ collection: SLUGS.contents, id: input.contentId, depth: 0, req, overrideAccess: true, disableErrors: true }),
      )) as null | Record<string, any>
      if (!content) return { output: { mentions: 0, reach: 0 } }
      let mentions = 0
      let reach = 0
      if (req.payload.collections['media-mentions']) {
        const { docs, totalDocs } = await req.payload.find({
          collection: SLUGS.mediaMentions,
          where: { originContent: { equals: content.id } },
          pagination: false,
          depth: 0,
          req,
          overrideAccess: true,
        })
        mentions = totalDocs
        reach = (docs as Array<{ reach?: unknown }>).reduce((sum, doc) => sum + (Number(doc.reach) || 0), 0)
      }
      // One measurement per publication, however often the job runs (a retry after a crash that came
      // after the write, a second runner of the same job): the follow-up's unique key says so.
      // (Jobs queued with the publication's date key on it; older ones, and hand-queued ones, on the job.)
      const publication = input.publishedAt ?? (job?.id !== undefined ? `job:${job.id}` : (content.publishedAt ?? 'unknown'))
      const key = `content-measurement|${content.id}|${publication}`
      // On the primary (read replicas): a lagging replica would miss the follow-up a run wrote moments ago.
      const measured = async () =>
        (await readOnPrimaryIfReplicas(req, (req) => req.payload.count({ collection: SLUGS.followUps, where: { key: { equals: key } }, req, overrideAccess: true }))).totalDocs > 0
      if (await measured()) return { output: { mentions, reach } }
      try {
        await writeFollowUp(req, {
          kind: 'content-measurement',
          subjectCollection: 'contents',
          subjectId: content.id,
          department: await contentDepartment(req, content),
          contentKind: content.kind ?? null,
          channels: Array.isArray(content.channels) ? content.channels : [],
          values: { mentions, reach, publishedAt: content.publishedAt ?? null },
          key,
        })
      } catch (error) {
        if (!(await measured())) throw error
      }
      return { output: { mentions, reach } }
    },
  }) as unknown as TaskConfig

import type { Payload } from 'payload'

/** The latest of some ISO dates (null when there is none). */
export const maxDate = (values: Array<null | string | undefined>): null | string => {
  let best: null | number = null
  for (const value of values) {
    if (!value) continue
    const time = new Date(value).getTime()
    if (!Number.isNaN(time) && (best === null || time > best)) best = time
  }
  return best === null ? null : new Date(best).toISOString()
}

/** Reads every document page by page (adapter-neutral), with only the fields asked for. */
export const readAll = async <T>(payload: Payload, args: Parameters<Payload['find']>[0], pageSize = 500): Promise<T[]> => {
  const docs: T[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({ ...args, limit: pageSize, page, pagination: true })
    docs.push(...(result.docs as T[]))
    if (!result.hasNextPage) return docs
  }
}

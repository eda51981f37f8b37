/**
 * What an error answer says, as a heading and a list: each error's message split on its own line
 * breaks (a gate's "• item" lines), without repeats; a line ending in ":" is the list's heading.
 */
export const errorLines = (body: unknown, status: number): { heading?: string; messages: string[] } => {
  const errors = (body as { errors?: Array<{ message?: string; data?: { errors?: Array<{ message?: string }> } }> } | null)?.errors ?? []
  const lines = errors
    .flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((inner) => inner.message)])
    .filter((line): line is string => Boolean(line))
    .flatMap((line) => line.split('\n'))
    .map((line) => line.replace(/^\s*[•\-]\s*/, '').trim())
    .filter(Boolean)
  const unique = [...new Set(lines)]
  const heading = unique.find((line) => line.endsWith(':'))
  const messages = unique.filter((line) => line !== heading)
  return { heading, messages: messages.length ? messages : [`HTTP ${status}`] }
}

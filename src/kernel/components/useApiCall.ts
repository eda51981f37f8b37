'use client'

import { useCallback, useState } from 'react'

type ErrorBody = { errors?: Array<{ message?: string }> }

/** The message of a Payload/plugin error answer (`errors[0].message`), or `Error <status>`. */
export const apiErrorMessage = (body: unknown, status: number): string =>
  (body as ErrorBody | null)?.errors?.[0]?.message ?? `Error ${status}`

/**
 * The fetch/progress block the admin panels share (CsvImportPanel, GenerateReportButton): one call
 * to the API with the session cookie, `busy` while it runs, then either `result` (the JSON answer)
 * or `error` (the answer's first error message, `Error <status>`, or the network error). Starting
 * a call clears the previous result and error. `run` resolves to the result, or null on error.
 */
export function useApiCall<T>() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<null | string>(null)
  const [result, setResult] = useState<null | T>(null)

  const run = useCallback(async (url: string, init: RequestInit = {}): Promise<null | T> => {
    setBusy(true)
    setError(null)
    setResult(null)
    try {
      const res = await fetch(url, { credentials: 'include', ...init })
      const body = (await res.json().catch(() => ({}))) as ErrorBody & T
      if (!res.ok || body.errors) {
        setError(apiErrorMessage(body, res.status))
        return null
      }
      setResult(body)
      return body
    } catch (e) {
      setError((e as Error).message)
      return null
    } finally {
      setBusy(false)
    }
  }, [])

  return { busy, error, result, run, setError }
}

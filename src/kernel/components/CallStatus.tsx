'use client'

/** The progress and error lines under an admin panel's API call (`useApiCall`'s busy and error). */
export function CallStatus({ busy, busyText, error }: { busy: boolean; busyText: string; error: null | string }) {
  return (
    <>
      {busy ? <p className="pregonero-meta">{busyText}</p> : null}
      {error ? (
        <p className="pregonero-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  )
}

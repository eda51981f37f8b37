'use client'

import type { ReactNode } from 'react'

import { toast } from '@payloadcms/ui'

type ErrorToast = typeof toast.error & { pregoneroPersistent?: true }

/**
 * Error toasts stay until dismissed (issue 15, item 7), Payload's own and the plugin's. Payload's
 * `admin.toast.duration` is one for every kind of toast, and its toaster is the copy of sonner
 * bundled inside @payloadcms/ui (a `sonner` import of ours is another instance that never sees
 * Payload's toasts). Both Payload's components and ours call `toast.error` on the object
 * @payloadcms/ui exports, at the time of the call: this provider wraps that method once, so every
 * error toast gets an infinite duration and a close button. Success and info toasts keep the
 * global duration.
 */
const persist = () => {
  const current = toast.error as ErrorToast
  if (current.pregoneroPersistent) return
  const wrapped: ErrorToast = Object.assign(
    (message: Parameters<typeof toast.error>[0], data?: Parameters<typeof toast.error>[1]) =>
      current(message, { ...data, duration: Number.POSITIVE_INFINITY, closeButton: true }),
    { pregoneroPersistent: true as const },
  )
  toast.error = wrapped
}

if (typeof window !== 'undefined') persist()

export const PersistentErrorToasts = ({ children }: { children?: ReactNode }) => {
  if (typeof window !== 'undefined') persist()
  return <>{children}</>
}

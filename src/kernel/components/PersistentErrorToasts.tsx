'use client'

import type { ReactNode } from 'react'

import { useEffect } from 'react'
import { toast, useSonner } from 'sonner'

/**
 * Error toasts stay until dismissed (issue 15, item 7), the admin's own and Payload's: Payload's
 * `admin.toast.duration` applies to every kind of toast, so this provider watches the toaster's
 * state (sonner, the one instance Payload's Toaster renders) and gives every error toast an
 * infinite duration the moment it appears. Success and info toasts keep the global duration.
 */
export const PersistentErrorToasts = ({ children }: { children?: ReactNode }) => {
  const { toasts } = useSonner()
  useEffect(() => {
    for (const shown of toasts) {
      if (shown.type === 'error' && shown.duration !== Number.POSITIVE_INFINITY) {
        // Same id: sonner updates the toast in place (no second toast, no flicker).
        toast.error(shown.title as string, { id: shown.id, duration: Number.POSITIVE_INFINITY, closeButton: true })
      }
    }
  }, [toasts])
  return <>{children}</>
}

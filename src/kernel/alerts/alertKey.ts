/** The key that identifies an open alert: one per kind and subject. */
export const openAlertKey = (kind: string, subject?: { collection?: string; id?: number | string } | null): string =>
  [kind, subject?.collection ?? '-', subject?.id ?? '-'].join('|')

/** What a resolved alert keeps, so the open key is free for a future alert of the same kind and subject. */
export const releasedKey = (openKey: string, alertId: number | string): string => `${openKey}#${alertId}`

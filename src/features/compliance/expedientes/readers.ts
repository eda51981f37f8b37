/**
 * The roles that read every content and every archive asset (restricted, classified and reserved
 * ones included): an expediente's index names all its documents, so only they read expedientes.
 */
export const EXPEDIENTE_READERS = ['admin', 'head', 'auditor'] as const

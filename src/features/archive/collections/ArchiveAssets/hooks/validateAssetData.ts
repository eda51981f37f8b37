import type { PayloadRequest } from 'payload'

import { invalidField } from '../../../../../kernel/errors.js'

type Data = Record<string, any>

/**
 * Rules on the asset's metadata (focal point range, contract number, licence details). Also run by
 * `ingestFile` before a file replacement, because Payload removes the previous files before the
 * beforeChange hooks of an update run.
 */
export const validateAssetData = (merged: Data, data: Data, req: PayloadRequest): void => {
  for (const axis of ['focalX', 'focalY'] as const) {
    const value = data[axis]
    if (value === undefined || value === null) continue
    if (typeof value !== 'number' || value < 0 || value > 100) {
      throw invalidField('archive-assets', axis, `${axis}: punto focal entre 0 y 100 (%) / focal point between 0 and 100 (%)`, req)
    }
  }
  if (merged.authorRelation === 'contractor' && !String(merged.contractNumber ?? '').trim()) {
    throw invalidField(
      'archive-assets',
      'contractNumber',
      'número de contrato: obligatorio cuando el autor es contratista / contract number: required when the author is a contractor',
      req,
    )
  }
  const records = Array.isArray(merged.consentRecords) ? (merged.consentRecords as Data[]) : []
  records.forEach((record, i) => {
    if (record?.minor && !String(record.guardian ?? '').trim()) {
      throw invalidField(
        'archive-assets',
        `consentRecords.${i}.guardian`,
        'representante legal: obligatorio cuando la persona es menor de edad (Ley 1581, art. 7) / guardian: required for a minor',
        req,
      )
    }
    if (record?.validFrom && record?.validUntil && new Date(record.validUntil) < new Date(record.validFrom)) {
      throw invalidField(
        'archive-assets',
        `consentRecords.${i}.validUntil`,
        'vigente hasta: no puede ser anterior a "vigente desde" / valid until: cannot be before "valid from"',
        req,
      )
    }
  })
  const license = (merged.license ?? {}) as Data
  if (license.type === 'third-party' && !license.expiresAt) {
    throw invalidField(
      'archive-assets',
      'license.expiresAt',
      'vence: el permiso de un tercero debe tener fecha de vencimiento / expires at: a third-party permission needs an expiry date',
      req,
    )
  }
  if (license.type === 'cc' && !license.ccLicense) {
    throw invalidField('archive-assets', 'license.ccLicense', 'licencia CC: elija cuál / CC licence: choose which one', req)
  }
}

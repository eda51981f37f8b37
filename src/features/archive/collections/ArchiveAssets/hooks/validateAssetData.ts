import type { PayloadRequest } from 'payload'

import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'

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
      throw invalidField('archive-assets', axis, tr(req, 'archiveFocalRange'), req)
    }
  }
  if (merged.authorRelation === 'contractor' && !String(merged.contractNumber ?? '').trim()) {
    throw invalidField(
      'archive-assets',
      'contractNumber',
      tr(req, 'archiveContractRequired'),
      req,
    )
  }
  const records = Array.isArray(merged.consentRecords) ? (merged.consentRecords as Data[]) : []
  records.forEach((record, i) => {
    if (record?.minor && !String(record.guardian ?? '').trim()) {
      throw invalidField(
        'archive-assets',
        `consentRecords.${i}.guardian`,
        tr(req, 'archiveGuardianRequired'),
        req,
      )
    }
    if (record?.validFrom && record?.validUntil && new Date(record.validUntil) < new Date(record.validFrom)) {
      throw invalidField(
        'archive-assets',
        `consentRecords.${i}.validUntil`,
        tr(req, 'archiveValidUntilBeforeFrom'),
        req,
      )
    }
  })
  const license = (merged.license ?? {}) as Data
  if (license.type === 'third-party' && !license.expiresAt) {
    throw invalidField(
      'archive-assets',
      'license.expiresAt',
      tr(req, 'archiveLicenseExpiryRequired'),
      req,
    )
  }
  if (license.type === 'cc' && !license.ccLicense) {
    throw invalidField('archive-assets', 'license.ccLicense', tr(req, 'archiveCcLicenseRequired'), req)
  }
}

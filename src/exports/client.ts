/**
 * `pregonero/client`: the plugin's client components, as the admin's import map reaches them
 * (`'pregonero/client#WorkflowTransitions'`). Each one is a `'use client'` module.
 */
import '../kernel/components/pregonero.css'
export { FocalPointField } from '../features/archive/components/FocalPointField.js'
export { ChecksPanel } from '../features/checks/components/ChecksPanel.js'
export { CsvImportPanel } from '../features/monitoring/components/CsvImportPanel.js'
export { GenerateReportButton } from '../features/planning/components/GenerateReportButton.js'
export { ReportDataField } from '../features/planning/components/ReportDataField.js'
export { ReportDownloads } from '../features/planning/components/ReportDownloads.js'
export { OwnDepartmentField } from '../features/workflow/components/OwnDepartmentField.js'
export { RequestProducts } from '../features/workflow/components/RequestProducts.js'
export { CancelScheduleButton } from '../features/workflow/components/Calendar/CancelScheduleButton.js'
export { ReviewClaimCell } from '../features/workflow/components/ReviewClaim/ReviewClaimCell.js'
export { ReviewClaimField } from '../features/workflow/components/ReviewClaim/ReviewClaimField.js'
export { ContentListPublishGuard, ContentPublishButton, ContentStageStatus, ContentUnpublishButton } from '../features/workflow/components/PublishControls.js'
export { ContentWorkflowPanel } from '../features/workflow/components/ContentWorkflowPanel.js'
export { TrailCollectionCell, TrailDocumentCell, TrailStateCell } from '../features/workflow/components/Trail/TrailCells.js'
export { InstitutionIcon, InstitutionLogo } from '../kernel/components/InstitutionGraphics.js'
export { ListCsvExport } from '../kernel/components/ListCsvExport.js'
export { ReadableJsonField } from '../kernel/components/ReadableJsonField.js'
export { WorkflowTimeline } from '../kernel/components/WorkflowTimeline.js'
export { WorkflowTransitions } from '../kernel/components/WorkflowTransitions.js'

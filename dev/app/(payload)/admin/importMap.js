import { WorkflowTransitions as WorkflowTransitions_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { WorkflowTimeline as WorkflowTimeline_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { ListCsvExport as ListCsvExport_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OwnDepartmentField as OwnDepartmentField_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { RequestProducts as RequestProducts_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { ContentWorkflowPanel as ContentWorkflowPanel_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { ReadableJsonField as ReadableJsonField_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { ChecksPanel as ChecksPanel_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { ReviewClaimField as ReviewClaimField_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { ReviewClaimCell as ReviewClaimCell_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { ContentListPublishGuard as ContentListPublishGuard_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { ContentPublishButton as ContentPublishButton_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { ContentStageStatus as ContentStageStatus_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { ContentUnpublishButton as ContentUnpublishButton_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { FocalPointField as FocalPointField_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { ExportExpedienteButton as ExportExpedienteButton_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { ElectronicIndexTable as ElectronicIndexTable_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { IndicatorTrendField as IndicatorTrendField_d419a76351c3cce5245f4e73700c1612 } from 'pregonero/rsc'
import { TrailCollectionCell as TrailCollectionCell_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { TrailDocumentCell as TrailDocumentCell_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { TrailStateCell as TrailStateCell_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { CsvImportPanel as CsvImportPanel_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { ReportDownloads as ReportDownloads_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { ReportDataField as ReportDataField_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { GenerateReportButton as GenerateReportButton_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { RefreshStatementFigures as RefreshStatementFigures_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { InstitutionIcon as InstitutionIcon_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { InstitutionLogo as InstitutionLogo_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { CalendarNavLink as CalendarNavLink_d419a76351c3cce5245f4e73700c1612 } from 'pregonero/rsc'
import { MonitoringNavLink as MonitoringNavLink_d419a76351c3cce5245f4e73700c1612 } from 'pregonero/rsc'
import { Dashboard as Dashboard_d419a76351c3cce5245f4e73700c1612 } from 'pregonero/rsc'
import { PersistentErrorToasts as PersistentErrorToasts_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { TranslatedTimeCaption as TranslatedTimeCaption_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { AccessibleAdmin as AccessibleAdmin_e19edb9499a85aa6f2adcb4762051bd9 } from 'pregonero/client'
import { CalendarView as CalendarView_d419a76351c3cce5245f4e73700c1612 } from 'pregonero/rsc'
import { MonitoringView as MonitoringView_d419a76351c3cce5245f4e73700c1612 } from 'pregonero/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "pregonero/client#WorkflowTransitions": WorkflowTransitions_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#WorkflowTimeline": WorkflowTimeline_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#ListCsvExport": ListCsvExport_e19edb9499a85aa6f2adcb4762051bd9,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "pregonero/client#OwnDepartmentField": OwnDepartmentField_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#RequestProducts": RequestProducts_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#ContentWorkflowPanel": ContentWorkflowPanel_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#ReadableJsonField": ReadableJsonField_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#ChecksPanel": ChecksPanel_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#ReviewClaimField": ReviewClaimField_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#ReviewClaimCell": ReviewClaimCell_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#ContentListPublishGuard": ContentListPublishGuard_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#ContentPublishButton": ContentPublishButton_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#ContentStageStatus": ContentStageStatus_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#ContentUnpublishButton": ContentUnpublishButton_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#FocalPointField": FocalPointField_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#ExportExpedienteButton": ExportExpedienteButton_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#ElectronicIndexTable": ElectronicIndexTable_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/rsc#IndicatorTrendField": IndicatorTrendField_d419a76351c3cce5245f4e73700c1612,
  "pregonero/client#TrailCollectionCell": TrailCollectionCell_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#TrailDocumentCell": TrailDocumentCell_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#TrailStateCell": TrailStateCell_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#CsvImportPanel": CsvImportPanel_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#ReportDownloads": ReportDownloads_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#ReportDataField": ReportDataField_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#GenerateReportButton": GenerateReportButton_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#RefreshStatementFigures": RefreshStatementFigures_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#InstitutionIcon": InstitutionIcon_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#InstitutionLogo": InstitutionLogo_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/rsc#CalendarNavLink": CalendarNavLink_d419a76351c3cce5245f4e73700c1612,
  "pregonero/rsc#MonitoringNavLink": MonitoringNavLink_d419a76351c3cce5245f4e73700c1612,
  "pregonero/rsc#Dashboard": Dashboard_d419a76351c3cce5245f4e73700c1612,
  "pregonero/client#PersistentErrorToasts": PersistentErrorToasts_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#TranslatedTimeCaption": TranslatedTimeCaption_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/client#AccessibleAdmin": AccessibleAdmin_e19edb9499a85aa6f2adcb4762051bd9,
  "pregonero/rsc#CalendarView": CalendarView_d419a76351c3cce5245f4e73700c1612,
  "pregonero/rsc#MonitoringView": MonitoringView_d419a76351c3cce5245f4e73700c1612,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

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
import { WorkflowTransitions as WorkflowTransitions_81e217f5a8a06057dbc7a748f56b1891 } from '../../../components/workflow/WorkflowTransitions'
import { RequestProducts as RequestProducts_ed572e6736c84c2e4e3acf8cccd2fb88 } from '../../../components/workflow/RequestProducts'
import { WorkflowTimeline as WorkflowTimeline_9ab00d08a8c6014d6c20f745e1065383 } from '../../../components/workflow/WorkflowTimeline'
import { ChecksPanel as ChecksPanel_848de5b744ab025a4a09c1ca6ccce888 } from '../../../components/Checks/ChecksPanel'
import { ReviewClaimField as ReviewClaimField_db98db426d91d49ab059296bb4f686c5 } from '../../../components/ReviewClaim/ReviewClaimField'
import { ReviewClaimCell as ReviewClaimCell_3c13a246f18bd47c54318ce6a2f753f7 } from '../../../components/ReviewClaim/ReviewClaimCell'
import { FocalPointField as FocalPointField_2e653b39e718f585ffe8f2e464e5138b } from '../../../components/ArchiveFocalPoint/FocalPointField'
import { GenerateReportButton as GenerateReportButton_4d83e3b90fbdd3af236c62d3c50b554d } from '../../../components/Reports/GenerateReportButton'
import { CsvImportPanel as CsvImportPanel_6227f6c0ecba8c1bdacfd0b6e3d8e803 } from '../../../components/Monitoring/CsvImportPanel'
import { CalendarNavLink as CalendarNavLink_0f0831b6621b55c2ed0dc7b862af93c2 } from '../../../components/Nav/CalendarNavLink'
import { Dashboard as Dashboard_c3593b93e9ef12175b60778ec97a8609 } from '../../../components/Dashboard/Dashboard'
import { CalendarView as CalendarView_91d7108adbdecbfb8b0e14fad45ddde3 } from '../../../components/Calendar/CalendarView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
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
  "/components/workflow/WorkflowTransitions#WorkflowTransitions": WorkflowTransitions_81e217f5a8a06057dbc7a748f56b1891,
  "/components/workflow/RequestProducts#RequestProducts": RequestProducts_ed572e6736c84c2e4e3acf8cccd2fb88,
  "/components/workflow/WorkflowTimeline#WorkflowTimeline": WorkflowTimeline_9ab00d08a8c6014d6c20f745e1065383,
  "/components/Checks/ChecksPanel#ChecksPanel": ChecksPanel_848de5b744ab025a4a09c1ca6ccce888,
  "/components/ReviewClaim/ReviewClaimField#ReviewClaimField": ReviewClaimField_db98db426d91d49ab059296bb4f686c5,
  "/components/ReviewClaim/ReviewClaimCell#ReviewClaimCell": ReviewClaimCell_3c13a246f18bd47c54318ce6a2f753f7,
  "/components/ArchiveFocalPoint/FocalPointField#FocalPointField": FocalPointField_2e653b39e718f585ffe8f2e464e5138b,
  "/components/Reports/GenerateReportButton#GenerateReportButton": GenerateReportButton_4d83e3b90fbdd3af236c62d3c50b554d,
  "/components/Monitoring/CsvImportPanel#CsvImportPanel": CsvImportPanel_6227f6c0ecba8c1bdacfd0b6e3d8e803,
  "/components/Nav/CalendarNavLink#CalendarNavLink": CalendarNavLink_0f0831b6621b55c2ed0dc7b862af93c2,
  "/components/Dashboard/Dashboard#Dashboard": Dashboard_c3593b93e9ef12175b60778ec97a8609,
  "/components/Calendar/CalendarView#CalendarView": CalendarView_91d7108adbdecbfb8b0e14fad45ddde3,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

import { ReviewNotice as ReviewNotice_f1f437857875212c5487e36d6a4f8aa7 } from '../../../../collections/Procedures/components/ReviewNotice'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
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
import { DateCell as DateCell_407744ddbba353049c892504407b9712 } from '../../../../src/admin/DateCell'
import { ReviewCell as ReviewCell_8ee988971319d180367f5fd820dc166e } from '../../../../collections/Procedures/components/ReviewCell'
import { ReviewQuickFilter as ReviewQuickFilter_593b4c2d15ab366fa123420fbe5658b8 } from '../../../../collections/Procedures/components/ReviewQuickFilter'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReadOnlyFact as ReadOnlyFact_506909a75c8624141030b3494868f381 } from '../../../../collections/Submissions/components/ReadOnlyFact'
import { StatusPanel as StatusPanel_5460184c14b7bd4f2d41aa988c62efe6 } from '../../../../collections/Submissions/components/StatusPanel'
import { AnswersView as AnswersView_692bf4cca29f537b04214c8d80577d88 } from '../../../../collections/Submissions/components/AnswersView'
import { RequestTimeline as RequestTimeline_90365f24f2862213afddc29ba6b932b2 } from '../../../../collections/Submissions/components/RequestTimeline'
import { AssigneeCell as AssigneeCell_3d4600af49776daa916ad8278b026a9f } from '../../../../collections/Submissions/components/AssigneeCell'
import { AssigneeField as AssigneeField_679b97ed9fb8e1627d48c3eeeea5a2bf } from '../../../../collections/Submissions/components/AssigneeField'
import { DueDateCell as DueDateCell_751836d819789129aa35af159d82cf27 } from '../../../../collections/Submissions/components/DueDateCell'
import { QuickFilters as QuickFilters_09e2467238b4298e75ce612294071b17 } from '../../../../collections/Submissions/components/QuickFilters'
import { BulkActions as BulkActions_82a8c919b11769be29f6d27af2519334 } from '../../../../collections/Submissions/components/BulkActions'
import { ExportLinks as ExportLinks_32642b18427d5467025a41310bccaa85 } from '../../../../collections/Submissions/components/ExportLinks'
import { ListControlLabels as ListControlLabels_30fe6b3b13b213090dd7b9dd1b82073a } from '../../../../collections/Submissions/components/ListControlLabels'
import { CalendarLink as CalendarLink_6aa362b9eeaaf4e1d1a89b9351bc93b7 } from '../../../../src/admin/CalendarLink'
import { SessionReport as SessionReport_0b8b8027f03a8dfa66a91bf2d4444b0b } from '../../../../collections/Events/components/SessionReport'
import { EurosCell as EurosCell_12fe55730e19cb5727b210358a5bf566 } from '../../../../src/admin/EurosCell'
import { EurosField as EurosField_c2ea012457848df6ba5530dd22f7631a } from '../../../../src/admin/EurosField'
import { PaymentRefund as PaymentRefund_33ed3b957311e06497f9f3fa404791ca } from '../../../../src/admin/PaymentRefund'
import { PaymentHistory as PaymentHistory_c4a52faa4de55c263c5f7247d7aac64c } from '../../../../src/admin/PaymentHistory'
import { PaymentQuickFilters as PaymentQuickFilters_8c1702e70c8504b7dbee47bc26c8cd75 } from '../../../../src/admin/PaymentQuickFilters'
import { StatusCell as StatusCell_15bcc4dd575219b04c3585efcd21d26b } from '../../../../src/admin/StatusCell'
import { QueryPresetsAccessCell as QueryPresetsAccessCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsWhereCell as QueryPresetsWhereCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsWhereField as QueryPresetsWhereField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsColumnsCell as QueryPresetsColumnsCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsColumnField as QueryPresetsColumnField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsGroupByCell as QueryPresetsGroupByCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsGroupByField as QueryPresetsGroupByField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { StaffNavLinks as StaffNavLinks_18dbd51d6831da4518fa3829c7ea1f89 } from '../../../../src/admin/StaffNavLinks'
import { RequestsDashboard as RequestsDashboard_c645559a0d34201e7a64472016d891df } from '../../../../src/admin/RequestsDashboard'
import { BookingCalendarView as BookingCalendarView_4dcf945dbbd49c4ef8675cf2804a05bb } from '../../../../src/admin/BookingCalendarView'
import { RegieView as RegieView_9f7b0e7b0382a13897fa6abd954b987e } from '../../../../src/admin/RegieView'
import { PrintView as PrintView_8f5af28fe3342ddd4a8e3e3e0c8fa9e9 } from '../../../../collections/Submissions/components/PrintView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/Procedures/components/ReviewNotice#ReviewNotice": ReviewNotice_f1f437857875212c5487e36d6a4f8aa7,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
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
  "/src/admin/DateCell#DateCell": DateCell_407744ddbba353049c892504407b9712,
  "/collections/Procedures/components/ReviewCell#ReviewCell": ReviewCell_8ee988971319d180367f5fd820dc166e,
  "/collections/Procedures/components/ReviewQuickFilter#ReviewQuickFilter": ReviewQuickFilter_593b4c2d15ab366fa123420fbe5658b8,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/collections/Submissions/components/ReadOnlyFact#ReadOnlyFact": ReadOnlyFact_506909a75c8624141030b3494868f381,
  "/collections/Submissions/components/StatusPanel#StatusPanel": StatusPanel_5460184c14b7bd4f2d41aa988c62efe6,
  "/collections/Submissions/components/AnswersView#AnswersView": AnswersView_692bf4cca29f537b04214c8d80577d88,
  "/collections/Submissions/components/RequestTimeline#RequestTimeline": RequestTimeline_90365f24f2862213afddc29ba6b932b2,
  "/collections/Submissions/components/AssigneeCell#AssigneeCell": AssigneeCell_3d4600af49776daa916ad8278b026a9f,
  "/collections/Submissions/components/AssigneeField#AssigneeField": AssigneeField_679b97ed9fb8e1627d48c3eeeea5a2bf,
  "/collections/Submissions/components/DueDateCell#DueDateCell": DueDateCell_751836d819789129aa35af159d82cf27,
  "/collections/Submissions/components/QuickFilters#QuickFilters": QuickFilters_09e2467238b4298e75ce612294071b17,
  "/collections/Submissions/components/BulkActions#BulkActions": BulkActions_82a8c919b11769be29f6d27af2519334,
  "/collections/Submissions/components/ExportLinks#ExportLinks": ExportLinks_32642b18427d5467025a41310bccaa85,
  "/collections/Submissions/components/ListControlLabels#ListControlLabels": ListControlLabels_30fe6b3b13b213090dd7b9dd1b82073a,
  "/src/admin/CalendarLink#CalendarLink": CalendarLink_6aa362b9eeaaf4e1d1a89b9351bc93b7,
  "/collections/Events/components/SessionReport#SessionReport": SessionReport_0b8b8027f03a8dfa66a91bf2d4444b0b,
  "/src/admin/EurosCell#EurosCell": EurosCell_12fe55730e19cb5727b210358a5bf566,
  "/src/admin/EurosField#EurosField": EurosField_c2ea012457848df6ba5530dd22f7631a,
  "/src/admin/PaymentRefund#PaymentRefund": PaymentRefund_33ed3b957311e06497f9f3fa404791ca,
  "/src/admin/PaymentHistory#PaymentHistory": PaymentHistory_c4a52faa4de55c263c5f7247d7aac64c,
  "/src/admin/PaymentQuickFilters#PaymentQuickFilters": PaymentQuickFilters_8c1702e70c8504b7dbee47bc26c8cd75,
  "/src/admin/StatusCell#StatusCell": StatusCell_15bcc4dd575219b04c3585efcd21d26b,
  "@payloadcms/next/client#QueryPresetsAccessCell": QueryPresetsAccessCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsWhereCell": QueryPresetsWhereCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsWhereField": QueryPresetsWhereField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsColumnsCell": QueryPresetsColumnsCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsColumnField": QueryPresetsColumnField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsGroupByCell": QueryPresetsGroupByCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsGroupByField": QueryPresetsGroupByField_2b8867833a34864a02ddf429b0728a40,
  "/src/admin/StaffNavLinks#StaffNavLinks": StaffNavLinks_18dbd51d6831da4518fa3829c7ea1f89,
  "/src/admin/RequestsDashboard#RequestsDashboard": RequestsDashboard_c645559a0d34201e7a64472016d891df,
  "/src/admin/BookingCalendarView#BookingCalendarView": BookingCalendarView_4dcf945dbbd49c4ef8675cf2804a05bb,
  "/src/admin/RegieView#RegieView": RegieView_9f7b0e7b0382a13897fa6abd954b987e,
  "/collections/Submissions/components/PrintView#PrintView": PrintView_8f5af28fe3342ddd4a8e3e3e0c8fa9e9,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

/**
 * Every collection and global of the portal. To add one: create its file beside this one and
 * list it here — nothing else to register.
 */
import { Associations } from './Associations'
import { AuditLog } from './AuditLog'
import { Bookings } from './Bookings'
import { Businesses } from './Businesses'
import { CheckIns } from './CheckIns'
import { DirectoryProposals } from './DirectoryProposals'
import { Documents } from './Documents'
import { Domains } from './Domains'
import { Events } from './Events'
import { Forms } from './Forms'
import { FormSessions } from './FormSessions'
import { Charter } from './globals/Charter'
import { Site } from './globals/Site'
import { StatusEmails } from './globals/StatusEmails'
import { Media } from './Media'
import { Organisations } from './Organisations'
import { PaymentEvents } from './PaymentEvents'
import { Payments } from './Payments'
import { PayfipSimulations } from './PayfipSimulations'
import { PlaceClaims } from './PlaceClaims'
import { Addresses, CadastreSections, PluOverlays, PluRevisions, PluZones } from './Plu'
import { Procedures } from './Procedures'
import { RequestStats } from './RequestStats'
import { Resources } from './Resources'
import { SubmissionEmails } from './SubmissionEmails'
import { SubmissionFiles } from './SubmissionFiles'
import { Submissions } from './Submissions'
import { Tickets } from './Tickets'
import { Users } from './Users'
import { WaitingList } from './WaitingList'

export const collections = [
  Procedures,
  Domains,
  Forms,
  Submissions,
  SubmissionFiles,
  SubmissionEmails,
  FormSessions,
  PlaceClaims,
  Resources,
  Bookings,
  Events,
  Tickets,
  WaitingList,
  Payments,
  PaymentEvents,
  CheckIns,
  Documents,
  Media,
  Organisations,
  Users,
  RequestStats,
  AuditLog,
  Associations,
  Businesses,
  DirectoryProposals,
  PayfipSimulations,
  PluRevisions,
  PluZones,
  PluOverlays,
  CadastreSections,
  Addresses,
]

export const globals = [Site, Charter, StatusEmails]

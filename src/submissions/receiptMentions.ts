import { dateNumericFr } from '../lib/dateTimeNumericFr'
import { type DecisionSource, delayText, implicitDecision } from './implicitDecision'

/** The service in charge of the request, as the receipt names it (R112-5 2°). */
export interface ReceiptService {
  name: string
  address?: string | null
  email?: string | null
  phone?: string | null
}

/** The town's administrative court, set once (Site et commune › Recours contentieux). */
export interface AppealCourt {
  courtName?: string | null
  courtAddress?: string | null
  onlineAppeal?: string | null
}

export interface ReceiptInput {
  reference: string
  procedure: string
  receivedAt: Date
  /** The request's snapshot of the form's legal settings and its dates */
  decision: DecisionSource
  /** The procedure's own appeal routes (its code's), replacing the general ones */
  appealRoutes?: string | null
  service: ReceiptService
  court: AppealCourt
}

export interface ReceiptSection {
  heading: string
  paragraphs: string[]
}

const receivedAtFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' })
const oneLine = (text: string | null | undefined) => (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(', ')

export const CRPA = 'code des relations entre le public et l’administration (CRPA)'
const BASIS = `Accusé de réception délivré en application des articles L112-3, L112-11, R112-5 et R112-11-1 du ${CRPA}.`

/**
 * The mentions of a request's acknowledgement (CRPA L112-3, L112-11, R112-5, R112-11-1), for the
 * e-mail and the récépissé PDF alike: receipt date, service in charge, the date on which silence
 * is deemed an acceptance or a rejection and which, then the appeal routes (rejection) or the
 * right to an attestation (acceptance, L232-3). A request calling for no decision (sans objet) has
 * the receipt date and the service only. Wording: decision 0049.
 */
export function receiptMentions(input: ReceiptInput): ReceiptSection[] {
  const decision = implicitDecision({ ...input.decision, createdAt: input.decision.createdAt ?? input.receivedAt.toISOString() })
  const { service } = input
  const sections: ReceiptSection[] = [
    {
      heading: 'Votre demande',
      paragraphs: [
        `Référence : ${input.reference}`,
        `Démarche : ${input.procedure}`,
        `Reçue le : ${receivedAtFormat.format(input.receivedAt)}`,
        ...(decision.rule === 'sans_objet' ? ['Cette demande n’appelle pas de décision administrative : elle ne fait naître aucune décision implicite.'] : []),
      ],
    },
    {
      heading: 'Service chargé de votre demande',
      paragraphs: [
        `Service destinataire : ${service.name}`,
        ...(service.address ? [`Adresse postale : ${oneLine(service.address)}`] : []),
        ...(service.email ? [`Courriel : ${service.email}`] : []),
        ...(service.phone ? [`Téléphone : ${service.phone}`] : []),
      ],
    },
  ]
  if (decision.rule === 'sans_objet') return [...sections, { heading: 'Mentions légales', paragraphs: [BASIS] }]

  const nature = decision.nature
  const deemed = nature === 'rejet' ? 'rejetée' : 'acceptée'
  const basis =
    nature === 'rejet'
      ? `(silence vaut rejet pour cette démarche : articles L231-4 à L231-6 du CRPA)`
      : nature === 'acceptation'
        ? `(article L231-1 du CRPA)`
        : ''
  const delay = delayText(decision.delay)
  const dueSentence = (date: Date) =>
    nature ? `sans réponse de notre part au ${dateNumericFr(date)}, votre demande sera réputée ${deemed} ${basis}.` : `une réponse vous sera apportée au plus tard le ${dateNumericFr(date)}.`
  const delayParagraphs = decision.running
    ? [
        `Délai de réponse : ${delay} à compter de la réception du dossier complet (articles L114-3 et L114-5 du CRPA).`,
        `Votre dossier est complet depuis le ${dateNumericFr(input.decision.completeAt)} : ${dueSentence(decision.dueDate!)}`,
      ]
    : [
        `Délai de réponse : ${delay} à compter de la réception du dossier complet (articles L114-3 et L114-5 du CRPA).`,
        `Si votre dossier est complet à sa réception, ${dueSentence(decision.dueDateIfCompleteAtReceipt!)}`,
        'S’il manque une pièce ou une information, nous vous l’indiquerons avec le délai pour la fournir : le délai ne court pas tant que le dossier est incomplet (article L114-5 du CRPA), la date ci-dessus est alors reportée et la nouvelle date est indiquée sur votre page de suivi.',
      ]
  sections.push({ heading: nature ? 'Délai et décision implicite' : 'Délai de réponse', paragraphs: delayParagraphs })

  if (nature === 'rejet') sections.push({ heading: 'Voies et délais de recours', paragraphs: input.appealRoutes?.trim() ? [input.appealRoutes.trim()] : appealRoutes(input) })
  if (nature === 'acceptation') {
    sections.push({
      heading: 'Attestation de décision implicite',
      paragraphs: [
        'Lorsque votre demande sera réputée acceptée, vous pourrez demander au service ci-dessus une attestation de cette décision implicite d’acceptation (article L232-3 du CRPA).',
      ],
    })
  }
  sections.push({ heading: 'Mentions légales', paragraphs: [BASIS] })
  return sections
}

/** The general appeal routes against an implicit rejection (R421-2 of the code de justice administrative). */
function appealRoutes({ court }: ReceiptInput): string[] {
  const courtName = court.courtName?.trim() || 'tribunal administratif territorialement compétent'
  const where = court.courtAddress ? ` (${oneLine(court.courtAddress)})` : ''
  const online = court.onlineAppeal?.trim()
  return [
    'Contre une décision implicite de rejet, vous pouvez, dans un délai de deux mois à compter de la date à laquelle elle est née :',
    '- former un recours gracieux auprès du service chargé de votre demande (adresse ci-dessus) ou, le cas échéant, un recours hiérarchique auprès de l’autorité supérieure ;',
    `- former un recours contentieux devant le ${courtName}${where} (article R421-2 du code de justice administrative)${online ? `, y compris par l’application Télérecours citoyens sur ${online}` : ''}.`,
    'Un recours gracieux ou hiérarchique formé dans ce délai le prolonge : le recours contentieux reste possible dans les deux mois qui suivent sa réponse ou son rejet implicite (deux mois de silence). Une décision expresse de rejet prise pendant le délai de recours en fait courir un nouveau (article R421-2 du code de justice administrative).',
  ]
}

/** The sections as plain text (the e-mail): a heading, then its paragraphs. */
export const mentionsAsText = (sections: ReceiptSection[]): string => sections.map((s) => `${s.heading}\n${s.paragraphs.join('\n')}`).join('\n\n')

import { publicUrl } from '../lib/publicUrl'
import { DIRECTORY_KINDS, isDirectoryKind } from './kinds'

type DecidedProposal = {
  decision: string
  kind: string
  name: string
  rejectionReason?: string | null
  reference?: string | null
}

/** Subject and text of the e-mail telling the requester the decision on their proposal. */
export function decisionEmail(proposal: DecidedProposal, entrySlug: string | null = null): { subject: string; text: string } {
  const ref = proposal.reference ? ` (demande ${proposal.reference})` : ''
  if (proposal.decision === 'approved' && isDirectoryKind(proposal.kind) && entrySlug) {
    const url = `${publicUrl()}/annuaire/${DIRECTORY_KINDS[proposal.kind].segment}/${entrySlug}`
    return {
      subject: `Votre fiche « ${proposal.name} » est publiée dans l'annuaire`,
      text:
        `Bonjour,\n\nVotre demande${ref} a été acceptée : la fiche « ${proposal.name} » est maintenant visible dans l'annuaire.\n\n` +
        `Consulter la fiche : ${url}\n\nPour la modifier plus tard, utilisez le lien « Mettre à jour cette fiche » en bas de la page.\n\n` +
        `Ce message est envoyé automatiquement, merci de ne pas y répondre.`,
    }
  }
  const reason = proposal.rejectionReason?.trim()
  return {
    subject: `Votre demande pour l'annuaire : « ${proposal.name} »`,
    text:
      `Bonjour,\n\nVotre demande${ref} concernant « ${proposal.name} » n'a pas pu être acceptée.\n\n` +
      (reason ? `Motif : ${reason}\n\n` : '') +
      `Vous pouvez envoyer une nouvelle demande corrigée depuis l'annuaire du site.\n\n` +
      `Ce message est envoyé automatiquement, merci de ne pas y répondre.`,
  }
}

/**
 * A scan's verdict as the door's page shows it, and as /controle/scan answers the page's own
 * requests (JSON, decision 0073): the server judges, the page only displays.
 */
export interface DoorVerdict {
  accepted: boolean
  /** Shown big: "Billet valide", "Déjà contrôlé"… */
  verdict: string
  /** The ticket or the reason: "Plein — place E9", "le 12/12 à 20 h 02, porte 2" */
  detail: string
}

/** The answer to a scan sent by the page's script: the verdict and the id of its record. */
export interface ScanAnswer extends DoorVerdict {
  scan: string
}

export function isScanAnswer(value: unknown): value is ScanAnswer {
  const answer = value as Partial<ScanAnswer> | null
  return typeof answer === 'object' && answer !== null && typeof answer.accepted === 'boolean' && typeof answer.verdict === 'string' && typeof answer.detail === 'string' && typeof answer.scan === 'string'
}

/** What a screen reader says of a verdict: the refusal in words (the page shows it in red, with ✗). */
export function spokenVerdict({ accepted, verdict, detail }: DoorVerdict): string {
  const said = detail ? `${verdict}. ${detail}` : verdict
  return accepted ? said : `Entrée refusée : ${said}`
}

export const PROPOSAL_DECISIONS = [
  { value: 'pending', label: 'À traiter' },
  { value: 'approved', label: 'Approuver et publier' },
  { value: 'rejected', label: 'Refuser' },
] as const

export type ProposalDecision = (typeof PROPOSAL_DECISIONS)[number]['value']

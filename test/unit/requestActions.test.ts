import { availableActions } from '../../src/submissions/actions'
import { piecesDueDay, piecesOf } from '../../src/submissions/complement'
import { dateTimeNumericFr } from '../../src/lib/dateTimeNumericFr'

const labels = (status: string, completeAt: string | null = null) => availableActions({ status, completeAt }).map((a) => a.label)

describe("the agent's buttons follow the workflow", () => {
  it('offers one button per allowed change, "dossier complet" while the delay has not started', () => {
    expect(labels('recue')).toEqual(['Prendre en charge', 'Déclarer le dossier complet', 'Demander un complément', 'Refuser', 'Classer sans suite'])
    expect(labels('en_cours', '2026-12-01T10:00:00Z')).toEqual(['Demander un complément', 'Accepter', 'Refuser', 'Classer sans suite'])
    expect(labels('attente_usager')).toEqual(['Déclarer le dossier complet', 'Reprendre l’instruction', 'Accepter', 'Refuser', 'Classer sans suite'])
    for (const closed of ['terminee', 'refusee', 'classee']) expect(labels(closed)).toEqual(['Rouvrir'])
  })

  it('reads the missing pieces one per line and wants a deadline after today', () => {
    expect(piecesOf(' - Avis\n\n• RIB \r\n  ')).toEqual(['Avis', 'RIB'])
    const now = new Date('2026-12-28T22:30:00Z') // already the 28th… in UTC, the 28th 23:30 in Paris
    expect(piecesDueDay('2026-12-28', now)).toBeNull()
    expect(piecesDueDay('2026-12-29', now)).toBe('2026-12-29T12:00:00.000Z')
    expect(piecesDueDay('29/12/2026', now)).toBeNull()
  })

  it('writes instants the French way, Paris time', () => {
    expect(dateTimeNumericFr('2026-12-28T08:30:00Z')).toBe('28/12/2026 à 09:30')
    expect(dateTimeNumericFr('2026-07-01T22:05:00Z')).toBe('02/07/2026 à 00:05')
  })
})

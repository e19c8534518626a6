/** The procedures' beforeChange hook that guards the imported fiche and computes "à revoir". */
import type { PayloadRequest } from 'payload'

import { servicePublicReview } from '../../collections/Procedures/hooks/servicePublicReview'
import { SERVICE_PUBLIC_IMPORT } from '../../src/servicePublic/review'

const fiche = (code: string, modifiedAt = '2025-03-12T08:30:00.000Z') => ({
  ficheCode: code,
  title: `Fiche ${code}`,
  summary: 'Résumé.',
  modifiedAt,
  url: `https://www.service-public.fr/particuliers/vosdroits/${code}`,
  services: [],
  importedAt: '2025-03-13T00:00:00.000Z',
})
const emptied = { ficheCode: null, title: null, summary: null, modifiedAt: null, url: null, services: [], importedAt: null }

/** A procedure citing F1427, imported, reviewed after the fiche changed (so not "à revoir"). */
const reviewed = {
  id: 1,
  servicePublicCode: 'F1427',
  servicePublic: fiche('F1427'),
  servicePublicReviewedAt: '2025-04-01T00:00:00.000Z',
  servicePublicNeedsReview: false,
}

const run = (data: Record<string, unknown>, originalDoc: Record<string, unknown> | undefined, byImporter = false) =>
  servicePublicReview({
    data,
    originalDoc,
    req: { context: byImporter ? { [SERVICE_PUBLIC_IMPORT]: true } : {} } as unknown as PayloadRequest,
    operation: originalDoc ? 'update' : 'create',
    collection: {} as never,
    context: {},
  } as never) as Record<string, unknown>

describe('servicePublicReview', () => {
  it('keeps the stored fiche and the review on an ordinary edit', () => {
    const out = run({ title: 'Nouveau titre', servicePublicCode: 'F1427', servicePublic: fiche('F1427', '2000-01-01') }, reviewed)
    expect(out.servicePublic).toEqual(fiche('F1427'))
    expect(out.servicePublicReviewedAt).toBeUndefined()
    expect(out.servicePublicNeedsReview).toBe(false)
  })

  it('keeps the review date given with a first code (a new procedure, or the demo seed)', () => {
    const created = run({ servicePublicCode: 'F1432', servicePublicReviewedAt: '2025-03-01T00:00:00.000Z' }, undefined)
    expect(created.servicePublicReviewedAt).toBe('2025-03-01T00:00:00.000Z')
    const firstCode = run({ servicePublicCode: 'F1432', servicePublicReviewedAt: '2025-03-01T00:00:00.000Z' }, { id: 2, servicePublicCode: null })
    expect(firstCode.servicePublicReviewedAt).toBe('2025-03-01T00:00:00.000Z')
  })

  it('drops the old fiche and its review when the code changes', () => {
    const out = run({ servicePublicCode: 'F1367' }, reviewed)
    expect(out.servicePublic).toEqual(emptied)
    expect(out.servicePublicReviewedAt).toBeNull()
    expect(out.servicePublicNeedsReview).toBe(false)
  })

  it('drops the old fiche when the code changes on a procedure never reviewed (no "à revoir" from the old fiche)', () => {
    const out = run({ servicePublicCode: 'F1367' }, { ...reviewed, servicePublicReviewedAt: null, servicePublicNeedsReview: true })
    expect(out.servicePublic).toEqual(emptied)
    expect(out.servicePublicNeedsReview).toBe(false)
  })

  it.each([[null], ['']])('drops the fiche and its review when the code is emptied (%p)', (code) => {
    const out = run({ servicePublicCode: code }, reviewed)
    expect(out.servicePublic).toEqual(emptied)
    expect(out.servicePublicReviewedAt).toBeNull()
    expect(out.servicePublicNeedsReview).toBe(false)
  })

  it('does not stamp a review of the old fiche in the save that changes the code', () => {
    const out = run({ servicePublicCode: 'F1367', servicePublicMarkReviewed: true }, reviewed)
    expect(out.servicePublicReviewedAt).toBeNull()
    expect(out.servicePublicMarkReviewed).toBe(false)
  })

  it("drops a stored fiche that is another code's, even when the code field is not in the data", () => {
    const out = run({ title: 'Titre' }, { ...reviewed, servicePublicCode: 'F1367' })
    expect(out.servicePublic).toEqual(emptied)
    expect(out.servicePublicNeedsReview).toBe(false)
  })

  it("lets the importer write the current code's fiche, but not another code's into a draft citing a new code", () => {
    const published = run({ servicePublicCode: 'F1427', servicePublic: fiche('F1427', '2099-01-01T00:00:00.000Z') }, { ...reviewed, servicePublicCode: 'F1367' }, true)
    expect((published.servicePublic as { ficheCode: string }).ficheCode).toBe('F1427')
    expect(published.servicePublicNeedsReview).toBe(true)
    const draft = run({ servicePublicCode: 'F1367', servicePublic: fiche('F1427') }, { ...reviewed, servicePublicCode: 'F1367' }, true)
    expect(draft.servicePublic).toEqual(emptied)
  })
})

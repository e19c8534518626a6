import { attente, type AttenteFieldConfig } from '../../../blocks/fields/attente'
import type { WaitingLive } from '../../../blocks/fields/attente/WaitingPicker'
import type { WaitingAnswer } from '../../../src/ticketing/waitingList'
import { attr, parseWith, renderInput, tagWithId } from './rawInput'

const field: AttenteFieldConfig = { blockType: 'attente', label: 'Séance et places', name: 'attente', required: true }
const NOW = '2026-12-07T08:00:00.000Z'
const show = {
  id: 7,
  slug: 'fabrique',
  title: 'La Petite Fabrique à nuages',
  venue: 'Le Dôme',
  maxPerOrder: 6,
  tariffs: [{ id: 'plein', name: 'Plein', price: 8 }],
  sessions: [
    { id: 's1', startsAt: '2026-12-12T14:00:00.000Z', capacity: 30 },
    { id: 's2', startsAt: '2026-12-13T14:00:00.000Z', capacity: 30 },
    { id: 's3', startsAt: '2026-12-14T14:00:00.000Z', capacity: 30, salesClosed: true },
  ],
}
const live = (taken: Record<string, number>): WaitingLive => ({ events: [show as never], taken, now: NOW, fixed: false })
const answer: WaitingAnswer = { event: 7, eventTitle: show.title, session: 's1', sessionStartsAt: show.sessions[0].startsAt, places: 2 }

describe('the waiting-list field', () => {
  it('accepts what its prepare pass checked (a sold-out session, a number of places)', async () => {
    expect(await parseWith(attente, field, { attente: 's1' }, { prepared: { attente: answer } })).toEqual({ ok: true, value: answer })
  })

  it('refuses with the prepare pass’s French message, keeping the show and the session chosen', async () => {
    const refused = await parseWith(
      attente,
      field,
      { attente: 's1', 'attente.places': '0' },
      { prepared: { attente: { eventId: '7', session: 's1' } }, prepareErrors: { attente: 'Indiquez un nombre de places entre 1 et 6.', 'attente.places': 'Indiquez un nombre de places entre 1 et 6.' } },
    )
    expect(refused).toEqual({ ok: false, error: 'Indiquez un nombre de places entre 1 et 6.', errors: { 'attente.places': 'Indiquez un nombre de places entre 1 et 6.' }, value: { eventId: '7', session: 's1' } })
    expect(await parseWith(attente, field, { attente: 'inconnue' })).toEqual({ ok: false, error: 'Choisissez une des séances proposées.' })
    expect(await parseWith(attente, field, {})).toEqual({ ok: true, value: null })
  })

  it('comes prefilled from the agenda’s link, only with well-formed values', () => {
    expect(attente.prefill!(field, new URLSearchParams('spectacle=fabrique&seance=s1'))).toEqual({ eventSlug: 'fabrique', session: 's1' })
    expect(attente.prefill!(field, new URLSearchParams('spectacle=fabrique&seance=<b>'))).toEqual({ eventSlug: 'fabrique' })
    expect(attente.prefill!(field, new URLSearchParams('spectacle=../x'))).toBeUndefined()
  })

  it('offers the sold-out sessions only, as radios; the others say to buy the places left', () => {
    const html = renderInput(attente, { field, name: 'attente', id: 'champ-attente', value: { eventSlug: 'fabrique', session: 's1' }, live: live({ 'events:7:s1': 30, 'events:7:s2': 28 }) })
    expect(attr(tagWithId(html, 'champ-attente'), 'value')).toBe('s1')
    expect(tagWithId(html, 'champ-attente')).toMatch(/checked/)
    expect(html).toContain('il reste 2 places : réservez-les directement.')
    expect(html).not.toContain('value="s2"')
    expect(html).not.toContain('value="s3"') // sales closed
    expect(attr(tagWithId(html, 'champ-attente-places'), 'max')).toBe('6')
  })

  it('says what the stored request holds', () => {
    expect(attente.display!(field, answer, {} as never)).toEqual(['Liste d’attente : La Petite Fabrique à nuages — samedi 12 décembre 2026 à 15 h 00', '2 places souhaitées'])
  })
})

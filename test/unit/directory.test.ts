import { pagesToShow } from '../../src/components/directory/Pagination'
import { ASSOCIATION_CATEGORIES, BUSINESS_SECTORS, categoryFromText } from '../../src/directory/categories'
import { fieldOfHeader } from '../../src/directory/csvColumns'
import { initialOf, tidyPhone, tidyWebsite } from '../../src/directory/entryFields'
import { parseMeetingLines } from '../../src/directory/meetingLines'
import { directoryPaths } from '../../src/site/directoryPaths'

describe('directory helpers', () => {
  it('reads categories written by people, by label or code, without accents or case', () => {
    expect(categoryFromText(ASSOCIATION_CATEGORIES, 'Solidarité')).toBe('solidarite')
    expect(categoryFromText(ASSOCIATION_CATEGORIES, ' SANTE ')).toBe('sante')
    expect(categoryFromText(BUSINESS_SECTORS, 'Restauration et cafés')).toBe('restauration')
    expect(categoryFromText(BUSINESS_SECTORS, 'restauration')).toBe('restauration')
    expect(categoryFromText(ASSOCIATION_CATEGORIES, 'Pétanque')).toBeNull()
    expect(categoryFromText(ASSOCIATION_CATEGORIES, '')).toBeNull()
  })

  it('maps the old site’s French headers', () => {
    expect(['Nom', 'Catégorie', 'Code Postal', 'code_postal', 'Téléphone', 'Site Web', 'SIRET', 'Secteur d’activité'].map(fieldOfHeader)).toEqual([
      'name', 'category', 'postcode', 'postcode', 'phone', 'website', 'siret', 'category',
    ])
    expect(fieldOfHeader('Ancien identifiant')).toBeNull()
  })

  it('tidies phones and websites, and files names under their initial', () => {
    expect(tidyPhone('+33297601234')).toBe('02 97 60 12 34')
    expect(tidyPhone('12345')).toBeNull()
    expect(tidyWebsite('www.kerlann.fr')).toBe('https://www.kerlann.fr')
    expect(tidyWebsite('pas un site')).toBeNull()
    expect(['Élan', 'kayak', '3 Rivières', 'Œuvre'].map(initialOf)).toEqual(['E', 'K', '#', 'O'])
  })

  it('reads meeting lines "Lieu : horaires"', () => {
    expect(parseMeetingLines('Salle A : mardi 18 h\n\nStade')).toEqual([
      { place: 'Salle A', schedule: 'mardi 18 h' },
      { place: 'Stade', schedule: 'Horaires à demander à l’association' },
    ])
  })

  it('shows the first, last and nearby pages with gaps', () => {
    expect(pagesToShow(1, 1)).toEqual([1])
    expect(pagesToShow(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20])
    expect(pagesToShow(2, 4)).toEqual([1, 2, 3, 4])
  })

  it('builds list addresses with only the parameters in use', () => {
    expect(directoryPaths.list('businesses')).toBe('/annuaire/entreprises')
    expect(directoryPaths.list('associations', { q: 'foot', categorie: 'sport', lettre: '', page: 1 })).toBe('/annuaire/associations?q=foot&categorie=sport')
    expect(directoryPaths.list('associations', { lettre: '#', page: 3 })).toBe('/annuaire/associations?lettre=%23&page=3')
  })
})

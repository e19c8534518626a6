import { contentSecurityPolicy, formActionSources } from '../../src/security/headers'

describe('form-action of the pages', () => {
  it('is the site alone with the simulator, the site and PayFiP’s origin with PayFiP', () => {
    expect(formActionSources({})).toBe(`'self'`)
    expect(formActionSources({ PAYMENT_PROVIDER: 'simulateur' })).toBe(`'self'`)
    expect(formActionSources({ PAYMENT_PROVIDER: 'payfip' })).toBe(`'self' https://www.payfip.gouv.fr`)
    expect(formActionSources({ PAYMENT_PROVIDER: 'PayFiP', PAYFIP_PAGE_URL: 'https://recette.payfip.example/tpa/paiementws.web' })).toBe(`'self' https://recette.payfip.example`)
    expect(formActionSources({ PAYMENT_PROVIDER: 'payfip', PAYFIP_PAGE_URL: 'pas une adresse' })).toBe(`'self'`)
  })

  it('is in the pages’ policy', () => {
    expect(contentSecurityPolicy('abc', false)).toContain(`form-action 'self'`)
  })
})

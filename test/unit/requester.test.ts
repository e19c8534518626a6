/** Who made a request (src/submissions/requester.ts): listed and exported without control characters; the search key of the RGPD export. */
import type { FormDefinition } from '../../src/forms/engine'
import { emailKey, requesterOf } from '../../src/submissions/requester'

const definition = {
  steps: [{ title: 'Vous', fields: [{ blockType: 'text', name: 'prenom' }, { blockType: 'text', name: 'nom' }, { blockType: 'email', name: 'courriel' }] }],
} as unknown as FormDefinition

describe('requester of a request', () => {
  it('drops control characters from the name and address, whatever reached the answers', () => {
    expect(requesterOf(definition, { prenom: 'Camille\u202e', nom: 'Mar\u0000tin', courriel: 'camille@example.fr\u0007' })).toEqual({
      name: 'Camille Martin',
      email: 'camille@example.fr',
    })
  })

  it('the RGPD search key is the trimmed lower-case address', () => {
    expect(emailKey(' Camille.Martin@Example.fr ')).toBe('camille.martin@example.fr')
    expect(emailKey('')).toBeNull()
    expect(emailKey(null)).toBeNull()
  })
})

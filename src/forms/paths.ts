import { followUpLinks } from '../lib/followUpLinks'

/** The slug as a path segment: a slug typed in an address can hold anything ("/", quotes, markup). */
const segment = (slug: string) => encodeURIComponent(slug)

/** Addresses of the form pages. */
export const formPaths = {
  step: (slug: string, session?: string, step = 0) =>
    `/formulaires/${segment(slug)}${session ? `?session=${encodeURIComponent(session)}&etape=${step + 1}` : step ? `?etape=${step + 1}` : ''}`,
  post: (slug: string) => `/formulaires/${segment(slug)}/etape`,
  review: (slug: string, session: string) => `/formulaires/${segment(slug)}/verification?session=${encodeURIComponent(session)}`,
  followUp: followUpLinks.page,
}

/** DOM id of an input, from its name ("enfants.0.prenom" → "champ-enfants-0-prenom"). */
export const inputId = (name: string) => `champ-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`

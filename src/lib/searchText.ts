/**
 * Search is done on a normalised copy of each document's text (lower case, no accents), with a
 * plain `like` per word: the same query works on SQLite and MongoDB.
 */
export function normaliseForSearch(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

const MAX_WORDS = 8

/** Words of a citizen's query worth searching for (at most 8, at least 2 letters each). */
export function searchWords(query: string): string[] {
  const words = normaliseForSearch(query)
    .split(' ')
    .filter((w) => w.length >= 2)
  return [...new Set(words)].slice(0, MAX_WORDS)
}

import { normaliseForSearch } from '../../lib/searchText.ts'

/** Street-type abbreviations found in typed addresses, expanded on both sides of a search. */
const ABBREVIATIONS: Record<string, string> = {
  all: 'allee',
  av: 'avenue',
  ave: 'avenue',
  bd: 'boulevard',
  bld: 'boulevard',
  bvd: 'boulevard',
  ch: 'chemin',
  che: 'chemin',
  chem: 'chemin',
  crs: 'cours',
  fbg: 'faubourg',
  imp: 'impasse',
  lot: 'lotissement',
  pl: 'place',
  pte: 'porte',
  qu: 'quai',
  r: 'rue',
  res: 'residence',
  rte: 'route',
  sq: 'square',
  st: 'saint',
  ste: 'sainte',
  bis: 'b',
  ter: 't',
  quater: 'q',
}

/**
 * The key an address is found by: no accents, lower case, punctuation as spaces, common
 * abbreviations expanded ("12 bd St-Michel" and "12 Boulevard Saint Michel" give the same key).
 * Apply it to the stored label and to the query alike.
 */
export function addressSearchKey(text: string): string {
  return normaliseForSearch(text)
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ')
    .replace(/\b(\d+) ([btq])\b/g, '$1$2')
}

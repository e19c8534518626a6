/** "Date de naissance" → "date_de_naissance": the key of an answer, stable and readable in exports. */
export function machineName(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48) || 'champ'
}

export const MACHINE_NAME_PATTERN = /^[a-z][a-z0-9_]{0,47}$/

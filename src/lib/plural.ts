/** "0 démarche", "1 démarche", "3 démarches" (French: 0 and 1 are singular). */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${count} ${Math.abs(count) < 2 ? singular : pluralForm}`
}

/** French file sizes as shown next to a download link: "850 octets", "45 Ko", "1,2 Mo". */
export function formatFileSize(bytes: number | null | undefined): string {
  if (!bytes || bytes < 0) return 'taille inconnue'
  if (bytes < 1000) return `${bytes} octets`
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} Ko`
  const mo = bytes / 1_000_000
  return `${mo < 10 ? mo.toFixed(1).replace('.', ',') : Math.round(mo)} Mo`
}

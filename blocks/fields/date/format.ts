/** "2026-03-12" → "12/03/2026": how a date answer is shown (server display and in-page check step). */
export function formatDateFr(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso
}

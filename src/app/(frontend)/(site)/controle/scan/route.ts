import type { ScanAnswer } from '@/components/door/doorVerdict'
import { problemResponse } from '@/security/problemResponse'
import { sitePayload } from '@/site/payload'
import { checkInTicket } from '@/ticketing/checkIn'
import { mayCheckIn, staffOf } from '@/ticketing/doorAccess'

const text = (data: FormData, key: string, max: number) => {
  const value = data.get(key)
  return typeof value === 'string' ? value.trim().slice(0, max) : ''
}

/**
 * A scan at the door: checks the ticket (signature, state, session, first scan only) and sends
 * the door back to its page, which shows the verdict it recorded. Staff with the permission only.
 * The page's own script (the camera, decision 0073) asks for JSON: the verdict itself, so that the
 * page — and its camera — stay.
 */
export async function POST(request: Request) {
  const payload = await sitePayload()
  const user = await staffOf(payload, request.headers)
  if (!mayCheckIn(user)) return problemResponse(403, 'Accès réservé', 'Le contrôle des billets est réservé au personnel de la billetterie : connectez-vous.', { back: { href: '/controle', label: 'Contrôle des billets' } })
  let data: FormData
  try {
    data = await request.formData()
  } catch {
    return problemResponse(400, 'Envoi illisible', 'Le formulaire de contrôle n’a pas pu être lu : recommencez.', { back: { href: '/controle', label: 'Contrôle des billets' } })
  }
  const door = text(data, 'porte', 20) || '1'
  const session = text(data, 'seance', 40)
  const result = await checkInTicket(payload, text(data, 'code', 200), { door, session: session || null, by: { id: user!.id, name: user!.name } })
  if (/\bapplication\/json\b/.test(request.headers.get('accept') ?? '')) {
    const answer: ScanAnswer = { accepted: result.accepted, verdict: result.verdict, detail: result.detail, scan: String(result.recordId) }
    return Response.json(answer, { headers: { 'Cache-Control': 'no-store', Vary: 'Accept' } })
  }
  const back = new URLSearchParams({ seance: session, porte: door, scan: String(result.recordId) })
  return new Response(null, { status: 303, headers: { Location: `/controle?${back}`, 'Cache-Control': 'no-store' } })
}

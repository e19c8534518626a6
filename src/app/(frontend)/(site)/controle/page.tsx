import type { Metadata } from 'next'
import { headers } from 'next/headers'

import { CameraScan } from '@/components/door/CameraScan'
import { DoorVerdicts } from '@/components/door/DoorVerdicts'
import { sitePayload } from '@/site/payload'
import { sessionFr } from '@/ticketing/describe'
import { mayCheckIn, staffOf } from '@/ticketing/doorAccess'
import { upcomingEvents } from '@/ticketing/events'

import './door.css'

export const metadata: Metadata = { title: 'Contrôle des billets', robots: { index: false, follow: false } }

type Props = { searchParams: Promise<{ seance?: string; porte?: string; scan?: string }> }

const SESSION_WINDOW_MS = 36 * 3_600_000

/**
 * The door of Le Dôme, on a phone: the session being let in, the door's name, and the ticket's
 * code (typed, entered by a scanner that types, or read by the phone's camera: CameraScan). The
 * verdict of the last scan is shown big, green or red, with its reason (DoorVerdicts: without
 * JavaScript, the page the scan redirects to; with the camera, each verdict without leaving the
 * page). Staff with the "billetterie" permission only.
 */
export default async function DoorPage({ searchParams }: Props) {
  const payload = await sitePayload()
  const user = await staffOf(payload, await headers())
  if (!mayCheckIn(user)) {
    return (
      <>
        <h1>Contrôle des billets</h1>
        <p className="notice">
          Cette page est réservée au personnel de la billetterie. <a href="/admin/login?redirect=%2Fcontrole">Connectez-vous</a> avec un compte qui a la permission « Contrôle des billets ».
        </p>
      </>
    )
  }
  const { seance, porte, scan } = await searchParams
  const now = Date.now()
  const sessions = (await upcomingEvents(payload, new Date(now - 6 * 3_600_000))).flatMap((event) =>
    (event.sessions ?? []).filter((s) => s.id && Math.abs(Date.parse(s.startsAt) - now) < SESSION_WINDOW_MS).map((s) => ({ id: s.id!, label: `${event.title} — ${sessionFr(s.startsAt)}` })),
  )
  const record = scan && /^[A-Za-z0-9]{1,40}$/.test(scan) ? await payload.findByID({ collection: 'check-ins', id: scan, depth: 0, overrideAccess: true, disableErrors: true }) : null
  // Only the door's own last scan is shown (a link cannot make a screen say "valide").
  const last = record && String(typeof record.by === 'object' ? record.by?.id : record.by) === String(user!.id) && now - Date.parse(record.createdAt) < 10 * 60_000 ? record : null
  return (
    <>
      <h1>Contrôle des billets</h1>
      <DoorVerdicts last={last ? { accepted: Boolean(last.accepted), verdict: last.verdict, detail: last.detail ?? '' } : null}>
        <form method="post" action="/controle/scan" className="door-form">
          <div className="form-field">
            <label htmlFor="seance">Séance</label>
            <select id="seance" name="seance" defaultValue={seance ?? sessions[0]?.id ?? ''}>
              <option value="">Toutes les séances</option>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor="porte">Porte</label>
            <input id="porte" name="porte" type="text" maxLength={20} defaultValue={porte ?? '1'} autoComplete="off" />
          </div>
          <div className="form-field">
            <label htmlFor="code">Code du billet</label>
            <p className="hint" id="code-aide">
              Le texte sous le QR code du billet, ou scannez-le avec une douchette.
            </p>
            <input id="code" name="code" type="text" required autoFocus autoComplete="off" autoCapitalize="off" spellCheck={false} aria-describedby="code-aide" />
          </div>
          <CameraScan />
          <button type="submit">Contrôler</button>
        </form>
      </DoorVerdicts>
    </>
  )
}

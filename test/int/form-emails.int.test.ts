/**
 * The citizen's acknowledgement e-mail: staff write its subject and body with {{champ}} tokens
 * (collections/Forms: emails.citizenSubject, emails.citizenBody); each is replaced by the answer
 * as displayed (src/forms/summary.ts fillTemplate, src/submissions/notify.ts). Read in the outbox.
 */
import fs from 'node:fs'
import path from 'node:path'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { formClient } from '../helpers/formClient'
import { readOutbox } from '../helpers/mail'
import { skipSuiteOnTestServer } from '../helpers/testServerGaps'

// Adapter-neutral: run on SQLite and a real MongoDB, not on the npm MongoDB test server (decision 0037).
skipSuiteOnTestServer()

let booted: BootedPayload
let outbox: string
let client: ReturnType<typeof formClient>

beforeAll(async () => {
  booted = await bootPayload({ demo: true })
  outbox = path.join(booted.uploadsDir, '..', 'outbox')
  process.env.OUTBOX_DIR = outbox
  process.env.FORM_MIN_FILL_SECONDS = '3'
  process.env.FORM_RATE_LIMIT_PER_MINUTE = '100000'
  client = formClient(booted.payload)
}, 120_000)

afterAll(async () => booted?.shutdown())

interface Eml {
  headers: Record<string, string>
  body: string
}

/** "=?UTF-8?Q?...?=" / "=?UTF-8?B?...?=" encoded words of a header (RFC 2047), as nodemailer writes them. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?') // whitespace between two encoded words is not part of the text
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_h, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), 'latin1').toString('utf8'),
    )
}

function decodeBody(body: string, transferEncoding: string): string {
  if (/base64/i.test(transferEncoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (/quoted-printable/i.test(transferEncoding)) {
    const joined = body.replace(/=\r?\n/g, '')
    return Buffer.from(joined.replace(/=([0-9A-F]{2})/g, (_h, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), 'latin1').toString('utf8')
  }
  return body
}

/** The outbox's .eml files, headers unfolded and decoded, body decoded. */
function readMails(): Eml[] {
  if (!fs.existsSync(outbox)) return []
  return fs
    .readdirSync(outbox)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => {
      const raw = fs.readFileSync(path.join(outbox, f), 'utf8')
      const split = raw.search(/\r?\n\r?\n/)
      const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ')
      const headers: Record<string, string> = {}
      for (const line of head.split(/\r?\n/)) {
        const colon = line.indexOf(':')
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = decodeHeader(line.slice(colon + 1).trim())
      }
      // A multipart message (the récépissé attached): its text part.
      const body = /^multipart\//i.test(headers['content-type'] ?? '')
        ? (readOutbox(outbox).find((m) => m.file === f)?.text ?? '')
        : decodeBody(raw.slice(split).replace(/^\r?\n\r?\n/, ''), headers['content-transfer-encoding'] ?? '')
      return { headers, body }
    })
}

const SLUG = 'demande-avec-jetons'

describe('citizen e-mail with {{champ}} tokens', () => {
  it('replaces each token by the displayed answer, keeps an unknown token visible, and gives the reference', async () => {
    const org = (await booted.payload.find({ collection: 'organisations', where: { slug: { equals: 'commune' } }, overrideAccess: true })).docs[0]
    await booted.payload.create({
      collection: 'forms',
      overrideAccess: true,
      data: {
        title: 'Demande avec jetons',
        slug: SLUG,
        organisation: org.id,
        steps: [
          {
            title: 'Votre demande',
            fields: [
              { blockType: 'text', label: 'Prénom', name: 'prenom', required: true },
              { blockType: 'text', label: 'Nom', name: 'nom', required: true },
              { blockType: 'email', label: 'Courriel', name: 'courriel', required: true },
              { blockType: 'telephone', label: 'Téléphone', name: 'telephone', required: true },
              {
                blockType: 'select',
                label: 'Objet',
                name: 'objet',
                required: true,
                options: [
                  { label: 'État civil', value: 'etat_civil' },
                  { label: 'Voirie et propreté', value: 'voirie' },
                ],
              },
              {
                blockType: 'checkboxes',
                label: 'Disponibilités',
                name: 'creneaux',
                options: [
                  { label: 'Le matin', value: 'matin' },
                  { label: "L'après-midi", value: 'apres_midi' },
                ],
              },
              { blockType: 'text', label: 'Complément', name: 'complement' },
              // hidden here (the request is about "voirie"): its token must not show as raw text
              {
                blockType: 'text',
                label: 'Référence cadastrale',
                name: 'cadastre',
                condition: { enabled: true, match: 'all', rules: [{ field: 'objet', operator: 'equals', value: 'urbanisme' }] },
              },
            ],
          },
        ],
        emails: {
          citizenSubject: 'Demande {{ reference }} : {{objet}}',
          citizenBody:
            'Bonjour {{prenom}} {{nom}},\n\n' +
            'Votre demande « {{formulaire}} » ({{objet}}) porte la référence {{reference}}.\n' +
            'Nous vous rappellerons au {{telephone}} ({{creneaux}}).\n' +
            'Complément : [{{complement}}]\n' +
            'Cadastre : [{{cadastre}}]\n' +
            'Jeton inconnu : {{champ_inconnu}}',
        },
        _status: 'published',
      } as never,
    })

    const before = new Set(readMails().map((m) => m.headers['message-id']))
    const sent = await client.post(SLUG, {
      action: 'envoyer-tout',
      prenom: 'Anne',
      nom: 'Le Goff',
      courriel: 'jetons@example.fr',
      telephone: '+33 6 12 34 56 78',
      objet: 'voirie',
      creneaux: ['apres_midi', 'matin'],
      complement: 'Gagnez 1000 € sur http://spam.example',
      cadastre: 'AB 123',
    })
    expect(sent.followUp).toBeTruthy()

    const { docs } = await booted.payload.find({ collection: 'submissions', where: { requesterEmail: { equals: 'jetons@example.fr' } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const { reference } = docs[0]
    expect(reference).toMatch(/^\d{4}-\d{6}$/)
    expect((docs[0].answers as Record<string, unknown>).telephone).toBe('+33612345678') // stored normalised...

    const mails = readMails().filter((m) => !before.has(m.headers['message-id']))
    const citizen = mails.filter((m) => m.headers.to === 'jetons@example.fr')
    expect(citizen).toHaveLength(1)
    const { headers, body } = citizen[0]

    expect(headers.subject).toBe(`Demande ${reference} : Voirie et propreté`)
    // Names and other free text are the sender's words: never repeated to an unverified address.
    expect(body).toContain('Bonjour,')
    expect(body).not.toContain('Anne')
    expect(body).not.toContain('spam.example')
    expect(body).toContain(`Votre demande « Demande avec jetons » (Voirie et propreté) porte la référence ${reference}.`)
    // ...and shown in the national format; checkboxes by their labels, in the options' order
    expect(body).toContain("Nous vous rappellerons au 06 12 34 56 78 (Le matin, L'après-midi).")
    expect(body).toContain('Complément : []') // free text: replaced by nothing
    expect(body).toContain('Cadastre : []') // a field hidden by its condition: nothing, never its raw token nor the value sent
    expect(body).toContain('Jeton inconnu : {{champ_inconnu}}') // left visible so staff notice it
    expect(body).not.toMatch(/\{\{\s*(reference|formulaire|prenom|nom|telephone|objet|creneaux|complement)\s*\}\}/)
    // The reference and the follow-up link are also given outside the staff's text.
    expect(body).toContain(`Référence : ${reference}`)
    expect(body).toContain(`http://localhost:3000/suivi/${sent.followUp}`) // absolute: a mail client can open it
    expect(body).toMatch(/Reçue le : \d{1,2} \S+ 20\d\d/)
    expect(body).toContain('Service destinataire : ')
    expect(body).toContain("Si vous n'êtes pas à l'origine de cette demande")
    expect(body).not.toContain('Récapitulatif') // the answers are read on the follow-up page, behind the secret link

    // The service's notification does not use the citizen's text.
    const service = mails.filter((m) => m.headers.to === 'mairie@kerlann.fr')
    expect(service).toHaveLength(1)
    expect(service[0].headers.subject).toBe(`Nouvelle demande ${reference} — Demande avec jetons`)
    expect(service[0].body).toContain('Le Goff') // the town's own address gets every answer
  })
})

/**
 * Decision 0071: nothing personal reaches the logs. The string scrubber on hostile texts, the key
 * masking at any depth, and the portal's real pino logger (the one Payload and the web server use)
 * writing to a stream the test reads.
 */
import { Writable } from 'node:stream'

import { createPortalLogger, logLevel } from '../../src/ops/logging/logger'
import { requestContext } from '../../src/ops/logging/requestContext'
import { sanitizeLogLine, sanitizeLogValue } from '../../src/ops/logging/sanitize'
import { looksLikeSecret, MAX_TEXT_LENGTH, scrubText } from '../../src/ops/logging/scrubText'
import { newSecureToken } from '../../src/lib/secureToken'
import { newTicketCode, signedTicketCode } from '../../src/ticketing/ticketCode'

/** A logger made exactly as the app's, whose JSON lines land in `lines`. */
function capturedLogger() {
  const lines: Array<Record<string, unknown>> = []
  const raw: string[] = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        raw.push(line)
        lines.push(JSON.parse(line))
      }
      done()
    },
  })
  return { logger: createPortalLogger({ json: true, destination }), lines, raw }
}

describe('scrubText: personal data and secrets in free text', () => {
  const token = newSecureToken()
  const ticket = signedTicketCode(newTicketCode())

  it.each([
    ['an e-mail address', 'Échec de l’envoi à jean.dupont+mairie@exemple.fr pour 2026-CCAS-000123', 'jean.dupont', 'Échec de l’envoi à [courriel] pour 2026-CCAS-000123'],
    ['an accented e-mail address', 'destinataire : élodie.lefèvre@mairie-kerlann.bzh', 'élodie', 'destinataire : [courriel]'],
    ['a URL-encoded e-mail address', 'GET /annuaire?contact=marie%40exemple.org', 'marie', 'GET /annuaire?contact=[courriel]'],
    ['a French mobile number', 'rappeler le 06 12 34 56 78 demain', '56 78', 'rappeler le [téléphone] demain'],
    ['a number in the international form', 'tel +33 (0)6.12.34.56.78', '56.78', 'tel [téléphone]'],
    ['a compact landline', 'fixe: 0297123456.', '0297123456', 'fixe: [téléphone].'],
    ['an IBAN, grouped', 'IBAN FR76 3000 6000 0112 3456 7890 189 refusé', '3000 6000', 'IBAN [iban] refusé'],
    ['an IBAN, compact', 'iban=FR7630006000011234567890189', 'FR7630006000011234567890189', 'iban=[iban]'],
    ['a NIR', 'NIR 1 84 12 75 123 456 78 invalide', '123 456', 'NIR [nir] invalide'],
    ['a bearer token', 'Authorization: Bearer abc.def-ghi', 'abc.def', 'Authorization: [masqué]'],
    ['a bearer token alone', 'sent Bearer abcdefghi', 'abcdefghi', 'sent Bearer [masqué]'],
    ['a JWT written alone', 'jwt eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.c2lnbmF0dXJl', 'eyJhbGci', 'jwt [jeton]'],
    ['a payload-token cookie', 'cookie payload-token=abc123; lang=fr', 'abc123', 'cookie payload-token=[masqué]; lang=fr'],
    ['a session parameter', '/formulaires/x/verification?session=abcdef', 'abcdef', '/formulaires/x/verification?session=[masqué]'],
  ])('%s', (_what, text, secret, expected) => {
    const scrubbed = scrubText(text)
    expect(scrubbed).not.toContain(secret)
    expect(scrubbed).toBe(expected)
  })

  it('a follow-up token and a signed ticket code anywhere in a text', () => {
    const text = `lien /suivi/${token}/recepisse.pdf, billet ${ticket} scanné`
    const scrubbed = scrubText(text)
    expect(scrubbed).not.toContain(token)
    expect(scrubbed).not.toContain(ticket.split('.')[1])
    expect(scrubbed).toBe('lien /suivi/[jeton]/recepisse.pdf, billet [billet] scanné')
  })

  it('every follow-up token, whatever its letters (1000 drawn)', () => {
    for (let i = 0; i < 1000; i += 1) {
      const secret = newSecureToken()
      expect(scrubText(`x ${secret} y`)).toBe('x [jeton] y')
    }
  })

  it('a password-reset token (40 hex) and a 64-hex key', () => {
    expect(scrubText('reset 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b')).toBe('reset [jeton]')
    expect(scrubText('key=' + 'ab'.repeat(32))).toBe('key=[jeton]')
  })

  it('the values Drizzle repeats after a failed insert, up to the stack', () => {
    const message =
      'Failed query: insert into "submissions" ("reference", "data", "email") values (?, ?, ?) returning "id"\n' +
      'params: 2026-0001,{"nom":"Dupont","message":"Mon fils est malade"},\nsecond line of an answer\n' +
      '    at LibSQLPreparedQuery.queryWithCache (/app/node_modules/drizzle-orm/sqlite-core/session.js:79:15)'
    const scrubbed = scrubText(message)
    expect(scrubbed).not.toMatch(/Dupont|malade|second line/)
    expect(scrubbed).toContain('insert into "submissions"')
    expect(scrubbed).toContain('params: [masqué]\n    at LibSQLPreparedQuery.queryWithCache')
  })

  it('the values MongoDB repeats: duplicate keys and values it could not cast', () => {
    const duplicate = 'E11000 duplicate key error collection: portail.users index: email_1 dup key: { email: "jean@exemple.fr", nom: "Dupont" }'
    expect(scrubText(duplicate)).toBe('E11000 duplicate key error collection: portail.users index: email_1 dup key: { [masqué] }')
    expect(scrubText('Cast to Number failed for value "Mon adresse 12 rue X" (type string) at path "age"')).toBe(
      'Cast to Number failed for value "[masqué]" (type string) at path "age"',
    )
    expect(scrubText('Cast to ObjectId failed for value "Yvette Le Bris" (type string)')).toBe('Cast to ObjectId failed for value "[masqué]" (type string)')
  })

  it('keeps what names code, slugs, references, UUIDs and numbers', () => {
    const kept = [
      'TypeError: Cannot read properties of undefined at processTicksAndRejections (node:internal/process/task_queues:105:5)',
      'SQLITE_CONSTRAINT_PRIMARYKEY: UNIQUE constraint failed: submissions.reference',
      '/demarches/etat-civil/demande-de-passeport-biometrique',
      'chunk node_modules_payload_dist_0a1b2c3d._.js and DrizzleQueryError in getPayloadHMR',
      'request 2026-CCAS-000123, payment 65f1c2a9e4b0a1b2c3d4e5f6, operation 3f2b8c1e-4d5a-4b6c-9d7e-8f9a0b1c2d3e',
      'digest 2648531073 at 1714567890123 ms, 12 rows',
    ]
    for (const text of kept) expect(scrubText(text)).toBe(text)
  })

  it('cuts a runaway text after scrubbing it', () => {
    const scrubbed = scrubText('a@b.fr '.repeat(5000))
    expect(scrubbed.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH + 20)
    expect(scrubbed).not.toContain('@')
    expect(scrubbed.endsWith('…[tronqué]')).toBe(true)
  })

  it('looksLikeSecret tells random runs from identifiers', () => {
    expect(looksLikeSecret('Zq3xK9_mPw2-Lr8tYv5nBc1sDf7gHj4k')).toBe(true)
    expect(looksLikeSecret('processTicksAndRejections')).toBe(false)
    expect(looksLikeSecret('demande-de-passeport-biometrique')).toBe(false)
  })
})

describe('sanitizeLogValue: sensitive keys at any depth', () => {
  it('masks values under sensitive keys, whatever their depth or case', () => {
    const clean = sanitizeLogValue({
      user: { email: 'a@b.fr', resetPasswordToken: 'x', Password: 'y', profile: { Courriel: 'z', nested: [{ authorization: 'JWT abc' }] } },
      submission: { data: { nom: 'Dupont' }, answers: ['Mon fils'] },
      headers: { cookie: 'payload-token=abc' },
      err: { message: 'boom', params: ['Dupont', 'jean@exemple.fr'] },
      files: 3,
      sessions: 2,
    })
    expect(JSON.stringify(clean)).not.toMatch(/a@b|Dupont|Mon fils|payload-token|jean|JWT abc|"x"|"y"|"z"/)
    expect(clean).toMatchObject({ files: 3, sessions: 2, err: { message: 'boom', params: '[masqué]' }, headers: '[masqué]' })
  })

  it('a line that is not JSON is never written as it is', () => {
    const line = sanitizeLogLine('{"msg":"jean@exemple.fr"')
    expect(line).not.toContain('jean')
    expect(JSON.parse(line).msg).toMatch(/illisible/)
  })
})

describe('the portal logger (pino, as Payload and the web server use it)', () => {
  it('writes JSON lines with an ISO time and a level name', () => {
    const { logger, lines } = capturedLogger()
    logger.info({ job: 'x' }, 'tâche')
    expect(lines[0]).toEqual({ level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), job: 'x', msg: 'tâche' })
  })

  it('redacts keys, message and error of a line as Payload writes it', () => {
    const { logger, raw } = capturedLogger()
    const failure = Object.assign(new Error('Failed query: insert into "users" values (?, ?)\nparams: jean@exemple.fr,Secret-123'), {
      params: ['jean@exemple.fr', 'Secret-123'],
      cause: new Error('UNIQUE constraint failed for marie@exemple.fr'),
    })
    logger.error({ err: failure, msg: 'Could not create for paul@exemple.fr' })
    logger.error(failure) // pino takes the message from the error itself
    logger.info({ password: 'Motdepasse-1', data: { nom: 'Dupont' }, user: { email: 'x@y.fr' } }, 'login of %s', 'luc@exemple.fr')
    const text = raw.join('\n')
    expect(text).not.toMatch(/exemple\.fr|x@y|Secret-123|Motdepasse|Dupont/)
    expect(text).toContain('[courriel]')
    expect(text).toContain('"params":"[masqué]"')
    expect(raw).toHaveLength(3)
  })

  it('adds the id of the request being served to every line written while it is', () => {
    const { logger, lines } = capturedLogger()
    requestContext.run({ reqId: '0123456789AB' }, () => logger.warn('inside'))
    logger.warn('outside')
    expect(lines[0]).toMatchObject({ reqId: '0123456789AB', msg: 'inside' })
    expect(lines[1].reqId).toBeUndefined()
  })

  it('LOG_LEVEL: a known level, or info', () => {
    expect(logLevel('debug')).toBe('debug')
    expect(logLevel(' WARN ')).toBe('warn')
    expect(logLevel('bavard')).toBe('info')
    expect(logLevel(undefined)).toBe('info')
  })
})

/** The e-mail adapter: SMTP from the environment, else .eml files in the outbox. Never connects anywhere. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { jest } from '@jest/globals'
import nodemailer from 'nodemailer'
import type { Payload } from 'payload'

import { emailAdapter } from '../../src/email/adapter'
import { readOutbox } from '../helpers/mail'

const ENV_KEYS = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_FROM_ADDRESS', 'SMTP_FROM_NAME', 'OUTBOX_DIR'] as const
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]))
const payload = {} as Payload

let outbox: string
let createTransport: ReturnType<typeof jest.spyOn>

beforeEach(() => {
  for (const key of ENV_KEYS) delete process.env[key]
  outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-outbox-'))
  process.env.OUTBOX_DIR = outbox
  createTransport = jest.spyOn(nodemailer, 'createTransport')
})

afterEach(() => {
  createTransport.mockRestore()
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key]
    else process.env[key] = savedEnv[key]
  }
  fs.rmSync(outbox, { recursive: true, force: true })
})

/** The options of every transport created with a host (an SMTP transport; the renderer has none). */
const transportOptions = () => (createTransport.mock.calls as unknown[][]).map(([options]) => options as Record<string, unknown>)
const smtpOptions = () => transportOptions().filter((o) => 'host' in o)

describe('e-mail adapter with SMTP_HOST', () => {
  it('is the SMTP adapter, built from the SMTP_* settings', () => {
    Object.assign(process.env, {
      SMTP_HOST: 'smtp.kerlann.test',
      SMTP_PORT: '2465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'portail',
      SMTP_PASSWORD: 'mot-de-passe-de-test',
      SMTP_FROM_ADDRESS: 'mairie@kerlann.fr',
      SMTP_FROM_NAME: 'Mairie de Kerlann',
    })
    const adapter = emailAdapter({ payload })
    expect(adapter.name).toBe('smtp')
    expect(adapter.defaultFromAddress).toBe('mairie@kerlann.fr')
    expect(adapter.defaultFromName).toBe('Mairie de Kerlann')
    expect(smtpOptions()).toEqual([
      { host: 'smtp.kerlann.test', port: 2465, secure: true, auth: { user: 'portail', pass: 'mot-de-passe-de-test' } },
    ])
  })

  it('defaults to port 587, STARTTLS (not secure) and no login', () => {
    process.env.SMTP_HOST = 'smtp.kerlann.test'
    const adapter = emailAdapter({ payload })
    expect(adapter.name).toBe('smtp')
    expect(adapter.defaultFromAddress).toBe('ne-pas-repondre@portail.local')
    expect(smtpOptions()).toEqual([{ host: 'smtp.kerlann.test', port: 587, secure: false, auth: undefined }])
  })

  it('sends through that SMTP transport with the default sender, and writes nothing in the outbox', async () => {
    Object.assign(process.env, { SMTP_HOST: 'smtp.kerlann.test', SMTP_PORT: '2525', SMTP_FROM_ADDRESS: 'mairie@kerlann.fr', SMTP_FROM_NAME: 'Mairie de Kerlann' })
    const adapter = emailAdapter({ payload })
    const index = transportOptions().findIndex((o) => 'host' in o)
    const transport = createTransport.mock.results[index].value as ReturnType<typeof nodemailer.createTransport>
    expect((transport.options as { host?: string; port?: number }).host).toBe('smtp.kerlann.test')
    expect((transport.options as { port?: number }).port).toBe(2525)
    // No server: the transport's own send is replaced, so nothing leaves the machine.
    const sendMail = jest.spyOn(transport, 'sendMail').mockResolvedValue({ messageId: '<test@kerlann.test>' } as never)
    const result = await adapter.sendEmail({ to: 'anne@example.fr', subject: 'Votre demande', text: 'Bonjour' })
    expect(result).toEqual({ messageId: '<test@kerlann.test>' })
    expect(sendMail).toHaveBeenCalledTimes(1)
    expect(sendMail.mock.calls[0][0]).toEqual({ from: '"Mairie de Kerlann" <mairie@kerlann.fr>', to: 'anne@example.fr', subject: 'Votre demande', text: 'Bonjour' })
    expect(fs.readdirSync(outbox)).toEqual([])
  })
})

describe('e-mail adapter without SMTP_HOST', () => {
  it('is the outbox adapter: no SMTP transport is created', () => {
    process.env.SMTP_PORT = '2525' // ignored without a host
    const adapter = emailAdapter({ payload })
    expect(adapter.name).toBe('outbox')
    expect(adapter.defaultFromAddress).toBe('ne-pas-repondre@portail.local')
    expect(adapter.defaultFromName).toBe('Portail citoyen')
    expect(smtpOptions()).toEqual([])
  })

  it('writes each message as an .eml file in OUTBOX_DIR', async () => {
    process.env.SMTP_FROM_NAME = 'Mairie de Kerlann'
    const adapter = emailAdapter({ payload })
    const result = (await adapter.sendEmail({ to: 'anne@example.fr', subject: 'Demande 2026-000123', text: 'Votre demande est bien reçue.' })) as { file: string; messageId: string }
    expect(path.dirname(result.file)).toBe(path.resolve(outbox))
    expect(result.file).toMatch(/\.eml$/)
    expect(result.messageId).toBeTruthy()
    const raw = fs.readFileSync(result.file, 'utf8')
    expect(raw).toMatch(/^From: Mairie de Kerlann <ne-pas-repondre@portail\.local>$/m)
    expect(raw).toMatch(/^Subject: Demande 2026-000123$/m)
    expect(raw).toContain(`Message-ID: ${result.messageId}`)
    const mails = readOutbox(outbox)
    expect(mails).toHaveLength(1)
    expect(mails[0].to).toBe('anne@example.fr')
    expect(mails[0].text.trim()).toBe('Votre demande est bien reçue.')
    // A second message is a second file.
    await adapter.sendEmail({ to: 'service@kerlann.fr', subject: 'Nouvelle demande', text: 'À traiter' })
    expect(readOutbox(outbox).map((m) => m.to).sort()).toEqual(['anne@example.fr', 'service@kerlann.fr'])
  })
})

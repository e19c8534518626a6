import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { writeEml } from './outbox'

/**
 * Payload e-mail adapter on nodemailer. SMTP when SMTP_HOST is set; otherwise each message is
 * rendered by nodemailer and written as an .eml file under data/outbox/ (offline default, read by
 * the tests). Written here because @payloadcms/email-nodemailer is not published for our exact
 * Payload version (3.90.2) and pins its peer to 3.90.1 (docs/decisions/0008).
 */
export const emailAdapter: EmailAdapter = () => {
  const fromAddress = process.env.SMTP_FROM_ADDRESS || 'ne-pas-repondre@portail.local'
  const fromName = process.env.SMTP_FROM_NAME || 'Portail citoyen'
  const smtp = process.env.SMTP_HOST
    ? nodemailer.createTransport({
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT || 587),
        secure: process.env.SMTP_SECURE === 'true',
        auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } : undefined,
      })
    : null
  const renderer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    name: smtp ? 'smtp' : 'outbox',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: async (message) => {
      const mail = { from: `"${fromName}" <${fromAddress}>`, ...message }
      if (smtp) return smtp.sendMail(mail)
      const info = await renderer.sendMail(mail)
      return { file: await writeEml(info.message as Buffer), messageId: info.messageId }
    },
  }
}

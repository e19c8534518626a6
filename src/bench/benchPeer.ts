import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import type { Endpoint, Plugin } from 'payload'

import { newSecureToken } from '../lib/secureToken'

/**
 * Only with BENCH_PEER=1 (bench/submit): Payload's own form builder as the peer, under other
 * slugs, and a "raw create" endpoint as the floor. Never enabled in normal runs.
 */
export const benchEnabled = () => process.env.BENCH_PEER === '1'

export function benchPlugins(): Plugin[] {
  if (!benchEnabled()) return []
  return [
    formBuilderPlugin({
      formOverrides: { slug: 'bench-forms' },
      formSubmissionOverrides: { slug: 'bench-form-submissions' },
      fields: { payment: false },
    }),
  ]
}

let sequence = 0

export function benchEndpoints(): Endpoint[] {
  if (!benchEnabled()) return []
  return [
    {
      path: '/bench/raw-create',
      method: 'post',
      handler: async (req) => {
        const body = (await req.json?.()) as { form: number; organisation: number; answers: Record<string, unknown> }
        sequence += 1
        const doc = await req.payload.create({
          collection: 'submissions',
          data: {
            reference: `9999-${process.pid}-${sequence}`,
            followUpToken: newSecureToken(),
            form: body.form,
            organisation: body.organisation,
            status: 'recue',
            formVersion: { raw: true },
            answers: body.answers,
          },
          overrideAccess: true,
          depth: 0,
        })
        return Response.json({ id: doc.id }, { status: 201 })
      },
    },
  ]
}

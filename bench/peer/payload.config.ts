/**
 * The benchmark's own Payload config (bench/submit only, never loaded by the app): the portal's
 * config plus the two paths the portal is compared with (decision 0028):
 * - peer: @payloadcms/plugin-form-builder under other slugs (`bench-forms`,
 *   `bench-form-submissions`), whose REST create is open to anyone, as the plugin ships it;
 * - floor: POST /api/bench/raw-create, a raw Local API create into `submissions`, unauthenticated.
 * Served by bench/peer/server.ts on the app's throw-away database.
 */
import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import { buildConfig, type Endpoint } from 'payload'

import { newSecureToken } from '../../src/lib/secureToken'
import { portalConfig } from '../../src/portalConfig'

let sequence = 0

const rawCreate: Endpoint = {
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
}

const portal = await portalConfig()

export default buildConfig({
  ...portal,
  plugins: [
    formBuilderPlugin({
      formOverrides: { slug: 'bench-forms' },
      formSubmissionOverrides: { slug: 'bench-form-submissions' },
      fields: { payment: false },
    }),
  ],
  endpoints: [...(portal.endpoints ?? []), rawCreate],
  // The app under test runs the nightly queue; this process never does.
  jobs: { ...portal.jobs, autoRun: undefined, shouldAutoRun: () => false },
})

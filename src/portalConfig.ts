import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { fr } from '@payloadcms/translations/languages/fr'
import type { Config } from 'payload'
import sharp from 'sharp'

import { contentBlocks } from '../blocks'
import { collections, globals } from '../collections'
import { ADMIN_DATE_TIME, frenchDateCollections, frenchDateGlobals } from './admin/frenchDates'
import { BOOKING_CALENDAR_PATH, REGIE_PATH, REQUEST_PRINT_PATH } from './admin/paths'
import { queryPresets } from './admin/queryPresets'
import { databaseAdapter } from './db/adapter'
import { emailAdapter } from './email/adapter'
import { communesEndpoint } from './endpoints/communes'
import { healthEndpoints } from './ops/health/endpoints'
import { pluLookupEndpoint, pluMapEndpoint, pluParcelsEndpoint } from './urbanism/endpoints'
import { publicUrl } from './lib/publicUrl'
import { clientMistakes } from './hooks/clientMistakes'
import { exposeValidationErrors } from './hooks/exposeValidationErrors'
import { withPageInvalidation } from './hooks/invalidatePages'
import { purgeAbandonedUploadsTask } from './jobs/purgeAbandonedUploads'
import { offerWaitingPlacesTask } from './jobs/offerWaitingPlaces'
import { reconcilePaymentsTask } from './jobs/reconcilePayments'
import { purgeExpiredRequestsTask } from './jobs/purgeExpiredRequests'
import { backupNightlyTask } from './jobs/backupNightly'
import { withJobLogs } from './ops/logging/jobLog'
import { portalLogger } from './ops/logging/logger'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const projectRoot = path.resolve(dirname, '..')

/**
 * The portal's Payload configuration, not yet built. src/payload.config.ts builds it as is (the
 * app, the CLI, the tests); nothing here depends on a benchmark or test switch (decision 0028).
 * A fresh object on each call: buildConfig sanitises what it is given in place.
 */
export async function portalConfig(): Promise<Config> {
  if (!process.env.PAYLOAD_SECRET) {
    throw new Error('PAYLOAD_SECRET is not set: run `npm start` once (it writes .env) or copy .env.example to .env.')
  }

  const content = withPageInvalidation(collections, globals)

  return {
    secret: process.env.PAYLOAD_SECRET,
    // Absolute links in Payload's own e-mails (password reset) and the origin its CSRF check accepts.
    serverURL: publicUrl(),
    db: await databaseAdapter(process.env.DATABASE_URL),
    collections: frenchDateCollections(content.collections),
    globals: frenchDateGlobals(content.globals),
    // Public lookups the citizen pages call (suggestions of the commune field).
    endpoints: [communesEndpoint, pluMapEndpoint, pluLookupEndpoint, pluParcelsEndpoint, ...healthEndpoints],
    editor: lexicalEditor({
      features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: contentBlocks })],
    }),
    sharp,
    email: emailAdapter,
    hooks: { afterError: [exposeValidationErrors, clientMistakes] },
    // One logger for Payload and the web server: JSON lines in production, redacted (decision 0071).
    logger: portalLogger(),
    jobs: {
      // Each run writes one line: task, queue, outcome, duration, counts.
      tasks: withJobLogs([purgeExpiredRequestsTask, purgeAbandonedUploadsTask, offerWaitingPlacesTask, reconcilePaymentsTask, backupNightlyTask]),
      // The web server runs the queues itself (one instance per town); tests and CLI do not.
      autoRun: [
        { cron: '0 * * * *', queue: 'nightly' },
        { cron: '* * * * *', queue: 'minute' },
      ],
      shouldAutoRun: () => process.env.NODE_ENV === 'production' && process.env.JOBS_AUTORUN !== 'false',
    },
    queryPresets,
    i18n: {
      supportedLanguages: { fr },
      fallbackLanguage: 'fr',
    },
    admin: {
      user: 'users',
      avatar: 'default',
      // French dates everywhere in the admin, Paris time (decision 0055).
      dateFormat: ADMIN_DATE_TIME,
      timezones: { supportedTimezones: [{ label: 'Paris', value: 'Europe/Paris' }], defaultTimezone: 'Europe/Paris' },
      meta: { titleSuffix: ' — Portail Citoyen' },
      components: {
        beforeDashboard: ['/src/admin/RequestsDashboard#RequestsDashboard'],
        afterNavLinks: ['/src/admin/StaffNavLinks#StaffNavLinks'],
        views: {
          bookingCalendar: { Component: '/src/admin/BookingCalendarView#BookingCalendarView', path: BOOKING_CALENDAR_PATH, exact: true, meta: { title: 'Calendrier des réservations' } },
          regie: { Component: '/src/admin/RegieView#RegieView', path: REGIE_PATH, exact: true, meta: { title: 'Régie' } },
          requestPrint: { Component: '/collections/Submissions/components/PrintView#PrintView', path: REQUEST_PRINT_PATH, exact: true, meta: { title: 'Demande — version imprimable' } },
        },
      },
      // Components outside src/ (collections/, blocks/) must resolve in the generated import map.
      importMap: { baseDir: projectRoot, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    },
    typescript: {
      outputFile: path.resolve(dirname, 'payload-types.ts'),
      autoGenerate: false,
    },
    graphQL: { disable: false },
    telemetry: false,
  }
}

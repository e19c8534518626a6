// Every test process: a secret, quiet logs, no demo seeding unless a suite asks for it.
process.env.PAYLOAD_SECRET ||= 'test-secret-not-for-production-0123456789'
process.env.SEED_DEMO ||= 'false'
// The suites post at full concurrency (the database's guarantees, hostile crowds), and their apps
// share two cores with Chromium and other suites (the event loop's lag grows with the machine's
// load): without the waiting room (decision 0075). Its own suites turn it on (waiting-room.int,
// waiting-room.e2e).
process.env.FORM_POSTS_IN_FLIGHT ||= '0'

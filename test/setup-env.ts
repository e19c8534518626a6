// Every test process: a secret, quiet logs, no demo seeding unless a suite asks for it.
process.env.PAYLOAD_SECRET ||= 'test-secret-not-for-production-0123456789'
process.env.SEED_DEMO ||= 'false'
// The suites post to the real handler at full concurrency (the database's guarantees, hostile
// crowds): without the waiting room, which would spread those posts. Its own suite turns it on
// (waiting-room.int), and the built app in the end-to-end suites runs it as configured by default.
process.env.FORM_POSTS_IN_FLIGHT ||= '0'

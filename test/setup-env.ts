// Every test process: a secret, quiet logs, no demo seeding unless a suite asks for it.
process.env.PAYLOAD_SECRET ||= 'test-secret-not-for-production-0123456789'
process.env.SEED_DEMO ||= 'false'

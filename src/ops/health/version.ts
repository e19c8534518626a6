import packageJson from '../../../package.json' with { type: 'json' }

/** The portal's version (package.json), shown by the health check. */
export const appVersion: string = packageJson.version

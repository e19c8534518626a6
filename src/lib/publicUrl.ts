/**
 * The site's public address, without trailing slash: every link in an e-mail starts with it, and
 * Payload's serverURL (its origin check) is set from it. Unset, the address of this server's port.
 */
export function publicUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.PUBLIC_URL?.trim() || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, '')
}

/** Served over HTTPS: session cookies are then marked Secure. */
export const servedOverHttps = (env: Record<string, string | undefined> = process.env) => publicUrl(env).startsWith('https://')

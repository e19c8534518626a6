// The address the per-address limits count (rate, uploads, follow-up lookups), decided once per
// request by the web server (src/scripts/server.mjs) from the connection itself (decision 0025).

/**
 * How many reverse proxies stand in front of the site (TRUSTED_PROXIES, default 0: none).
 * @param {Record<string, string | undefined>} [env]
 */
export function trustedProxyCount(env = process.env) {
  const raw = env.TRUSTED_PROXIES
  if (raw === undefined || raw === '') return 0
  const value = Number(raw)
  return Number.isInteger(value) && value >= 0 ? value : 0
}

/**
 * The chain of addresses is what the client wrote in X-Forwarded-For, then what each proxy
 * appended, then the connection's own address. Only the last `proxies + 1` entries were written
 * by machines we trust: the client is the entry `proxies` places left of the connection's address.
 * With no proxy, the connection's address, whatever the client wrote.
 */
export function clientAddress(forwardedFor, socketAddress, proxies) {
  const written = String(forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const chain = [...written, socketAddress || 'local']
  return chain[Math.max(chain.length - 1 - proxies, 0)]
}

/** One line for the start: which address is counted. */
export function describeCountedAddress(proxies) {
  return proxies === 0
    ? "Limites par adresse : l'adresse de la connexion est comptée (TRUSTED_PROXIES=0, aucun proxy de confiance ; X-Forwarded-For envoyé par les clients est ignoré)."
    : `Limites par adresse : l'adresse écrite par ${proxies === 1 ? 'le proxy de confiance' : `les ${proxies} proxys de confiance`} dans X-Forwarded-For est comptée (TRUSTED_PROXIES=${proxies}).`
}

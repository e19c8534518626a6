/** Posts one of the agent's actions to the server; the French refusal it answers, or null when done. */
export async function postAction(apiRoute: string, requestId: number | string, body: Record<string, unknown>): Promise<string | null> {
  try {
    const response = await fetch(`${apiRoute}/submissions/${encodeURIComponent(String(requestId))}/actions`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (response.ok) return null
    const answer = (await response.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null
    return answer?.errors?.[0]?.message ?? 'L’action n’a pas pu être enregistrée. Réessayez.'
  } catch {
    return 'Le serveur ne répond pas. Vérifiez la connexion puis réessayez.'
  }
}

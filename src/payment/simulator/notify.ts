/**
 * The simulator's call to urlnotif, server to server as PayFiP makes it: a POST whose
 * form-encoded body carries the operation's id as `idOp` (decision 0046). Answered or not, the
 * payment page goes on: a failing notification is logged, never shown to the tester.
 */
export async function sendNotification(urlnotif: string, idOp: string, timeoutMs = 5_000): Promise<boolean> {
  try {
    const response = await fetch(urlnotif, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ idOp }).toString(),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    })
    await response.body?.cancel().catch(() => undefined)
    if (!response.ok) console.warn(`Simulateur PayFiP : la notification ${urlnotif} a répondu ${response.status}.`)
    return response.ok
  } catch (error) {
    console.warn(`Simulateur PayFiP : notification ${urlnotif} en échec (${(error as Error).message}).`)
    return false
  }
}

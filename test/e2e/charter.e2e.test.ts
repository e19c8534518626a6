/** A charter colour changed through the API shows on the next page load, with no rebuild. */
import { axeViolations } from '../helpers/axe'
import { newContext } from '../helpers/browser'
import { useRunningApp } from '../helpers/e2eSuite'

const suite = useRunningApp({ adminToken: true })

const updateCharter = (body: Record<string, unknown>) =>
  fetch(`${suite.app.baseURL}/api/globals/charter`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${suite.adminToken}` },
    body: JSON.stringify(body),
  })

const headerBackground = async (javaScriptEnabled: boolean) => {
  const context = await newContext(suite.browser, javaScriptEnabled)
  const page = await context.newPage()
  await page.goto(`${suite.app.baseURL}/demarches`)
  const colour = await page.locator('header.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)
  const font = await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily)
  await context.close()
  return { colour, font }
}

describe('charter applied at request time', () => {
  it('shows the seeded colour, then the new one on the next load', async () => {
    expect((await headerBackground(true)).colour).toBe('rgb(31, 78, 140)') // #1f4e8c
    const res = await updateCharter({ primaryColor: '#6b1e5a', font: 'lato' })
    expect(res.status).toBe(200)
    const after = await headerBackground(false)
    expect(after.colour).toBe('rgb(107, 30, 90)')
    expect(after.font).toContain('Lato')
  })

  it('refuses an unreadable colour over HTTP with a French message, and the site keeps the old one', async () => {
    const res = await updateCharter({ primaryColor: '#f5f5a0' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Contraste insuffisant')
    expect((await headerBackground(true)).colour).toBe('rgb(107, 30, 90)')
  })

  it('keeps every text colour of the rendered page at 4.5:1 or more on its background', async () => {
    const context = await newContext(suite.browser, true)
    const page = await context.newPage()
    await page.goto(`${suite.app.baseURL}/`)
    expect(await axeViolations(page, { rules: ['color-contrast'] })).toEqual([])
    await context.close()
  })
})

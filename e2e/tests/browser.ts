/*
 * Shared helpers of the browser tests: launch Debian's chromium with the flags
 * this machine needs, sign in as a demo user, wait for the catalog, screenshot.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { join } from 'node:path';

export const baseUrl = process.env.SPBE_E2E_BASE_URL ?? 'http://localhost:7007';
const output = process.env.SPBE_E2E_OUTPUT ?? join(process.cwd(), 'e2e', 'output');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens a new page signed in as the demo user (catalog User entity name). */
export async function signIn(browser: Browser, user: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByTestId(`dev-user-${user}`).click();
  // The sidebar's <nav> has no box of its own; wait for its first link.
  await page.locator('nav a').first().waitFor({ timeout: 60_000 });
  return page;
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(output, `${name}.png`), fullPage: true });
}

/** Calls the portal's API with the page's own Backstage token. */
export async function api(page: Page, path: string, init?: { method?: string; body?: unknown }) {
  return page.evaluate(
    async ({ url, method, body }) => {
      const session = await fetch('/api/auth/spbeDev/refresh', {
        headers: { 'x-spbe-dev-user': window.localStorage.getItem('spbe:dev-sign-in-user') ?? '' },
      }).then(r => r.json());
      const res = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${session.backstageIdentity.token}`,
          'content-type': 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json().catch(() => undefined) };
    },
    { url: `${baseUrl}${path}`, method: init?.method ?? 'GET', body: init?.body },
  );
}

/** Waits until the catalog holds at least `count` SPBE applications. */
export async function waitForApplications(page: Page, count: number, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await api(
      page,
      '/api/catalog/entities/by-query?filter=kind=component,spec.type=aplikasi&limit=1',
    );
    if (res.status === 200 && res.body.totalItems >= count) return res.body.totalItems as number;
    if (Date.now() > deadline) {
      throw new Error(`catalog holds ${res.body?.totalItems} applications, expected ${count}`);
    }
    await new Promise(r => setTimeout(r, 2000));
  }
}

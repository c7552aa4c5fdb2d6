/* Issue 5: a coordinator classifies an application and the progress moves. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { api, baseUrl, launch, screenshot, signIn, waitForApplications } from './browser.ts';

describe('Audit Koordinator', () => {
  let browser: Browser;
  let auditId = '';

  before(async () => {
    browser = await launch();
    const architect = await signIn(browser, 'arsitek-kemenpanrb');
    await waitForApplications(architect, 2500);
    const created = await api(architect, '/api/spbe/audits', {
      method: 'POST',
      body: {
        coordinator: 'group:default/kemenko-pmk',
        title: `Audit aplikasi Kemenko PMK ${Date.now()}`,
        deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    auditId = created.body.campaign.id;
    await architect.context().close();
  });
  after(async () => browser?.close());

  it('a coordinator classifies an application and the progress moves', async () => {
    const page = await signIn(browser, 'koordinator-pmk');
    await page.goto(`${baseUrl}/audit-koordinator?kampanye=${encodeURIComponent(auditId)}`);
    const progress = page.getByTestId('audit-progress');
    await progress.waitFor({ timeout: 60_000 });
    const before = Number(await progress.getAttribute('data-classified'));
    const total = Number(await progress.getAttribute('data-total'));
    assert.ok(total > 0, `applications under Kemenko PMK: ${total}`);

    await page.locator('[data-testid^="classify-"]').first().click();
    await page.getByTestId('classify-dialog').waitFor();
    await page.getByTestId('classify-rationale').fill('Aplikasi dipakai layanan inti; dipertahankan.');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForFunction(
      n => Number(document.querySelector('[data-testid="audit-progress"]')?.getAttribute('data-classified')) === n,
      before + 1,
      { timeout: 30_000 },
    );
    const detail = await api(page, `/api/spbe/audits/${encodeURIComponent(auditId)}`);
    const classified = detail.body.progress.reduce((s: number, r: { classified: number }) => s + r.classified, 0);
    assert.equal(classified, before + 1);
    await screenshot(page, 'audit-progress');
  });
});

/*
 * Issue 5: a user of the wrong role cannot reach the architect's decision
 * controls, and the API refuses them too.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { api, baseUrl, launch, screenshot, signIn, waitForApplications } from './browser.ts';

describe('roles', () => {
  let browser: Browser;
  let developer: Page;
  let proposal: { id: string; version: number };

  before(async () => {
    browser = await launch();
    developer = await signIn(browser, 'dev-kemenkeu');
    await waitForApplications(developer, 2500);
    const created = await api(developer, '/api/spbe/proposals', {
      method: 'POST',
      body: {
        name: 'Sistem Informasi Disposisi Kemenkeu',
        description: 'Disposisi pimpinan dan surat masuk elektronik.',
        functions: ['disposisi pimpinan', 'surat masuk'],
        agency: 'group:default/kemenkeu',
        submit: true,
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    proposal = created.body;
  });
  after(async () => browser?.close());

  for (const user of ['dev-kemenkeu', 'pimpinan-kemenpanrb']) {
    it(`${user} cannot reach the decision controls, and the API refuses them`, async () => {
      const page = user === 'dev-kemenkeu' ? developer : await signIn(browser, user);
      await page.goto(`${baseUrl}/usulan/${proposal.id}`);
      await page.getByTestId('proposal-detail').waitFor({ timeout: 60_000 });
      await page.getByTestId('proposal-status-submitted').waitFor();
      assert.equal(await page.getByTestId('decision-controls').count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Mulai tinjauan' }).count(), 0);
      assert.equal(await page.getByRole('tab', { name: 'Menunggu tinjauan' }).count(), 0);

      const review = await api(page, `/api/spbe/proposals/${proposal.id}/review`, {
        method: 'POST',
        body: { version: proposal.version },
      });
      assert.equal(review.status, 403, `review as ${user}: ${review.status}`);
      const decision = await api(page, `/api/spbe/proposals/${proposal.id}/decision`, {
        method: 'POST',
        body: { version: proposal.version, outcome: 'approved', rationale: 'self-approval' },
      });
      assert.equal(decision.status, 403, `decision as ${user}: ${decision.status}`);
      const after = await api(page, `/api/spbe/proposals/${proposal.id}`);
      assert.equal(after.body.proposal.status, 'submitted');
      await screenshot(page, `roles-${user}`);
    });
  }
});

/*
 * Issue 5, first three browser tests: a developer finds SRIKANDI for a need,
 * submits a proposal that duplicates it and sees the warning with the evidence,
 * and an architect (another user) rejects it with "reuse SRIKANDI"; the
 * developer sees the outcome.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, screenshot, signIn, waitForApplications } from './browser.ts';

const NEED = 'surat masuk dan disposisi pimpinan';

describe('reuse finder and proposals', () => {
  let browser: Browser;
  let developer: Page;
  let proposalPath = '';

  before(async () => {
    browser = await launch();
    developer = await signIn(browser, 'dev-kemenkeu');
    await waitForApplications(developer, 2500);
  });
  after(async () => browser?.close());

  it('a developer searches "surat masuk dan disposisi pimpinan" and sees SRIKANDI first', async () => {
    await developer.goto(`${baseUrl}/temukan-layanan`);
    const need = developer.getByTestId('finder-need');
    await need.fill(NEED);
    await need.press('Enter');
    const first = developer.getByTestId('reuse-candidate').first();
    await first.waitFor({ timeout: 60_000 });
    const heading = await first.locator('h3').textContent();
    assert.match(heading ?? '', /SRIKANDI/, `first result: ${heading}`);
    assert.ok(await first.getByText('Platform nasional', { exact: true }).isVisible(), 'marked as national platform');
    assert.match(
      (await first.getByTestId('reuse-evidence').textContent()) ?? '',
      /Platform nasional \(aplikasi umum\)/,
      'the reasons say it is a national platform, in Indonesian',
    );
    assert.ok(
      (await first.getByTestId('reuse-evidence').textContent())?.length,
      'shows why it matched',
    );
    assert.ok(await first.getByRole('link', { name: 'TechDocs' }).isVisible(), 'how to integrate');
    assert.ok(await developer.getByText('Mulai usulan').first().isVisible(), 'start a proposal offered');
    await screenshot(developer, 'finder-srikandi');
  });

  it('submits a proposal that duplicates SRIKANDI and sees the warning with the evidence', async () => {
    await developer.goto(`${baseUrl}/usulan/baru`);
    await developer.getByTestId('proposal-name').fill('E-Persuratan Kemenkeu');
    await developer
      .getByTestId('proposal-description')
      .fill('Aplikasi persuratan: surat masuk, surat keluar, dan disposisi pimpinan secara elektronik.');
    await developer
      .getByTestId('proposal-functions')
      .fill('surat masuk\nsurat keluar\ndisposisi pimpinan\nnaskah dinas elektronik');
    const warning = developer.getByTestId('reuse-verdict-reuse');
    await warning.waitFor({ timeout: 60_000 });
    assert.match((await warning.textContent()) ?? '', /SRIKANDI/);
    const analysis = developer.getByTestId('reuse-analysis');
    const firstCandidate = analysis.getByTestId('reuse-candidate').first();
    assert.match((await firstCandidate.textContent()) ?? '', /SRIKANDI/);
    assert.ok(await firstCandidate.getByTestId('reuse-evidence').isVisible(), 'evidence shown');
    await screenshot(developer, 'proposal-warning');

    await developer.getByRole('button', { name: 'Ajukan usulan' }).click();
    await developer.getByTestId('proposal-detail').waitFor({ timeout: 30_000 });
    await developer.getByTestId('proposal-status-submitted').waitFor();
    proposalPath = new URL(developer.url()).pathname;
    assert.match(proposalPath, /^\/usulan\/[A-Za-z0-9._-]+$/);
    assert.ok(await developer.getByTestId('reuse-verdict-reuse').isVisible());
    assert.equal(await developer.getByTestId('decision-controls').count(), 0);
  });

  it('an architect rejects it with "reuse SRIKANDI" and the developer sees the outcome', async () => {
    assert.ok(proposalPath, 'the proposal of the previous test');
    const architect = await signIn(browser, 'arsitek-kemenpanrb');
    await architect.goto(`${baseUrl}${proposalPath}`);
    await architect.getByRole('button', { name: 'Mulai tinjauan' }).click({ timeout: 60_000 });
    await architect.getByTestId('proposal-status-in-review').waitFor();
    await architect.getByLabel('Ditolak: gunakan ulang').check();
    await architect.getByTestId('decision-rationale').fill('reuse SRIKANDI');
    assert.match(
      (await architect.getByTestId('decision-controls').textContent()) ?? '',
      /SRIKANDI/,
      'reuse target is SRIKANDI',
    );
    await screenshot(architect, 'proposal-review');
    await architect.getByRole('button', { name: 'Simpan keputusan' }).click();
    await architect.getByTestId('proposal-outcome').waitFor({ timeout: 30_000 });

    await developer.goto(`${baseUrl}${proposalPath}`);
    const outcome = developer.getByTestId('proposal-outcome');
    await outcome.waitFor({ timeout: 30_000 });
    // the reuse target shows its ref until the catalog answers, then its title
    const target = outcome.getByRole('link', { name: /SRIKANDI \(Sistem Informasi Kearsipan Dinamis/ });
    await target.waitFor({ timeout: 30_000 });
    const text = (await outcome.textContent()) ?? '';
    assert.match(text, /Ditolak: gunakan ulang/);
    assert.match(text, /reuse SRIKANDI/);
    const targetHref = await target.getAttribute('href');
    assert.match(targetHref ?? '', /\/catalog\/[^/]+\/[^/]+\/srikandi$/, 'reuse target links to its entity');
    await developer.getByTestId('proposal-status-rejected-reuse').waitFor();
    await screenshot(developer, 'proposal-outcome');
    await architect.context().close();
  });
});

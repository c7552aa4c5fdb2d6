/*
 * The portal itself (issue 2): home page, the national architecture in the
 * catalog, SPBE columns and cards.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { api, baseUrl, launch, screenshot, signIn, waitForApplications } from './browser.ts';

describe('SPBE portal', () => {
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await launch();
    page = await signIn(browser, 'dev-kemenkeu');
    await waitForApplications(page, 2500);
  });
  after(async () => browser?.close());

  it('home page is the SPBE portal with search and none of the template widgets', async () => {
    await page.goto(baseUrl);
    await page.getByText('Portal Guna Ulang SPBE').first().waitFor();
    assert.ok(await page.getByRole('textbox').first().isVisible());
    const text = await page.textContent('body');
    for (const widget of ['Random Joke', 'World Clock', 'Getting Started']) {
      assert.ok(!text?.includes(widget), `home page shows "${widget}"`);
    }
    await screenshot(page, 'home');
  });

  it('the national architecture is in the catalog', async () => {
    const underPmk = await api(
      page,
      '/api/catalog/entities/by-query?filter=kind=group,spec.parent=kemenko-pmk&limit=100',
    );
    assert.equal(underPmk.status, 200);
    const names = underPmk.body.items.map((e: any) => e.metadata.name);
    assert.ok(names.includes('kemenkes'), `ministries under Kemenko PMK: ${names}`);

    const reference = await api(
      page,
      '/api/catalog/entities/by-query?filter=kind=referencearchitecture&limit=1',
    );
    assert.ok(reference.body.totalItems >= 50);

    const platforms = await api(
      page,
      '/api/catalog/entities/by-query?filter=kind=component,metadata.annotations.spbe.go.id/platform-nasional=true&limit=1',
    );
    assert.ok(platforms.body.totalItems >= 20, `national platforms: ${platforms.body.totalItems}`);

    const pmkApps = await api(
      page,
      '/api/catalog/entities/by-query?filter=kind=component,relations.coordinatedBy=group:default/kemenko-pmk&limit=1',
    );
    assert.ok(pmkApps.body.totalItems > 0, 'applications under Kemenko PMK by the coordinatedBy relation');

    // The catalog page's filters count their options from these facets.
    const facets = await api(
      page,
      '/api/catalog/entity-facets?facet=relations.coordinatedBy&facet=metadata.annotations.spbe.go.id/jenis&filter=kind=component',
    );
    assert.equal(facets.status, 200);
    const coordinators = facets.body.facets['relations.coordinatedBy'].map((f: any) => f.value);
    assert.ok(coordinators.includes('group:default/kemenko-pmk'), `koordinator options: ${coordinators}`);
    const jenis = facets.body.facets['metadata.annotations.spbe.go.id/jenis'].map((f: any) => f.value).sort();
    assert.deepEqual(jenis, ['khusus', 'umum']);
  });

  it('a national platform page shows the SPBE classification and DPI usage', async () => {
    await page.goto(`${baseUrl}/catalog/default/component/srikandi`);
    await page.getByText('Klasifikasi SPBE').first().waitFor({ timeout: 60_000 });
    await page.getByText('Penggunaan DPI').first().waitFor();
    const text = await page.textContent('body');
    assert.ok(text?.includes('ANRI') || text?.includes('anri'), 'owner agency shown');
    await screenshot(page, 'entity-srikandi');
  });

  it('TechDocs of a national platform renders (built locally with MkDocs)', async () => {
    await page.goto(`${baseUrl}/docs/default/component/srikandi`);
    // The docs are built on first view; the reader shows them in its shadow DOM.
    await page
      .locator('[data-testid="techdocs-native-shadowroot"]')
      .getByText('Arsip Dinamis', { exact: false })
      .first()
      .waitFor({ timeout: 120_000 });
    await screenshot(page, 'techdocs-srikandi');
  });
});

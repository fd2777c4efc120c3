// Het dashboard in echte Chromium (Debian-pakket, via playwright-core): elke pagina toont
// echte gegevens uit de graaf, de navigatie van matrix naar prikkel naar bron werkt, en
// axe-core vindt geen WCAG 2.1 AA-overtredingen. Schermafdrukken: test/artefacten/.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARDMAP } from '../../gateway/dashboard.js';
import { chromiumAanwezig, startDashboardsessie, type Dashboardsessie } from '../hulp/browser.js';

/** Budget voor het JavaScript van het dashboard, gzip. */
const BUDGET_KB = 300;

describe.runIf(chromiumAanwezig())('dashboard in Chromium', () => {
  let sessie: Dashboardsessie;
  let pagina: Page;
  let basis: string;
  const controleerToegankelijkheid = (naam: string) => sessie.controleerToegankelijkheid(naam);

  beforeAll(async () => {
    sessie = await startDashboardsessie();
    ({ pagina, basis } = sessie);
  }, 60_000);
  afterAll(async () => {
    await sessie?.stop();
  });

  it('Overzicht: de matrix, een cel, een prikkel en haar bron', async () => {
    const begin = Date.now();
    await pagina.goto(`${basis}/dashboard/`);
    await pagina.getByRole('table').waitFor();
    console.log(`eerste beeld (Overzicht met matrix) na ${Date.now() - begin} ms`);
    await controleerToegankelijkheid('overzicht');
    await pagina.getByRole('link', { name: /8 prikkels, sterkste -2/ }).first().waitFor();
    // SZW-instrumenten tegen BZK-doelen: daar staat de kostendelersnorm.
    const rij = pagina.getByRole('row').filter({ has: pagina.getByRole('rowheader', { name: 'SZW' }) });
    await rij.getByRole('cell').nth(0).getByRole('link').click();
    await pagina.getByRole('heading', { name: 'Instrumenten van SZW tegen doelen van BZK' }).waitFor();
    expect(pagina.url()).toContain('?cel=SZW-BZK');
    await pagina.getByRole('link', { name: /Kostendelersnorm/ }).first().click();
    await pagina.getByRole('heading', { level: 1, name: /Kostendelersnorm/ }).waitFor();
    expect(pagina.url()).toMatch(/\/dashboard\/prikkel\/KOSTENDELERSNORM\//);
    await expect(pagina.getByRole('heading', { name: 'Bronnen' })).toBeTruthy();
    expect(await pagina.locator('article').innerText()).toMatch(/Een thuis voor iedereen.*>/s);
    await controleerToegankelijkheid('prikkel');
  }, 60_000);

  it('Leeftijden: de drempels 18, 21, 23 en 27 en de gaten', async () => {
    await pagina.goto(`${basis}/dashboard/leeftijden`);
    await pagina.getByRole('table').waitFor();
    const leeftijden = await pagina.locator('tbody tr td:first-child').allInnerTexts();
    for (const l of ['18', '21', '23', '27']) expect(leeftijden).toContain(l);
    expect(await pagina.getByRole('img').getAttribute('aria-labelledby')).toBe('tijdlijn-titel');
    await controleerToegankelijkheid('leeftijden');
  }, 60_000);

  it('Aandachtsgroep: vijf ministeries naast elkaar, cijfers met peildatum en bron', async () => {
    await pagina.goto(`${basis}/dashboard/aandachtsgroep/STUDENTEN`);
    await pagina.getByRole('heading', { level: 1, name: 'Studenten' }).waitFor();
    for (const m of ['BZK', 'VWS', 'JENV', 'SZW', 'OCW']) await pagina.getByRole('heading', { level: 2, name: m }).waitFor();
    expect(await pagina.locator('main').innerText()).toMatch(/peildatum \d{4}.*bron: /);
    await controleerToegankelijkheid('aandachtsgroep');
  }, 60_000);

  it(`blijft binnen het budget van ${BUDGET_KB} kB JavaScript (gzip)`, () => {
    const js = readdirSync(`${DASHBOARDMAP}/assets`).filter((f) => f.endsWith('.js'));
    const kb = js.reduce((n, f) => n + gzipSync(readFileSync(`${DASHBOARDMAP}/assets/${f}`)).length, 0) / 1024;
    console.log(`dashboard: ${kb.toFixed(0)} kB JavaScript (gzip)`);
    expect(kb).toBeLessThanOrEqual(BUDGET_KB);
  });
});

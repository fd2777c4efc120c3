// Het dashboard in echte Chromium (Debian-pakket, via playwright-core): elke pagina toont
// echte gegevens uit de graaf, de navigatie van matrix naar prikkel naar bron werkt, en
// axe-core vindt geen WCAG 2.1 AA-overtredingen. Schermafdrukken: test/artefacten/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DASHBOARDMAP } from '../../gateway/dashboard.js';
import { BUDGET_KB, meetBundel, overschrijdingen } from '../../bench/bundel.js';
import { chromiumAanwezig, gebruikDashboardsessie } from '../hulp/browser.js';
import { DEPARTEMENTEN } from '../../kern/config.js';

describe.runIf(chromiumAanwezig())('dashboard in Chromium', () => {
  let pagina: Page;
  let basis: string;
  const controleerToegankelijkheid = (naam: string) => sessie.controleerToegankelijkheid(naam);

  const sessie = gebruikDashboardsessie((s) => ({ pagina, basis } = s));

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
    await pagina.getByRole('heading', { level: 2, name: 'Bronnen' }).waitFor();
    expect(await pagina.locator('main').innerText()).toMatch(/Stand: peildatum 8 juli 2021/);
    await controleerToegankelijkheid('prikkel');
    // De bron van de prikkel: de vindplaats in het rapport, en wat er verder op berust.
    const bron = pagina.locator('article a[href*="/dashboard/bron/"]').first();
    const vindplaats = (await bron.innerText()).split(', ').slice(1).join(', ');
    await bron.click();
    await pagina.getByRole('heading', { level: 2, name: 'Tegenwerkende prikkels met deze bron' }).waitFor();
    expect(decodeURIComponent(pagina.url())).toContain(`/dashboard/bron/003_92de307edde85196.txt?vindplaats=${vindplaats}`);
    await pagina.getByRole('heading', { level: 1, name: /Een thuis voor iedereen/ }).waitFor();
    await pagina.getByRole('link', { name: 'Kostendelersnorm' }).first().waitFor();
    expect(await pagina.locator('dd').nth(1).innerText()).toBe(vindplaats);
    await controleerToegankelijkheid('bron');
  }, 60_000);

  it('noemt op elke pagina over beleid de peildatum', async () => {
    for (const pad of ['/dashboard/', '/dashboard/leeftijden', '/dashboard/aandachtsgroep/OUDEREN']) {
      await pagina.goto(`${basis}${pad}`);
      await pagina.locator('.thuis-stand').waitFor();
      expect(await pagina.locator('.thuis-stand').innerText(), pad).toMatch(/^Stand: peildatum 8 juli 2021 \(stand van het beleid van alle vijf ministeries\)/);
    }
  }, 60_000);

  it('is met het toetsenbord te bedienen: overslaan, menu, matrixcel openen', async () => {
    await pagina.goto(`${basis}/dashboard/`);
    await pagina.getByRole('table').waitFor();
    const bereikt: string[] = [];
    for (let i = 0; i < 14; i++) {
      await pagina.keyboard.press('Tab');
      bereikt.push((await pagina.locator('*:focus').innerText()).trim());
    }
    expect(bereikt[0]).toBe('Naar de inhoud');
    for (const item of ['Overzicht', 'Aandachtsgroep', 'Leeftijden', 'Netwerk', 'Cijfers', 'Overzichten', 'Query']) expect(bereikt).toContain(item);
    const cel = bereikt.findIndex((t) => /prikkels?, sterkste/.test(t));
    expect(cel).toBeGreaterThan(0);
    // Enter op de eerste cel opent haar prikkels, zonder muis.
    await pagina.keyboard.press('Shift+Tab');
    await pagina.keyboard.press('Tab');
    await pagina.keyboard.press('Enter');
    await pagina.getByRole('heading', { level: 2, name: /^Instrumenten van / }).waitFor();
    expect(pagina.url()).toMatch(/\?cel=[A-Z]+-[A-Z]+$/);
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
    for (const m of DEPARTEMENTEN) await pagina.getByRole('heading', { level: 2, name: m }).waitFor();
    expect(await pagina.locator('main').innerText()).toMatch(/peildatum \d{4}.*bron: /);
    await controleerToegankelijkheid('aandachtsgroep');
  }, 60_000);

  it(`blijft binnen het budget: eerste beeld ${BUDGET_KB.eersteBeeld} kB JavaScript (gzip), zware pagina's apart`, () => {
    const meting = meetBundel(DASHBOARDMAP);
    console.log(`dashboard (kB JavaScript, gzip): ${JSON.stringify(meting)}`);
    // Elke lazy pagina heeft een eigen chunk; staat er een bibliotheek in het eerste beeld, dan groeit dat.
    expect(Object.keys(meting.paginas).sort()).toEqual(['Cijfers', 'Netwerk', 'Overzichten', 'Query']);
    expect(overschrijdingen(meting)).toEqual([]);
  });
});

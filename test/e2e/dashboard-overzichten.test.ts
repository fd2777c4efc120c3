// De pagina's Overzichten in echte Chromium, in de ontwikkelmodus (anoniem is een analist):
// de lijst van alle overzichten met titel, omschrijving, versie, variabelen en links naar
// JSON en CSV; een overzicht op zijn eigen pagina met zijn variabelen als filter (een enum
// als keuzelijst uit de introspectie, verplichte eerst), zijn rijen als tabel met de kolommen
// van de CSV, de CSV zelf als download; bediening met het toetsenbord, en axe-core vindt geen
// WCAG 2.1 AA-overtredingen.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAanwezig, gebruikDashboardsessie, volgCspSchendingen } from '../hulp/browser.js';
import { editorKlaar, PRIKKELS_PER_PAAR, rijentabel, zetQuery } from '../hulp/overzichtpagina.js';

/** Het formulier Opslaan als overzicht voor de grafiek van prikkels per paar ministeries. */
async function vulPrikkelsPerPaar(pagina: Page): Promise<void> {
  await pagina.getByLabel('Naam', { exact: true }).fill('prikkels-per-paar');
  await pagina.getByLabel('Titel', { exact: true }).fill('Prikkels per paar ministeries');
  await pagina.getByLabel('Omschrijving', { exact: true }).fill('Het aantal tegenwerkende prikkels per ministerie van het instrument en van het doel.');
  await pagina.getByLabel('Rijen (niet verplicht)').fill('analyse.prikkelmatrix');
  await pagina.getByLabel('Weergave').selectOption('grafiek');
  await pagina.getByLabel('Kolommen (niet verplicht)').fill('instrumentDepartement, doelDepartement, aantal');
}

describe.runIf(chromiumAanwezig())('dashboard: Overzichten in Chromium (ontwikkelmodus)', () => {
  let pagina: Page;
  let basis: string;
  const sessie = gebruikDashboardsessie((s) => ({ pagina, basis } = s));

  it('de lijst: elk overzicht met titel, omschrijving, versie, variabelen en links naar JSON en CSV', async () => {
    await pagina.goto(`${basis}/dashboard/overzichten`);
    await pagina.getByRole('heading', { level: 1, name: 'Overzichten' }).waitFor();
    const tabel = pagina.getByRole('table', { name: /^Alle overzichten/ });
    await tabel.waitFor();
    const { overzichten } = (await (await fetch(`${basis}/overzichten`)).json()) as { overzichten: { id: string; titel: string; omschrijving: string; versie: number; csv: boolean }[] };
    expect(await tabel.locator('tbody tr').count()).toBe(overzichten.length);
    for (const o of overzichten) {
      const rij = tabel.locator('tbody tr').filter({ has: pagina.locator('th code', { hasText: new RegExp(`^${o.id}$`) }) });
      expect(await rij.count(), o.id).toBe(1);
      expect(await rij.locator('th a').getAttribute('href')).toMatch(new RegExp(`^/dashboard/overzichten/${o.id.replace(/@\d+$/, '')}$`));
      expect(await rij.locator('th a').innerText()).toBe(o.titel);
      expect(await rij.locator('td').first().innerText()).toBe(o.omschrijving);
      expect(await rij.locator('td').nth(1).innerText()).toBe(String(o.versie));
      expect(await rij.getByRole('link', { name: /als JSON$/ }).getAttribute('href')).toBe(`/overzichten/${o.id}`);
      if (o.csv) expect(await rij.getByRole('link', { name: /als CSV$/ }).getAttribute('href')).toBe(`/overzichten/${o.id}?formaat=csv`);
    }
    // De variabelen, met wat verplicht is en de standaardwaarde.
    const aandachtsgroep = tabel.locator('tbody tr').filter({ has: pagina.locator('th code', { hasText: /^aandachtsgroep$/ }) });
    expect(await aandachtsgroep.locator('td').nth(2).innerText()).toMatch(/code \(AandachtsgroepCode!, verplicht\)\s+alleenLetterlijk \(Boolean, standaard false\)/);
    // Het menu noemt de pagina.
    expect(await pagina.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzichten' }).getAttribute('aria-current')).toBe('page');
    await sessie.controleerToegankelijkheid('overzichten');
  }, 60_000);

  it('een overzicht: filters uit zijn variabelen, de rijen als tabel met de kolommen van de CSV, en de CSV als download', async () => {
    const { overzichten } = (await (await fetch(`${basis}/overzichten`)).json()) as { overzichten: { naam: string; titel: string }[] };
    const titel = overzichten.find((o) => o.naam === 'tegenwerkende-prikkels')!.titel;
    await pagina.goto(`${basis}/dashboard/overzichten`);
    await pagina.getByRole('link', { name: titel, exact: true }).click();
    await pagina.getByRole('heading', { level: 1, name: titel }).waitFor();
    expect(new URL(pagina.url()).pathname).toBe('/dashboard/overzichten/tegenwerkende-prikkels');
    // Een enum is een keuzelijst met de waarden uit het schema; een Int een getallenveld.
    const departement = pagina.getByLabel('departement', { exact: true });
    await departement.waitFor();
    expect(await departement.evaluate((s) => s.tagName)).toBe('SELECT');
    expect(await departement.locator('option').allInnerTexts()).toEqual(['Geen (alle)', 'BZK', 'VWS', 'JENV', 'SZW', 'OCW']);
    expect(await pagina.getByLabel('maxScore', { exact: true }).getAttribute('type')).toBe('number');
    expect(await pagina.getByLabel('slapend', { exact: true }).locator('option').allInnerTexts()).toEqual(['Standaard (false)', 'waar', 'onwaar']);

    const alle = await rijentabel(pagina);
    expect(alle.rijen.length).toBeGreaterThan(10);
    // Dezelfde kolommen als de CSV.
    const csvAlle = parse(await (await fetch(`${basis}/overzichten/tegenwerkende-prikkels?formaat=csv`)).text(), { columns: true }) as Record<string, string>[];
    expect(alle.koppen).toEqual(Object.keys(csvAlle[0]!));

    await departement.selectOption('SZW');
    await pagina.getByLabel('maxScore', { exact: true }).fill('-2');
    await pagina.getByRole('button', { name: 'Toon' }).click();
    await expect.poll(() => new URL(pagina.url()).search).toBe('?departement=SZW&maxScore=-2');
    await pagina.getByRole('status').filter({ hasText: /^\d+ rijen/ }).waitFor();
    await expect
      .poll(async () => {
        const t = await rijentabel(pagina);
        return t.rijen.length > 0 && t.rijen.every((r) => [r[t.koppen.indexOf('instrument.departement')], r[t.koppen.indexOf('doel.departement')]].includes('SZW'));
      })
      .toBe(true);
    const szw = await rijentabel(pagina);
    const kolom = (naam: string) => szw.koppen.indexOf(naam);
    expect(szw.rijen.length).toBeGreaterThan(0);
    // Het filter departement: het instrument of het doel is van SZW.
    for (const r of szw.rijen) {
      expect([r[kolom('instrument.departement')], r[kolom('doel.departement')]]).toContain('SZW');
      expect(Number(r[kolom('score')])).toBeLessThanOrEqual(-2);
    }
    expect(szw.rijen.length).toBeLessThan(alle.rijen.length);
    expect(szw.rijen.some((r) => r[kolom('instrument.naam')]!.startsWith('Kostendelersnorm'))).toBe(true);
    await sessie.controleerToegankelijkheid('overzicht-tegenwerkende-prikkels');

    // De CSV met dezelfde filters, als download: dezelfde rijen als de tabel.
    const csvLink = pagina.locator('.thuis-overzicht-gegevens').getByRole('link', { name: /als CSV$/ });
    expect(await csvLink.getAttribute('href')).toBe('/overzichten/tegenwerkende-prikkels?departement=SZW&maxScore=-2&formaat=csv');
    const [download] = await Promise.all([pagina.waitForEvent('download'), csvLink.click()]);
    // De gateway noemt het bestand naar de versie die antwoordde.
    expect(download.suggestedFilename()).toMatch(/^tegenwerkende-prikkels@\d+\.csv$/);
    const csv = parse(readFileSync((await download.path())!, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(csv.map((r) => r['instrument.naam'])).toEqual(szw.rijen.map((r) => r[kolom('instrument.naam')]));
    expect(csv.every((r) => r['instrument.departement'] === 'SZW' || r['doel.departement'] === 'SZW')).toBe(true);
  }, 60_000);

  it('een verplichte variabele staat eerst en moet gekozen zijn; een ongeldige waarde zegt de gateway', async () => {
    await pagina.goto(`${basis}/dashboard/overzichten/aandachtsgroep`);
    await pagina.getByText('Vul eerst code in bij de filters').waitFor();
    // De velden komen pas als de enumwaarden geladen zijn ("Filters laden…" tot dan).
    const filters = pagina.locator('form.thuis-overzicht-filters');
    await filters.waitFor();
    const velden = await filters.locator('select, input').evaluateAll((v) => v.map((e) => (e as HTMLInputElement).name));
    expect(velden).toEqual(['code', 'alleenLetterlijk']);
    // Met het toetsenbord: de keuzelijst, een waarde, Enter.
    await pagina.getByLabel('code (verplicht)').focus();
    await pagina.getByLabel('code (verplicht)').selectOption('STUDENTEN');
    await pagina.keyboard.press('Tab');
    await pagina.keyboard.press('Tab');
    expect(await pagina.evaluate(() => document.activeElement?.textContent)).toBe('Toon');
    await pagina.keyboard.press('Enter');
    await expect.poll(() => new URL(pagina.url()).search).toBe('?code=STUDENTEN');
    // De rijen zijn de cijfers van de groep, elk met de groep en het ministerie ervoor.
    const { koppen, rijen } = await rijentabel(pagina);
    expect(koppen.slice(0, 4)).toEqual(['aandachtsgroep.code', 'aandachtsgroep.naam', 'aandachtsgroep.omschrijving', 'departement']);
    expect(rijen.length).toBeGreaterThan(10);
    for (const r of rijen) expect(r[koppen.indexOf('aandachtsgroep.naam')]).toBe('Studenten');
    await sessie.controleerToegankelijkheid('overzicht-aandachtsgroep');

    // Een waarde die het schema niet kent: de melding van de gateway, geen lege tabel.
    await pagina.goto(`${basis}/dashboard/overzichten/tegenwerkende-prikkels?maxScore=veel`);
    await pagina.getByRole('alert').filter({ hasText: /maxScore moet een geheel getal zijn/ }).waitFor();
    // Een overzicht dat niet bestaat.
    await pagina.goto(`${basis}/dashboard/overzichten/bestaat-niet`);
    await pagina.getByRole('heading', { level: 1, name: 'Overzicht niet gevonden' }).waitFor();
  }, 60_000);

  it('werkt onder de CSP van het dashboard', async () => {
    const streng = await sessie.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const meldingen: string[] = [];
    streng.on('pageerror', (e) => meldingen.push(e.message));
    try {
      const schendingen = await volgCspSchendingen(streng);
      await streng.goto(`${basis}/dashboard/overzichten/prikkelmatrix`);
      await streng.locator('table.thuis-overzicht-tabel tbody tr').first().waitFor();
      await streng.goto(`${basis}/dashboard/overzichten`);
      await streng.getByRole('table', { name: /^Alle overzichten/ }).waitFor();
      expect(await schendingen()).toEqual([]);
      expect(meldingen).toEqual([]);
    } finally {
      await streng.close();
    }
  }, 60_000);
});

describe.runIf(chromiumAanwezig())('dashboard: Opslaan als overzicht in Chromium (ontwikkelmodus, anoniem is samensteller)', () => {
  let pagina: Page;
  let basis: string;
  const sessie = gebruikDashboardsessie((s) => ({ pagina, basis } = s), {
    toegang: { anoniem: { onderwerp: 'anoniem', rollen: ['analist', 'samensteller'], bron: 'ontwikkelmodus' } },
  });

  it('de redenen van een weigering staan boven de editor; na het opslaan de link naar het nieuwe overzicht, dat opent als grafiek en tabel', async () => {
    await pagina.goto(`${basis}/dashboard/query`);
    await editorKlaar(pagina);
    const knop = pagina.getByRole('button', { name: 'Opslaan als overzicht' });
    expect(await knop.getAttribute('aria-expanded')).toBe('false');
    await knop.click();
    expect(await knop.getAttribute('aria-expanded')).toBe('true');
    // De focus gaat naar het eerste veld.
    await expect.poll(() => pagina.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('naam');

    // Een ongeldige naam en een breuk zonder datum: de gateway noemt elke reden.
    await zetQuery(pagina, 'query Fout { aandachtsgroepen { code bestaatNiet } }');
    await pagina.getByLabel('Naam', { exact: true }).fill('Foute Naam');
    await pagina.getByLabel('Titel', { exact: true }).fill('Fout');
    await pagina.getByLabel('Omschrijving', { exact: true }).fill('Een overzicht dat niet mag.');
    await pagina.getByText('Een nieuwe versie die de vorige breekt').click();
    await pagina.getByLabel('Reden', { exact: true }).fill('Een veld valt weg.');
    await pagina.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const uitkomst = pagina.locator('.thuis-opslaan-uitkomst');
    await uitkomst.getByRole('heading', { name: /^Niet opgeslagen, om \d+ redenen$/ }).waitFor();
    const redenen = await uitkomst.locator('.thuis-opslaan-redenen li').allInnerTexts();
    expect(redenen.some((r) => r.startsWith('naam is "Foute Naam"'))).toBe(true);
    expect(redenen.some((r) => r.startsWith('breekt.uitfaseerdatum'))).toBe(true);
    await pagina.getByLabel('Reden', { exact: true }).fill('');
    // Dan het document: een veld dat het schema niet kent.
    await pagina.getByLabel('Naam', { exact: true }).fill('fout');
    await pagina.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => uitkomst.locator('.thuis-opslaan-redenen li').allInnerTexts()).toContainEqual(expect.stringContaining('bestaatNiet'));
    // De focus staat op de uitkomst, zodat een schermlezer haar voorleest; ze staat direct boven de editor.
    expect(await pagina.evaluate(() => document.activeElement?.classList.contains('thuis-opslaan-uitkomst'))).toBe(true);
    expect(await pagina.evaluate(() => document.querySelector('.thuis-opslaan')?.nextElementSibling?.classList.contains('thuis-query'))).toBe(true);
    await sessie.controleerToegankelijkheid('query-opslaan-geweigerd');

    // Nu goed: een grafiek van het aantal prikkels per paar ministeries.
    await zetQuery(pagina, PRIKKELS_PER_PAAR);
    await vulPrikkelsPerPaar(pagina);
    await pagina.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await uitkomst.getByRole('heading', { name: 'Opgeslagen als prikkels-per-paar@1' }).waitFor();
    expect(await pagina.evaluate(() => document.activeElement?.classList.contains('thuis-opslaan-uitkomst'))).toBe(true);
    await sessie.controleerToegankelijkheid('query-opslaan-opgeslagen');

    await uitkomst.getByRole('link', { name: 'Open het overzicht Prikkels per paar ministeries' }).click();
    await pagina.getByRole('heading', { level: 1, name: 'Prikkels per paar ministeries' }).waitFor();
    expect(new URL(pagina.url()).pathname).toBe('/dashboard/overzichten/prikkels-per-paar@1');
    // De grafiek: een staaf per paar, met een naam; direct erna de tabel met de drie kolommen.
    const grafiek = pagina.locator('figure.thuis-overzicht-figuur svg[role="img"]');
    await grafiek.waitFor();
    expect(await grafiek.getAttribute('aria-label')).toBe('Grafiek: Prikkels per paar ministeries, aantal per instrumentDepartement en doelDepartement. De tabel na de grafiek geeft dezelfde gegevens.');
    const { koppen, rijen } = await rijentabel(pagina);
    expect(koppen).toEqual(['instrumentDepartement', 'doelDepartement', 'aantal']);
    expect(await grafiek.locator('rect').count()).toBe(rijen.length);
    expect(rijen).toContainEqual(['SZW', 'BZK', expect.stringMatching(/^\d+$/)]);
    // De filter uit de variabele: een keuzelijst met de aandachtsgroepen.
    await pagina.getByLabel('aandachtsgroep', { exact: true }).selectOption('STUDENTEN');
    await pagina.getByRole('button', { name: 'Toon' }).click();
    await expect.poll(() => new URL(pagina.url()).search).toBe('?aandachtsgroep=STUDENTEN');
    await expect.poll(async () => (await rijentabel(pagina)).rijen.length).toBeLessThan(rijen.length);
    await sessie.controleerToegankelijkheid('overzicht-grafiek');

    // En in de lijst.
    await pagina.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzichten' }).click();
    await pagina.getByRole('link', { name: 'Prikkels per paar ministeries', exact: true }).waitFor();
  }, 90_000);

  it('een nieuwe versie: hetzelfde verandert niets, een brekende vraagt reden en datum, en de vorige zegt wanneer ze verdwijnt', async () => {
    await pagina.goto(`${basis}/dashboard/query`);
    await editorKlaar(pagina);
    await pagina.getByRole('button', { name: 'Opslaan als overzicht' }).click();
    const vul = () => vulPrikkelsPerPaar(pagina);
    const uitkomst = pagina.locator('.thuis-opslaan-uitkomst');
    // Precies hetzelfde: niets vastgelegd.
    await zetQuery(pagina, PRIKKELS_PER_PAAR);
    await vul();
    await pagina.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await uitkomst.getByRole('heading', { name: 'Niets veranderd: prikkels-per-paar@1 is precies dit overzicht' }).waitFor();

    // Zonder sterksteScore: dat breekt met versie 1, en dat moet gezegd worden.
    await zetQuery(pagina, PRIKKELS_PER_PAAR.replace(' sterksteScore', ''));
    await pagina.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => uitkomst.locator('.thuis-opslaan-redenen li').allInnerTexts()).toContainEqual(expect.stringMatching(/^breekt met prikkels-per-paar@1: .*sterksteScore/));
    const datum = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await pagina.getByText('Een nieuwe versie die de vorige breekt').click();
    await pagina.getByLabel('Reden', { exact: true }).fill('De sterkste score staat al in de prikkelmatrix.');
    await pagina.getByLabel('Vorige versie verdwijnt op').fill(datum);
    await pagina.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await uitkomst.getByRole('heading', { name: 'Opgeslagen als prikkels-per-paar@2' }).waitFor();
    expect(await uitkomst.innerText()).toMatch(/Breekt met de vorige versie: .*sterksteScore/);

    // Versie 1 zegt wanneer ze verdwijnt en wijst naar de nieuwste.
    await pagina.goto(`${basis}/dashboard/overzichten/prikkels-per-paar@1`);
    const waarschuwing = pagina.locator('.utrecht-alert').filter({ hasText: 'Deze versie verdwijnt op' });
    await waarschuwing.waitFor();
    expect(await waarschuwing.innerText()).toContain('De sterkste score staat al in de prikkelmatrix.');
    expect(await waarschuwing.getByRole('link').getAttribute('href')).toBe('/dashboard/overzichten/prikkels-per-paar');
    const versies = await pagina.getByRole('heading', { level: 2, name: 'Versies' }).locator('xpath=following-sibling::ul[1]/li').allInnerTexts();
    expect(versies[0]).toMatch(/^prikkels-per-paar@2, gepubliceerd /);
    expect(versies[1]).toMatch(/^prikkels-per-paar@1 \(deze\), gepubliceerd .*; verdwijnt op .*: De sterkste score staat al in de prikkelmatrix\.$/);
    // Versie 1 zoals ze was: haar query (met sterksteScore) en al haar kolommen.
    expect(await pagina.locator('pre.thuis-overzicht-json').innerText()).toContain('sterksteScore');
    expect((await rijentabel(pagina)).koppen).toEqual(['instrumentDepartement', 'doelDepartement', 'aantal', 'sterksteScore']);
    await sessie.controleerToegankelijkheid('overzicht-uitgefaseerd');
    // De naam is de nieuwste versie, zonder sterksteScore.
    await waarschuwing.getByRole('link').click();
    await pagina.getByText('prikkels-per-paar (versie 2, de nieuwste)').waitFor();
    expect(await pagina.locator('pre.thuis-overzicht-json').innerText()).not.toContain('sterksteScore');
  }, 90_000);
});

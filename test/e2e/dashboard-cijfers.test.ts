// De pagina Cijfers in echte Chromium: echte reeksen als grafiek met direct erna de tabel
// (peildatum, waarde, soort, bron), filters als deelbare links, bediening met het
// toetsenbord, axe-core zonder overtredingen, en de grafieken ook onder de echte CSP.
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAanwezig, gebruikDashboardsessie, volgCspSchendingen } from '../hulp/browser.js';

// Uit subgraphs/bzk/data/2021-07-08.yaml: vier cijfers, twee waarnemingen en twee prognoses.
const MUTATIES = 'Sociale huurwoningen door corporaties verhuurd aan een nieuwe huurder (mutaties)';
const MUTATIERIJEN = [
  ['2015', '224.000', 'waarneming'],
  ['2019', '168.000', 'waarneming'],
  ['2020', '156.000', 'prognose'],
  ['2021', '145.000', 'prognose'],
];

/** De sectie van een reeks, gevonden aan haar kop. */
const reeks = (pagina: Page, naam: string) => pagina.locator('section.thuis-cijfers-reeks').filter({ has: pagina.getByRole('heading', { level: 3, name: naam, exact: true }) });

describe.runIf(chromiumAanwezig())('dashboard: Cijfers in Chromium', () => {
  let pagina: Page;
  let basis: string;
  const sessie = gebruikDashboardsessie((s) => ({ pagina, basis } = s));

  it('toont echte reeksen als grafiek met direct erna de tabel, elk cijfer met peildatum en bron', async () => {
    await pagina.goto(`${basis}/dashboard/cijfers`);
    await pagina.getByRole('heading', { level: 2, name: /^Reeksen met meer cijfers/ }).waitFor();
    expect(await pagina.locator('.thuis-stand').innerText()).toMatch(/peildata van 2015 tot en met 2050; elk cijfer draagt zijn eigen peildatum/);

    const figuren = pagina.locator('figure.thuis-cijfers-figuur');
    expect(await figuren.count()).toBeGreaterThanOrEqual(5);
    // Elke grafiek: een svg met role="img" en een naam, en direct na de figuur de tabel.
    for (let i = 0; i < (await figuren.count()); i++) {
      const fig = figuren.nth(i);
      const svg = fig.locator('svg[role="img"]').first();
      expect(await svg.getAttribute('aria-label')).toMatch(/^Grafiek: .+\(.+\), in .+/);
      expect(await fig.evaluate((f) => f.nextElementSibling?.matches('div.thuis-cijfers-schuif') && f.nextElementSibling.firstElementChild?.tagName)).toBe('TABLE');
    }
    const rijen = pagina.locator('figure.thuis-cijfers-figuur + .thuis-cijfers-schuif > table tbody tr');
    expect(await rijen.count()).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < (await rijen.count()); i++) {
      const rij = rijen.nth(i);
      expect(await rij.locator('th').innerText()).toMatch(/\d{4}/);
      expect(await rij.locator('a[href*="/dashboard/bron/"]').innerText()).toMatch(/^.+, .+$/);
    }

    // Een reeks met vier cijfers: de waarden uit de bron, de soort, en de prognoses gestreept.
    const mutaties = reeks(pagina, MUTATIES);
    expect(await mutaties.locator('svg[role="img"]').getAttribute('aria-label')).toContain(`${MUTATIES} (BZK), in woningen per jaar, 2015 tot en met 2021`);
    const tabel = await mutaties.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim())));
    expect(tabel.map((r) => [r[0], r[1], r[2], r[3]])).toEqual(MUTATIERIJEN.map(([p, w, s]) => [p, w, 'woningen per jaar', s]));
    // De bron, met (ingeklapt) het citaat als de redactie het vastlegde.
    for (const r of tabel) expect(r[5].replace(/\s*citaat$/, '')).toBe('Een thuis voor iedereen. Adviesrapport interbestuurlijke werkgroep versterking beleid huisvesting aandachtsgroepen, 2 Inleiding > Aanbod');
    expect(await mutaties.locator('table caption').innerText()).toBe(`Tabel bij de grafiek: ${MUTATIES} (BZK), in woningen per jaar`);
    expect(await mutaties.locator('svg[role="img"] g[stroke-dasharray]').count()).toBe(1);
    expect(await mutaties.locator('svg[role="img"] path').count()).toBeGreaterThanOrEqual(4);
    expect(await mutaties.locator('figcaption').innerText()).toMatch(/een jaarcijfer staat in het midden van zijn jaar/);

    // Eén peildatum: alleen in de tabel, met ministerie, peildatum en bron.
    const los = pagina.locator('table').filter({ has: pagina.locator('caption', { hasText: 'Cijfers met één peildatum' }) });
    const woondeals = los.getByRole('row').filter({ has: pagina.getByRole('rowheader', { name: 'Aantal gesloten woondeals' }) });
    expect((await woondeals.innerText()).split('\t').map((t) => t.trim()).slice(0, 6)).toEqual(['Aantal gesloten woondeals', 'BZK', '2021', '6', 'woondeals', 'waarneming']);

    // Open perioden hebben geen plek op de tijdas: zo'n reeks staat er alleen als tabel.
    const ouderenwoningen = reeks(pagina, 'Door corporaties te realiseren ouderenwoningen (nultreden en geclusterd), cumulatief');
    expect(await ouderenwoningen.locator('svg[role="img"], figure').count()).toBe(0);
    expect(await ouderenwoningen.innerText()).toMatch(/open perioden hebben geen plek op de tijdas/);
    expect(await ouderenwoningen.locator('tbody th').allInnerTexts()).toEqual(['tot en met 2031 (begin niet genoemd)', 'tot en met 2036 (begin niet genoemd)']);
    // De CSV onder de pagina is alle-cijfers, dat de gateway helemaal doorbladert: elk getoond cijfer één rij.
    const aantal = Number(/samen (\d+) cijfers/.exec(await pagina.locator('.thuis-cijfers-resultaat').innerText())?.[1]);
    expect(aantal).toBeGreaterThan(50);
    const csvlink = pagina.getByRole('link', { name: 'alle-cijfers.csv' });
    expect(await csvlink.getAttribute('href')).toBe('/overzichten/alle-cijfers?formaat=csv');
    const csv = await pagina.evaluate(async (href) => (await fetch(href)).text(), '/overzichten/alle-cijfers?formaat=csv');
    expect(parse(csv, { columns: true })).toHaveLength(aantal);

    // Alles past in de breedte van de pagina (1280 px): niets schuift horizontaal.
    expect(await pagina.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await sessie.controleerToegankelijkheid('cijfers');
  }, 60_000);

  it('noemt op de bronpagina bij elk cijfer zijn ministerie (het overzicht geeft dat per silo)', async () => {
    await pagina.goto(`${basis}/dashboard/cijfers`);
    await reeks(pagina, MUTATIES).locator('table tbody tr').first().locator('a[href*="/dashboard/bron/"]').click();
    await pagina.getByRole('heading', { level: 2, name: 'Cijfers met deze bron' }).waitFor();
    await pagina.getByText(`${MUTATIES} (BZK, peildatum 2015)`).waitFor();
    expect(await pagina.locator('main').innerText()).not.toContain('undefined');
  }, 60_000);

  it('filtert met deelbare links op aandachtsgroep en ministerie, en met het formulier op een reeks', async () => {
    await pagina.goto(`${basis}/dashboard/cijfers`);
    const groepen = pagina.getByRole('navigation', { name: 'Aandachtsgroep' });
    await groepen.getByRole('link', { name: 'Studenten', exact: true }).click();
    await pagina.getByText(/^Gefilterd op aandachtsgroep Studenten: /).waitFor();
    expect(new URL(pagina.url()).search).toBe('?groep=STUDENTEN');
    expect(await groepen.getByRole('link', { name: 'Studenten', exact: true }).getAttribute('aria-current')).toBe('true');
    // Alleen reeksen die voor studenten gelden; de ouderenreeksen zijn weg.
    for (const p of await pagina.locator('section.thuis-cijfers-reeks > p:first-of-type').allInnerTexts()) expect(p).toMatch(/geldt voor (alle 9 aandachtsgroepen|.*Studenten)/);
    await reeks(pagina, 'Tekort aan studentenwoningen').waitFor();
    expect(await pagina.getByRole('heading', { name: 'Aantal 75-plussers', exact: true }).count()).toBe(0);

    await pagina.getByRole('navigation', { name: 'Ministerie' }).getByRole('link', { name: 'OCW', exact: true }).click();
    await pagina.getByText(/^Gefilterd op aandachtsgroep Studenten, ministerie OCW: /).waitFor();
    expect(new URL(pagina.url()).search).toBe('?groep=STUDENTEN&departement=OCW');
    const ministeries = [
      ...(await pagina.locator('section.thuis-cijfers-reeks > p:first-of-type').allInnerTexts()).map((p) => p.split(' · ')[0]),
      ...(await pagina.locator('table:has(caption:text("Cijfers met één peildatum")) tbody tr td:nth-of-type(1)').allInnerTexts()),
    ];
    expect(ministeries.length).toBeGreaterThan(0);
    expect(new Set(ministeries)).toEqual(new Set(['OCW']));
    expect(await pagina.getByRole('heading', { name: 'Tekort aan studentenwoningen' }).count()).toBe(0);

    // Het formulier kiest een reeks binnen de filters; terug naar alle ministeries, dan BZK's tekort.
    await pagina.getByRole('navigation', { name: 'Ministerie' }).getByRole('link', { name: 'Alle ministeries' }).click();
    await pagina.getByText(/^Gefilterd op aandachtsgroep Studenten: /).waitFor();
    await pagina.getByLabel('Reeks', { exact: true }).selectOption('BZK:TEKORT_STUDENTENWONINGEN');
    await pagina.getByRole('button', { name: 'Toon reeks' }).click();
    await pagina.getByText(/reeks Tekort aan studentenwoningen \(BZK\): 1 reeksen/).waitFor();
    expect(new URL(pagina.url()).search).toBe('?groep=STUDENTEN&reeks=BZK:TEKORT_STUDENTENWONINGEN');
    const tekort = reeks(pagina, 'Tekort aan studentenwoningen');
    expect(await tekort.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^2019–2020\t22\.000\twoningen\t ?waarneming\t/),
      expect.stringMatching(/^2024–2025\t12\.800 tot 26\.250 \(bandbreedte\)\twoningen\t ?prognose\t/),
    ]);
    // Een bandbreedte over een periode is een vlak, geen verzonnen middenwaarde.
    expect(await tekort.locator('svg[role="img"] rect').count()).toBeGreaterThanOrEqual(1);
    expect(await pagina.locator('.thuis-stand').innerText()).toMatch(/peildata van 2019 tot en met 2025/);
    await sessie.controleerToegankelijkheid('cijfers-gefilterd');

    // De URL zelf is te delen: opnieuw openen geeft hetzelfde beeld.
    await pagina.goto(`${basis}/dashboard/cijfers?groep=STUDENTEN&reeks=BZK:TEKORT_STUDENTENWONINGEN`);
    await reeks(pagina, 'Tekort aan studentenwoningen').locator('svg[role="img"]').waitFor();
    expect(await pagina.locator('section.thuis-cijfers-reeks').count()).toBe(1);
    // Een onbekende waarde filtert niet en zegt dat.
    await pagina.goto(`${basis}/dashboard/cijfers?groep=BESTAAT_NIET`);
    await pagina.getByText(/Onbekend in de URL, daarom niet gefilterd op: aandachtsgroep "BESTAAT_NIET"/).waitFor();
  }, 60_000);

  it('is met het toetsenbord te bedienen: Tab bereikt de filters, Enter volgt een filter, het formulier werkt', async () => {
    await pagina.goto(`${basis}/dashboard/cijfers`);
    await pagina.getByRole('heading', { level: 2, name: /^Reeksen met meer cijfers/ }).waitFor();
    const bereikt: string[] = [];
    for (let i = 0; i < 40 && !bereikt.includes('Ouderen'); i++) {
      await pagina.keyboard.press('Tab');
      bereikt.push(await pagina.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? ''));
    }
    expect(bereikt).toContain('Alle aandachtsgroepen');
    expect(bereikt.at(-1)).toBe('Ouderen');
    await pagina.keyboard.press('Enter');
    await pagina.getByText(/^Gefilterd op aandachtsgroep Ouderen: /).waitFor();
    expect(new URL(pagina.url()).search).toBe('?groep=OUDEREN');

    // Verder met Tab tot de keuzelijst; kiezen met de pijltjes, versturen met Enter.
    for (let i = 0; i < 30; i++) {
      await pagina.keyboard.press('Tab');
      if (await pagina.evaluate(() => document.activeElement?.tagName === 'SELECT')) break;
    }
    expect(await pagina.evaluate(() => (document.activeElement as HTMLSelectElement).name)).toBe('reeks');
    await pagina.keyboard.press('ArrowDown');
    const gekozen = await pagina.evaluate(() => (document.activeElement as HTMLSelectElement).value);
    expect(gekozen).toMatch(/^[A-Z]+:[A-Z0-9_]+$/);
    await pagina.keyboard.press('Tab');
    expect(await pagina.evaluate(() => (document.activeElement as HTMLElement).innerText.trim())).toBe('Toon reeks');
    await pagina.keyboard.press('Enter');
    await pagina.waitForURL((u) => u.searchParams.get('reeks') === gekozen);
    expect(new URL(pagina.url()).searchParams.get('groep')).toBe('OUDEREN');
    expect(await pagina.locator('section.thuis-cijfers-reeks, table:has(caption:text("Cijfers met één peildatum")) tbody tr').count()).toBe(1);
  }, 60_000);

  it('blijft op een smal scherm leesbaar: grafiek zo breed als de kolom, tabellen schuiven en zijn dan met Tab te bereiken', async () => {
    await pagina.setViewportSize({ width: 400, height: 900 });
    try {
      await pagina.goto(`${basis}/dashboard/cijfers?reeks=BZK:SOCIALE_HUURWONINGEN_NIEUWE_HUURDER`);
      const svg = pagina.locator('svg[role="img"]');
      await svg.waitFor();
      expect(Number(await svg.getAttribute('width'))).toBeLessThanOrEqual(400);
      const vlak = pagina.locator('.thuis-cijfers-schuif');
      await expect.poll(() => vlak.getAttribute('tabindex')).toBe('0');
      expect(await vlak.getAttribute('aria-label')).toMatch(/^Tabel bij de grafiek: .* \(schuift horizontaal\)$/);
      expect(await pagina.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await sessie.controleerToegankelijkheid('cijfers-smal');
    } finally {
      await pagina.setViewportSize({ width: 1280, height: 900 });
    }
  }, 60_000);

  it('tekent de grafieken onder de echte CSP, zonder schending, en laadt Plot pas op deze pagina', async () => {
    const context = await sessie.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const echt = await context.newPage();
    const schendingen = await volgCspSchendingen(echt);
    const geladen: string[] = [];
    echt.on('request', (r) => geladen.push(new URL(r.url()).pathname));
    await echt.goto(`${basis}/dashboard/`);
    await echt.getByRole('table').first().waitFor();
    expect(geladen.filter((p) => /\/assets\/Cijfers-/.test(p))).toEqual([]);

    const antwoord = await echt.goto(`${basis}/dashboard/cijfers`);
    expect(antwoord?.headers()['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    const svg = reeks(echt, MUTATIES).locator('svg[role="img"]');
    await svg.waitFor();
    expect(geladen.some((p) => /\/assets\/Cijfers-/.test(p))).toBe(true);
    // De inline stijl van Plot werkt: het lettertype van de as is 14px, niet de standaard.
    expect(await svg.evaluate((s) => getComputedStyle(s).fontSize)).toBe('14px');
    const box = await svg.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(await schendingen()).toEqual([]);
    await context.close();
  }, 60_000);
});

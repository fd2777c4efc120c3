// Het programmateam maakt zijn eigen overzichten (issue 23), in echte Chromium, in
// productiemodus met een echte OpenID-provider (oidc-provider, test/hulp/oidc.ts): een
// samensteller meldt zich aan in het dashboard (de gateway als backend-for-frontend; het
// dashboard ziet geen token), slaat op de Query-pagina een query op als overzicht, vindt het
// in de lijst, opent het als tabel en downloadt de CSV; een partner voert het daarna met zijn
// API-sleutel uit op id. Een verlopen sessie stuurt naar het aanmelden en terug naar dezelfde
// pagina; afmelden meldt ook bij de provider af. axe-core vindt op de nieuwe pagina's geen
// WCAG 2.1 AA-overtredingen.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../gateway/toegang/identificatie.js';
import { chromiumAanwezig, gebruikDashboardsessie } from '../hulp/browser.js';
import { gebruik, inProductiemodus } from '../hulp/gebruik.js';
import { startOidcProvider, vrijePoort, type Oidcgebruiker } from '../hulp/oidc.js';
import { editorKlaar, PRIKKELS_PER_PAAR, rijentabel, zetQuery } from '../hulp/overzichtpagina.js';

const GEBRUIKERS: Record<string, Oidcgebruiker> = {
  sanne: { naam: 'Sanne Samensteller', rollen: ['thuis-samensteller'] },
  anna: { naam: 'Anna Analist', rollen: ['thuis-analist'] },
};
const PARTNERSLEUTEL = 'thuis_test-partner-sleutel-dashboard-0123456789';
const INACTIEF_S = 30 * 60;

describe.runIf(chromiumAanwezig())('dashboard: zelf overzichten maken in productie, met aanmelden via OpenID Connect', () => {
  inProductiemodus();
  // De klok van de sessies: de test zet hem vooruit in plaats van een halfuur te wachten.
  let verschuivingMs = 0;
  const poort = gebruik('De poort van de gateway', async () => ({ waarde: await vrijePoort() }), () => undefined);
  const terugUrl = () => `http://127.0.0.1:${poort.waarde}/aanmelden/terug`;
  const provider = gebruik('De provider', () => startOidcProvider({ gebruikers: GEBRUIKERS, redirectUris: [terugUrl()] }), (p) => p.stop());
  let pagina: Page;
  let basis: string;
  /** Elk verzoek van de browser naar de gateway, met zijn koppen: nooit een token, wel het CSRF-token. */
  const verzoeken: Request[] = [];
  const sessie = gebruikDashboardsessie(
    (s) => {
      ({ pagina, basis } = s);
      pagina.on('request', (r) => verzoeken.push(r));
    },
    () => ({
      poort: poort.waarde,
      toegang: { modus: 'productie', anoniem: null, apiSleutels: new Map([[sha256(PARTNERSLEUTEL), { naam: 'partner-test', rollen: ['partner'] }]]) },
      aanmelden: provider.aanmeldopties(terugUrl(), {
        rollen: { 'thuis-samensteller': ['samensteller'], 'thuis-analist': ['analist'] },
        sessie: { inactiefS: INACTIEF_S, maximaalS: 8 * 60 * 60 },
        nu: () => Date.now() + verschuivingMs,
      }),
    }),
  );
  const kop = () => pagina.locator('header.thuis-kop');

  /** Bij de provider: het formulier van de testprovider invullen zoals een mens. */
  async function bijDeProvider(gebruiker: string) {
    await pagina.getByRole('heading', { name: 'Aanmelden bij de testprovider' }).waitFor();
    await pagina.getByLabel('Gebruiker').fill(gebruiker);
    await pagina.getByRole('button', { name: 'Aanmelden' }).click();
  }

  it('een samensteller meldt zich aan, slaat een query op als overzicht, vindt en opent het, downloadt de CSV; een partner voert het uit op id', async () => {
    // Niet aangemeld: zonder sessie geeft de gateway niets, en de pagina wijst de weg terug naar zichzelf.
    await pagina.goto(`${basis}/dashboard/overzichten/prikkelmatrix`);
    const melding = pagina.locator('.utrecht-alert').filter({ hasText: 'U bent niet aangemeld.' });
    await melding.waitFor();
    expect(await melding.getByRole('link', { name: 'Meld u aan' }).getAttribute('href')).toBe('/aanmelden?terug=%2Fdashboard%2Foverzichten%2Fprikkelmatrix');
    await sessie.controleerToegankelijkheid('productie-niet-aangemeld');
    await pagina.goto(`${basis}/dashboard/query`);
    const aanmelden = kop().getByRole('link', { name: 'Aanmelden' });
    await aanmelden.waitFor();
    expect(await aanmelden.getAttribute('href')).toBe('/aanmelden?terug=%2Fdashboard%2Fquery');
    expect(await pagina.getByRole('button', { name: 'Opslaan als overzicht' }).count()).toBe(0);

    await aanmelden.click();
    await bijDeProvider('sanne');
    await kop().getByText('Aangemeld als Sanne Samensteller').waitFor();
    expect(new URL(pagina.url()).pathname).toBe('/dashboard/query');
    // Wat de browser vanaf hier vraagt, vraagt hij met de sessie.
    verzoeken.length = 0;
    await kop().getByRole('button', { name: 'Afmelden' }).waitFor();
    // GraphiQL werkt met de sessie: de introspectie kwam binnen (de documentatie kent Query).
    await editorKlaar(pagina);

    // Opslaan als overzicht.
    await pagina.getByRole('button', { name: 'Opslaan als overzicht' }).click();
    await zetQuery(pagina, PRIKKELS_PER_PAAR);
    await pagina.getByLabel('Naam', { exact: true }).fill('prikkels-per-paar');
    await pagina.getByLabel('Titel', { exact: true }).fill('Prikkels per paar ministeries');
    await pagina.getByLabel('Omschrijving', { exact: true }).fill('Het aantal tegenwerkende prikkels per ministerie van het instrument en van het doel.');
    await pagina.getByLabel('Rijen (niet verplicht)').fill('analyse.prikkelmatrix');
    await pagina.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const uitkomst = pagina.locator('.thuis-opslaan-uitkomst');
    await uitkomst.getByRole('heading', { name: 'Opgeslagen als prikkels-per-paar@1' }).waitFor();
    expect(await pagina.evaluate(() => document.activeElement?.classList.contains('thuis-opslaan-uitkomst'))).toBe(true);
    await sessie.controleerToegankelijkheid('productie-query-opslaan');

    // In de lijst.
    await pagina.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzichten' }).click();
    const lijst = pagina.getByRole('table', { name: /^Alle overzichten/ });
    const rij = lijst.locator('tbody tr').filter({ has: pagina.locator('th code', { hasText: /^prikkels-per-paar$/ }) });
    await rij.waitFor();
    expect(await rij.locator('td').first().innerText()).toBe('Het aantal tegenwerkende prikkels per ministerie van het instrument en van het doel.');
    expect(await rij.locator('td').nth(2).innerText()).toMatch(/^aandachtsgroep \(AandachtsgroepCode\)$/);
    await sessie.controleerToegankelijkheid('productie-overzichten');

    // Als tabel.
    await rij.getByRole('link', { name: 'Prikkels per paar ministeries', exact: true }).click();
    await pagina.getByRole('heading', { level: 1, name: 'Prikkels per paar ministeries' }).waitFor();
    const tabel = await rijentabel(pagina);
    expect(tabel.koppen).toEqual(['instrumentDepartement', 'doelDepartement', 'aantal', 'sterksteScore']);
    expect(tabel.rijen).toContainEqual(['SZW', 'BZK', expect.stringMatching(/^\d+$/), expect.stringMatching(/^-\d$/)]);
    await sessie.controleerToegankelijkheid('productie-overzicht');

    // De CSV als download (met het sessiecookie): dezelfde rijen als de tabel.
    const [download] = await Promise.all([pagina.waitForEvent('download'), pagina.locator('.thuis-overzicht-gegevens').getByRole('link', { name: /als CSV$/ }).click()]);
    const csv = parse(readFileSync((await download.path())!, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(csv[0]!)).toEqual(tabel.koppen);
    expect(csv.map((r) => [r.instrumentDepartement, r.doelDepartement, r.aantal, r.sterksteScore])).toEqual(tabel.rijen);

    // Het dashboard stuurde nooit een token, wel het CSRF-token bij wat het met fetch vroeg.
    const naarGateway = verzoeken.filter((r) => new URL(r.url()).origin === basis);
    for (const r of naarGateway) expect(r.headers().authorization, r.url()).toBeUndefined();
    const metCsrf = naarGateway.filter((r) => r.url().endsWith('/graphql') || r.method() === 'POST');
    expect(metCsrf.length).toBeGreaterThan(0);
    for (const r of metCsrf.filter((r) => !r.url().includes('/aanmelden'))) expect(r.headers()['x-csrf-token'], `${r.method()} ${r.url()}`).toMatch(/.{16,}/);

    // Een partner voert het uit op id, met zijn API-sleutel: als GraphQL en op de vaste URL.
    const partner = { 'x-api-key': PARTNERSLEUTEL, 'content-type': 'application/json' };
    const viaGraphql = (await (await fetch(`${basis}/graphql`, { method: 'POST', headers: partner, body: JSON.stringify({ documentId: 'prikkels-per-paar@1' }) })).json()) as {
      data?: { analyse: { prikkelmatrix: { instrumentDepartement: string; doelDepartement: string; aantal: number }[] } };
      errors?: unknown;
    };
    expect(viaGraphql.errors).toBeUndefined();
    expect(viaGraphql.data!.analyse.prikkelmatrix.map((c) => [c.instrumentDepartement, c.doelDepartement, String(c.aantal)])).toEqual(tabel.rijen.map((r) => r.slice(0, 3)));
    const studenten = await fetch(`${basis}/overzichten/prikkels-per-paar?aandachtsgroep=STUDENTEN&formaat=csv`, { headers: { 'x-api-key': PARTNERSLEUTEL } });
    expect(studenten.status).toBe(200);
    expect((parse(await studenten.text(), { columns: true }) as unknown[]).length).toBeLessThan(tabel.rijen.length);
    // Een vrije query mag een partner niet: alleen vastgelegde overzichten.
    expect((await fetch(`${basis}/graphql`, { method: 'POST', headers: partner, body: JSON.stringify({ query: PRIKKELS_PER_PAAR }) })).status).toBe(403);
  }, 120_000);

  it('een verlopen sessie gaat naar het aanmelden en komt terug op dezelfde pagina; afmelden meldt ook bij de provider af', async () => {
    await pagina.goto(`${basis}/dashboard/overzichten/prikkels-per-paar`);
    await kop().getByText('Aangemeld als Sanne Samensteller').waitFor();
    await pagina.locator('table.thuis-overzicht-tabel').waitFor();
    // Een halfuur niets gedaan: de volgende vraag krijgt SESSIE_VERLOPEN, en het dashboard gaat naar het aanmelden.
    verschuivingMs += (INACTIEF_S + 60) * 1000;
    const naarAanmelden = pagina.waitForRequest((r) => new URL(r.url()).pathname === '/aanmelden');
    // Het antwoord van de gateway lezen voordat de browser wegnavigeert.
    const antwoorden: { status: number; tekst: string }[] = [];
    await pagina.route(`${basis}/overzichten/prikkels-per-paar?*`, async (route) => {
      const antwoord = await route.fetch();
      antwoorden.push({ status: antwoord.status(), tekst: await antwoord.text() });
      await route.fulfill({ response: antwoord });
    });
    await pagina.getByLabel('aandachtsgroep', { exact: true }).selectOption('OUDEREN');
    await pagina.getByRole('button', { name: 'Toon' }).click();
    const aanmelden = new URL((await naarAanmelden).url());
    await pagina.unrouteAll();
    expect(antwoorden[0]!.status).toBe(401);
    expect((JSON.parse(antwoorden[0]!.tekst) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('SESSIE_VERLOPEN');
    expect(aanmelden.searchParams.get('terug')).toBe('/dashboard/overzichten/prikkels-per-paar?aandachtsgroep=OUDEREN');
    // Bij de provider is de gebruiker nog aangemeld: die stuurt meteen terug, naar dezelfde pagina.
    await kop().getByText('Aangemeld als Sanne Samensteller').waitFor();
    expect(`${new URL(pagina.url()).pathname}${new URL(pagina.url()).search}`).toBe('/dashboard/overzichten/prikkels-per-paar?aandachtsgroep=OUDEREN');
    await pagina.locator('table.thuis-overzicht-tabel').waitFor();

    // Afmelden: bij de gateway en de provider, terug op het dashboard, niet meer aangemeld.
    await kop().getByRole('button', { name: 'Afmelden' }).click();
    await kop().getByRole('link', { name: 'Aanmelden' }).waitFor();
    expect(new URL(pagina.url()).pathname).toBe('/dashboard/');
    expect(((await (await fetch(`${basis}/sessie`)).json()) as { aangemeld: boolean }).aangemeld).toBe(false);
    // Een analist mag lezen, maar niet opslaan: geen formulier op de Query-pagina.
    await kop().getByRole('link', { name: 'Aanmelden' }).click();
    await bijDeProvider('anna');
    await kop().getByText('Aangemeld als Anna Analist').waitFor();
    await pagina.goto(`${basis}/dashboard/query`);
    await editorKlaar(pagina);
    expect(await pagina.getByRole('button', { name: 'Opslaan als overzicht' }).count()).toBe(0);
  }, 120_000);
});

// Het dashboard als er meer prikkels zijn dan een pagina toont (issue 25): met 300 verzonnen
// SZW-instrumenten op de woonwagenstandplaatsen (test/hulp/proefeditie.ts) heeft één cel van
// de matrix honderden prikkels. Elke pagina zegt hoeveel het er zijn, toont de eerste, laadt
// de volgende op verzoek en wijst naar de hele lijst; niets is stil te kort. De oude lijstvelden
// geven in deze stapel hooguit 100 elementen (maximaleLijst): een pagina die ze nog las, faalde.
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAanwezig, gebruikDashboardsessie } from '../hulp/browser.js';
import { massaproef, PROEFBRON, szwSubgraaf } from '../hulp/proefeditie.js';

const WERKEND = 300;
const SLAPEND = 25;

/** De zichtbare tekst van een element, met witruimte als één spatie. */
const tekst = async (pagina: Page, selector: string) => (await pagina.locator(selector).first().innerText()).replace(/\s+/g, ' ');

describe.runIf(chromiumAanwezig())('dashboard: meer prikkels dan een pagina toont', () => {
  let pagina: Page;
  let basis: string;
  const sessie = gebruikDashboardsessie((s) => ({ pagina, basis } = s), { maximaleLijst: 100 });
  beforeAll(async () => {
    await szwSubgraaf(sessie.stapel).importeerMap(massaproef(WERKEND, SLAPEND));
  }, 60_000);

  /** De verzoeken naar de gateway tijdens `doe`: geen pagina haalt een hele lijst op. */
  async function verzoekenBij(doe: () => Promise<void>): Promise<string[]> {
    const gezien: string[] = [];
    const bij = (r: Request) => {
      const url = new URL(r.url());
      if (url.pathname === '/graphql' || url.pathname.startsWith('/overzichten')) gezien.push(`${r.method()} ${url.pathname}${url.search} ${r.postData() ?? ''}`);
    };
    pagina.on('request', bij);
    try {
      await doe();
    } finally {
      pagina.off('request', bij);
    }
    return gezien;
  }

  it('Overzicht: een cel zegt hoeveel prikkels ze heeft, toont de eerste 50 en laadt de volgende op verzoek', async () => {
    const verzoeken = await verzoekenBij(async () => {
      await pagina.goto(`${basis}/dashboard/?cel=SZW-SZW`);
      await pagina.locator('section[aria-labelledby="cel"] li').first().waitFor();
    });
    // De matrix als aantallen, de cel en de slapende per bladzijde; nooit de oude lijsten.
    expect(verzoeken.some((v) => v.startsWith('GET /overzichten/prikkelmatrix-aantallen'))).toBe(true);
    expect(verzoeken.filter((v) => /\/overzichten\/(tegenwerkende-prikkels|prikkelmatrix)(\?|\s)/.test(v))).toEqual([]);
    expect(verzoeken.filter((v) => v.startsWith('POST /graphql')).every((v) => v.includes('"documentId":"prikkellijst"'))).toBe(true);

    const cel = pagina.locator('section[aria-labelledby="cel"]');
    const totaal = Number((await cel.locator('.thuis-telling').innerText()).match(/van ([\d.]+) prikkels/)![1].replace('.', ''));
    expect(totaal).toBeGreaterThanOrEqual(WERKEND);
    // Het totaal van de cel is wat de matrix in die cel zegt.
    const matrixcel = await pagina.getByRole('row').filter({ has: pagina.getByRole('rowheader', { name: 'SZW' }) }).getByRole('link').filter({ hasText: /prikkels/ }).allInnerTexts();
    expect(matrixcel.some((t) => t.startsWith(`${totaal} prikkels`))).toBe(true);

    expect(await cel.locator('li').count()).toBe(50);
    const melding = await tekst(pagina, 'section[aria-labelledby="cel"] .thuis-telling');
    expect(melding).toBe(`50 van ${totaal} prikkels staan hier; toon er meer, verfijn het filter in de tabel van alle ${totaal}, of haal ze op als CSV.`);
    expect(await cel.getByRole('link', { name: `de tabel van alle ${totaal}` }).getAttribute('href')).toBe('/dashboard/overzichten/prikkellijst?instrumentDepartement=SZW&doelDepartement=SZW');
    expect(await cel.getByRole('link', { name: 'als CSV' }).getAttribute('href')).toBe('/overzichten/prikkellijst?instrumentDepartement=SZW&doelDepartement=SZW&formaat=csv');
    await sessie.controleerToegankelijkheid('overzicht-cel-afgekapt');

    await cel.getByRole('button', { name: 'Toon de volgende 50 prikkels' }).click();
    await expect.poll(() => cel.locator('li').count()).toBe(100);
    expect(await tekst(pagina, 'section[aria-labelledby="cel"] .thuis-telling')).toMatch(new RegExp(`^100 van ${totaal} prikkels staan hier`));
    // Geen prikkel twee keer: de tweede bladzijde begint na de eerste.
    const namen = await cel.locator('li a').allInnerTexts();
    expect(new Set(namen).size).toBe(namen.length);
  }, 90_000);

  it('Overzicht: de slapende prikkels zeggen hoeveel het er zijn en tonen de eerste 20', async () => {
    await pagina.goto(`${basis}/dashboard/`);
    const slapend = pagina.locator('section[aria-labelledby="slapend"]');
    await slapend.locator('li').first().waitFor();
    expect(await slapend.locator('li').count()).toBe(20);
    const melding = await tekst(pagina, 'section[aria-labelledby="slapend"] .thuis-telling');
    const totaal = Number(melding.match(/^20 van (\d+) prikkels staan hier/)![1]);
    expect(totaal).toBeGreaterThanOrEqual(SLAPEND);
    await slapend.getByRole('button', { name: `Toon de volgende ${Math.min(20, totaal - 20)} prikkels` }).click();
    await expect.poll(() => slapend.locator('li').count()).toBe(Math.min(40, totaal));
  }, 60_000);

  it('Prikkel: één prikkel tussen honderden, zonder de hele lijst op te halen', async () => {
    const verzoeken = await verzoekenBij(async () => {
      await pagina.goto(`${basis}/dashboard/prikkel/MASSA_123/PROEF_DOEL/AANBOD_WOONWAGENSTANDPLAATSEN`);
      await pagina.getByRole('heading', { level: 1, name: /Massa-instrument MASSA_123 werkt tegen/ }).waitFor();
    });
    expect(verzoeken.filter((v) => v.includes('/overzichten/'))).toEqual([
      'GET /overzichten/prikkel?instrument=MASSA_123&doel=PROEF_DOEL&indicator=AANBOD_WOONWAGENSTANDPLAATSEN ',
    ]);
    await pagina.goto(`${basis}/dashboard/prikkel/MASSA_123/PROEF_DOEL/BESTAAT_NIET`);
    await pagina.getByRole('heading', { level: 1, name: 'Prikkel niet gevonden' }).waitFor();
  }, 60_000);

  it('Bron: de prikkels met deze bron per bladzijde, met het totaal, en wat dat voor de citaten betekent', async () => {
    await pagina.goto(`${basis}/dashboard/bron/${PROEFBRON.document}?vindplaats=${encodeURIComponent(PROEFBRON.vindplaats)}`);
    await pagina.getByRole('heading', { level: 2, name: 'Tegenwerkende prikkels met deze bron' }).waitFor();
    const melding = pagina.locator('.thuis-telling');
    await melding.waitFor();
    const totaal = Number((await melding.innerText()).replace(/\s+/g, ' ').match(/^50 van ([\d.]+) prikkels staan hier/)![1].replace('.', ''));
    expect(totaal).toBeGreaterThan(WERKEND);
    await pagina.locator('blockquote', { hasText: 'Verzonnen citaat voor een proef.' }).waitFor();
    expect(await pagina.locator('main').innerText()).toContain(`Dit zijn de citaten bij de 50 van de ${totaal.toLocaleString('nl-NL')} prikkels die hieronder staan`);
    await sessie.controleerToegankelijkheid('bron-afgekapt');
  }, 60_000);

  it('Netwerk: te veel prikkels voor één bladzijde; elk tegenwerkend verband zegt hoeveel, met een link naar precies die', async () => {
    await pagina.goto(`${basis}/dashboard/netwerk?groep=WOONWAGENBEWONERS&departement=SZW`);
    await pagina.locator('table.thuis-netwerk-tabel').waitFor();
    const melding = (await pagina.locator('.thuis-telling').innerText()).replace(/\s+/g, ' ');
    expect(melding).toMatch(/^Deze groep heeft [\d.]+ tegenwerkende prikkels waarbij SZW het instrument of het doel heeft, te veel om ze hier elk bij hun verband te noemen\./);
    const rij = pagina.locator('table.thuis-netwerk-tabel tbody tr').filter({ has: pagina.getByRole('rowheader', { name: 'Massa-instrument MASSA_123' }) });
    const link = rij.locator('td').nth(4).getByRole('link');
    expect(await link.innerText()).toMatch(/^\d+ prikkels?$/);
    expect(await link.getAttribute('href')).toBe(
      '/dashboard/overzichten/prikkellijst?aandachtsgroep=WOONWAGENBEWONERS&instrumentDepartement=SZW&instrument=MASSA_123&indicator=AANBOD_WOONWAGENSTANDPLAATSEN',
    );
    const doel = pagina.locator('table.thuis-netwerk-tabel tbody tr').filter({ hasText: 'Proefdoel meer standplaatsen' }).first();
    expect(Number((await doel.locator('td').nth(4).innerText()).match(/^(\d+) prikkels/)![1])).toBeGreaterThanOrEqual(WERKEND);
    await sessie.controleerToegankelijkheid('netwerk-afgekapt');

    // De link opent die prikkels als tabel.
    await link.click();
    await pagina.getByRole('heading', { level: 1, name: 'Prikkellijst' }).waitFor();
    await pagina.locator('table.thuis-overzicht-tabel').waitFor();
    expect(await pagina.locator('table.thuis-overzicht-tabel tbody tr').count()).toBeGreaterThan(0);
  }, 60_000);

  it('Een overzicht over een verbinding opent met de eerste 100 rijen en het totaal, niet met alle bladzijden', async () => {
    const verzoeken = await verzoekenBij(async () => {
      await pagina.goto(`${basis}/dashboard/overzichten/prikkellijst?instrumentDepartement=SZW&doelDepartement=SZW`);
      await pagina.locator('table.thuis-overzicht-tabel').waitFor();
    });
    expect(verzoeken.filter((v) => v.startsWith('GET /overzichten/prikkellijst'))).toEqual([]);
    const bijschrift = (await pagina.locator('table.thuis-overzicht-tabel caption').innerText()).replace(/\s+/g, ' ');
    const totaal = Number(bijschrift.match(/de eerste 100 van ([\d.]+) rijen$/)![1].replace('.', ''));
    expect(totaal).toBeGreaterThanOrEqual(WERKEND);
    expect(await pagina.locator('table.thuis-overzicht-tabel tbody tr').count()).toBe(100);
    expect((await pagina.getByRole('status').innerText()).replace(/\s+/g, ' ')).toContain(`rijen, `);
    expect(await pagina.getByRole('status').getByRole('link', { name: 'als CSV' }).getAttribute('href')).toBe('/overzichten/prikkellijst?instrumentDepartement=SZW&doelDepartement=SZW&formaat=csv');
    await pagina.getByRole('button', { name: 'Toon de volgende 100 rijen' }).click();
    await expect.poll(() => pagina.locator('table.thuis-overzicht-tabel tbody tr').count()).toBe(200);
    await sessie.controleerToegankelijkheid('overzicht-verbinding-afgekapt');
  }, 60_000);

  // Als laatste: de publicatie verandert de gegevens voor wat hierna komt.
  it('een publicatie tussen twee bladzijden: de lijst zegt het, in plaats van twee standen te mengen', async () => {
    await pagina.goto(`${basis}/dashboard/?cel=SZW-SZW`);
    const cel = pagina.locator('section[aria-labelledby="cel"]');
    await cel.locator('li').first().waitFor();
    await szwSubgraaf(sessie.stapel).importeerMap(massaproef(WERKEND + 1, SLAPEND));
    await cel.getByRole('button', { name: 'Toon de volgende 50 prikkels' }).click();
    await cel.getByText('De gegevens zijn veranderd sinds deze lijst geladen werd (een ministerie publiceerde); laad de pagina opnieuw voor de lijst van nu.').waitFor();
    expect(await cel.locator('li').count()).toBe(50);
  }, 60_000);
});

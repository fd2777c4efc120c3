// De Netwerk-pagina in echte Chromium: cytoscape tekent het beleid voor één groep
// (instrumenten → indicatoren → doelen), de tabel eronder geeft elk verband met score en
// bron, de filters staan in de URL en zijn met het toetsenbord te bedienen, en axe-core
// vindt geen WCAG 2.1 AA-overtredingen. Daarnaast: zonder CSP-omzeiling en met SZW
// onbereikbaar tekent de pagina nog, zonder CSP-schending, en zegt wie er ontbreekt.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAanwezig, gebruikDashboardsessie, startChromium, volgCspSchendingen } from '../hulp/browser.js';
import { startStapel, type Stapel } from '../hulp/stapel.js';

const PAD = '/dashboard/netwerk?groep=DAK_EN_THUISLOZEN';

interface Rij {
  van: string;
  naar: string;
  soort: string;
  score: string;
  ministerie: string;
  tegen: string[];
  bron: string;
}

/** De tabel onder de graaf, rij voor rij. */
const leesTabel = (pagina: Page): Promise<Rij[]> =>
  pagina.locator('table.thuis-netwerk-tabel tbody tr').evaluateAll((rijen) =>
    rijen.map((r) => {
      const cellen = [...r.children] as HTMLElement[];
      const tekst = (i: number) => cellen[i]?.innerText.trim() ?? '';
      return {
        van: tekst(0),
        naar: tekst(1),
        soort: tekst(2),
        score: tekst(3),
        ministerie: tekst(4),
        tegen: [...(cellen[5]?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? ''),
        bron: cellen[6]?.querySelector('a')?.getAttribute('href') ?? '',
      };
    }),
  );

/** Wat cytoscape zegt getekend te hebben, en of er op zijn canvas echt iets staat. */
const getekend = (pagina: Page) =>
  pagina.locator('.thuis-netwerk-graaf[data-knopen]').evaluate((h) => {
    const pixels = [...h.querySelectorAll('canvas')].reduce((n, c) => {
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0 || c.height === 0) return n;
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let gevuld = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) gevuld++;
      return n + gevuld;
    }, 0);
    return { knopen: Number(h.getAttribute('data-knopen')), verbanden: Number(h.getAttribute('data-verbanden')), label: h.getAttribute('aria-label') ?? '', pixels };
  });

/** De aantallen uit de samenvatting (aria-label van het canvas). */
function telling(label: string) {
  const m = /: (\d+) instrumenten, (\d+) indicatoren en (\d+) doelen, (\d+) verbanden, waarvan (\d+)/.exec(label);
  expect(m, label).not.toBeNull();
  const [instrumenten, indicatoren, doelen, verbanden, tegenwerkend] = m!.slice(1).map(Number) as [number, number, number, number, number];
  return { instrumenten, indicatoren, doelen, verbanden, tegenwerkend };
}

describe.runIf(chromiumAanwezig())('dashboard: Netwerk', () => {
  let pagina: Page;
  let basis: string;
  const sessie = gebruikDashboardsessie((s) => ({ pagina, basis } = s));

  it('tekent het netwerk met cytoscape en geeft elk verband in de tabel, met echte gegevens', async () => {
    await pagina.goto(`${basis}${PAD}`);
    await pagina.locator('.thuis-netwerk-graaf[data-knopen]').waitFor();
    await pagina.locator('table.thuis-netwerk-tabel').waitFor();
    expect(await pagina.getByRole('heading', { level: 1 }).innerText()).toBe('Netwerk: Dak- en thuisloze mensen');
    expect(await pagina.locator('.thuis-stand').innerText()).toMatch(/^Stand: peildatum 8 juli 2021 \(stand van het beleid van alle vijf ministeries\)/);

    const rijen = await leesTabel(pagina);
    const beeld = await getekend(pagina);
    const t = telling(beeld.label);
    // Wat cytoscape telt, is wat de samenvatting zegt en wat de tabel toont.
    expect(beeld.knopen).toBe(t.instrumenten + t.indicatoren + t.doelen);
    expect(beeld.verbanden).toBe(rijen.length);
    expect(t.verbanden).toBe(rijen.length);
    expect(beeld.knopen).toBeGreaterThan(20);
    expect(beeld.pixels, 'het canvas is leeg').toBeGreaterThan(1000);
    expect(await pagina.locator('.thuis-netwerk-graaf').getAttribute('role')).toBe('img');

    // De kostendelersnorm (SZW) duwt woningdelen omlaag, tegen het BZK-doel in.
    const kostendelersnorm = rijen.filter((r) => r.van.startsWith('Kostendelersnorm'));
    expect(kostendelersnorm.length).toBeGreaterThan(0);
    expect(kostendelersnorm.every((r) => r.ministerie === 'SZW')).toBe(true);
    const woningdelen = kostendelersnorm.find((r) => r.naar === 'Woningdelen');
    expect(woningdelen).toMatchObject({ score: '-2', soort: 'effect, sterk omlaag' });
    expect(woningdelen!.tegen).toContain('/dashboard/prikkel/KOSTENDELERSNORM/WONINGDELEN_EN_SPLITSEN/WONINGDELEN');
    expect(woningdelen!.bron).toMatch(/^\/dashboard\/bron\/003_92de307edde85196\.txt\?vindplaats=/);
    // Elk verband heeft een bron; doelen staan er met hun richting.
    expect(rijen.every((r) => r.bron.startsWith('/dashboard/bron/'))).toBe(true);
    expect(rijen.filter((r) => r.soort.startsWith('doel wil')).length).toBe(t.doelen);
    // Alleen effecten voor deze groep: de huurtoeslag raakt voor studenten hun huisvesting, niet hier.
    expect(rijen.some((r) => r.naar === 'Aanbod studentenhuisvesting')).toBe(false);
  }, 60_000);

  it('filtert op ministerie via een link in de URL', async () => {
    await pagina.goto(`${basis}${PAD}`);
    await pagina.locator('.thuis-netwerk-graaf[data-knopen]').waitFor();
    const ministerie = pagina.getByRole('navigation', { name: 'Ministerie' });
    expect(await ministerie.getByRole('link', { name: 'alle ministeries' }).getAttribute('aria-current')).toBe('page');
    await ministerie.getByRole('link', { name: 'SZW' }).click();
    await pagina.waitForURL(/departement=SZW/);
    expect(new URL(pagina.url()).searchParams.get('groep')).toBe('DAK_EN_THUISLOZEN');
    expect(await ministerie.getByRole('link', { name: 'SZW' }).getAttribute('aria-current')).toBe('page');
    expect(await ministerie.getByRole('link', { name: 'alle ministeries' }).getAttribute('aria-current')).toBeNull();
    await expect.poll(async () => new Set((await leesTabel(pagina)).map((r) => r.ministerie))).toEqual(new Set(['SZW']));
    await pagina.locator('.thuis-netwerk-graaf[data-knopen]').waitFor();
    const rijen = await leesTabel(pagina);
    expect(rijen.some((r) => r.van.startsWith('Kostendelersnorm') && r.score.startsWith('-'))).toBe(true);
    // Ook zonder de BZK-knopen blijft te zien dat de kostendelersnorm tegen het BZK-doel werkt.
    expect(rijen.find((r) => r.van.startsWith('Kostendelersnorm') && r.naar === 'Woningdelen')?.tegen).toContain('/dashboard/prikkel/KOSTENDELERSNORM/WONINGDELEN_EN_SPLITSEN/WONINGDELEN');
    const beeld = await getekend(pagina);
    expect(beeld.verbanden).toBe(rijen.length);
    expect(beeld.label).toContain('instrumenten en doelen van SZW');
    // De groep wisselen houdt het ministerie vast.
    const groep = pagina.getByRole('navigation', { name: 'Aandachtsgroep' });
    expect(await groep.getByRole('link', { name: 'ouderen' }).getAttribute('href')).toBe('/dashboard/netwerk?groep=OUDEREN&departement=SZW');
  }, 60_000);

  it('is met het toetsenbord te bedienen: Tab bereikt de filterlinks, Enter kiest', async () => {
    await pagina.goto(`${basis}${PAD}`);
    await pagina.locator('.thuis-netwerk-graaf[data-knopen]').waitFor();
    const bereikt: string[] = [];
    for (let i = 0; i < 40 && !bereikt.includes('JENV'); i++) {
      await pagina.keyboard.press('Tab');
      bereikt.push(await pagina.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? ''));
    }
    for (const filter of ['dak en thuislozen', 'studenten', 'alle ministeries', 'BZK', 'JENV']) expect(bereikt).toContain(filter);
    await pagina.keyboard.press('Enter');
    await pagina.waitForURL(/departement=JENV/);
    await expect.poll(async () => new Set((await leesTabel(pagina)).map((r) => r.ministerie))).toEqual(new Set(['JENV']));
  }, 60_000);

  it('alleen tegenwerkende paden, en 0 axe-overtredingen', async () => {
    await pagina.goto(`${basis}${PAD}&weergave=tegenwerkend`);
    await pagina.locator('.thuis-netwerk-graaf[data-knopen]').waitFor();
    const rijen = await leesTabel(pagina);
    expect(rijen.length).toBeGreaterThan(0);
    expect(rijen.every((r) => r.tegen.length > 0 && r.tegen.every((h) => h.startsWith('/dashboard/prikkel/')))).toBe(true);
    await pagina.goto(`${basis}${PAD}`);
    await pagina.locator('.thuis-netwerk-graaf[data-knopen]').waitFor();
    await sessie.controleerToegankelijkheid('netwerk');
  }, 60_000);
});

describe.runIf(chromiumAanwezig())('dashboard: Netwerk onder de echte CSP, met SZW onbereikbaar', () => {
  // SZW in onderhoud: elk verzoek krijgt een 503.
  const weigert: Server = createServer((_req, res) => {
    res.statusCode = 503;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ errors: [{ message: 'in onderhoud' }] }));
  });
  let stapel: Stapel;
  let browser: Browser;

  beforeAll(async () => {
    await new Promise<void>((klaar) => weigert.listen(0, '127.0.0.1', klaar));
    stapel = await startStapel('sqlite', { subgraafUrls: { szw: `http://127.0.0.1:${(weigert.address() as AddressInfo).port}/graphql` } });
    browser = await startChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await stapel?.stop();
    weigert.close();
  });

  it('tekent zonder CSP-schending en zegt dat SZW ontbreekt', async () => {
    // Zonder bypassCSP: de pagina krijgt de CSP van de gateway zoals een echte browser.
    const pagina = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const fouten: string[] = [];
    pagina.on('pageerror', (e) => fouten.push(e.message));
    const schendingen = await volgCspSchendingen(pagina);
    const antwoord = await pagina.goto(`${stapel.url.replace(/\/graphql$/, '')}${PAD}`);
    expect(antwoord?.headers()['content-security-policy']).toMatch(/default-src 'self'/);
    await pagina.locator('.thuis-netwerk-graaf[data-knopen]').waitFor();
    const beeld = await getekend(pagina);
    expect(beeld.knopen).toBeGreaterThan(0);
    expect(beeld.pixels, 'het canvas is leeg').toBeGreaterThan(1000);
    expect(await schendingen()).toEqual([]);
    expect(fouten).toEqual([]);
    expect(await pagina.locator('.thuis-stand').innerText()).toMatch(/zonder antwoord: SZW/);
    expect(await pagina.getByText(/^Onvolledig:/).innerText()).toMatch(/SZW/);
    const rijen = await leesTabel(pagina);
    expect(rijen.length).toBeGreaterThan(0);
    expect(rijen.some((r) => r.ministerie === 'SZW')).toBe(false);
    await pagina.close();
  }, 60_000);
});

// De Query-pagina van het dashboard in echte Chromium: GraphiQL (met Monaco en zijn web
// workers uit onze eigen bundel) voert de voorbeeldquery uit op de gateway, de
// documentatie vult zich via introspectie, niets gaat naar een andere oorsprong (de pagina
// moet zonder internet werken), de CSP van het dashboard laat alles toe wat de pagina nodig
// heeft, en axe-core vindt geen WCAG 2.1 AA-overtredingen.
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAanwezig, gebruikDashboardsessie, volgCspSchendingen } from '../hulp/browser.js';

/** De tekst van het resultaat: het model van Monaco, dat GraphiQL als globalThis.__MONACO zet (de editor toont alleen de zichtbare regels). */
const resultaat = (pagina: Page) =>
  pagina.evaluate(() => {
    const monaco = (globalThis as unknown as { __MONACO?: { editor: { getModels(): { uri: { path: string }; getValue(): string }[] } } }).__MONACO;
    return monaco?.editor.getModels().find((m) => m.uri.path.endsWith('response.json'))?.getValue() ?? '';
  });

/** Wacht tot de query-editor van GraphiQL klaar is (Monaco geladen, de voorbeeldquery erin). */
const editorKlaar = (pagina: Page) => pagina.locator('.graphiql-query-editor .monaco-editor .view-lines').filter({ hasText: 'tegenwerkendePrikkels' }).waitFor();

describe.runIf(chromiumAanwezig())('dashboard: Query (GraphiQL) in Chromium', () => {
  let pagina: Page;
  let basis: string;
  /** Verzoeken naar een andere oorsprong dan de gateway: de pagina moet zonder internet werken. */
  const elders: string[] = [];
  /** Verzoeken naar de gateway: bewijst dat het volgen werkt. */
  let bijDeGateway = 0;
  const volg = (r: Request) => {
    const url = new URL(r.url());
    if (url.origin === basis) bijDeGateway++;
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== basis) elders.push(r.url());
  };

  const sessie = gebruikDashboardsessie((s) => {
    ({ pagina, basis } = s);
    pagina.context().on('request', volg);
  });

  it('voert de voorbeeldquery uit en toont echte gegevens; de documentatie komt uit introspectie', async () => {
    const introspectie = pagina.waitForResponse((r) => r.url() === `${basis}/graphql` && (r.request().postData() ?? '').includes('__schema'));
    await pagina.goto(`${basis}/dashboard/query`);
    await pagina.getByRole('heading', { level: 1, name: 'Query' }).waitFor();
    await editorKlaar(pagina);
    // De anonieme analist van de ontwikkelmodus mag introspecteren: het schema komt binnen.
    const schema = (await (await introspectie).json()) as { data?: { __schema?: { queryType: { name: string } } }; errors?: unknown };
    expect(schema.errors).toBeUndefined();
    expect(schema.data?.__schema?.queryType.name).toBe('Query');

    await pagina.getByRole('button', { name: /Execute query/ }).click();
    await pagina.locator('.result-window .view-lines').filter({ hasText: 'tegenwerkendePrikkels' }).waitFor();
    await expect.poll(() => resultaat(pagina)).toContain('Kostendelersnorm');
    const antwoord = JSON.parse(await resultaat(pagina)) as { data: { analyse: { tegenwerkendePrikkels: { score: number; bronnen: { titel: string }[] }[] } }; errors?: unknown };
    expect(antwoord.errors).toBeUndefined();
    const prikkels = antwoord.data.analyse.tegenwerkendePrikkels;
    expect(prikkels.length).toBeGreaterThan(0);
    for (const p of prikkels) {
      expect(p.score).toBeLessThanOrEqual(-2);
      expect(p.bronnen.length).toBeGreaterThan(0);
    }

    await sessie.controleerToegankelijkheid('query');

    // De documentatie: het schema met de velden van Query, waaronder analyse.
    await pagina.getByRole('button', { name: /Show Documentation Explorer/ }).click();
    const docs = pagina.locator('.graphiql-doc-explorer');
    await docs.getByRole('link', { name: 'Query', exact: true }).first().click();
    await docs.getByRole('link', { name: 'analyse', exact: true }).waitFor();
    await sessie.controleerToegankelijkheid('query-documentatie');
    await pagina.getByRole('button', { name: /Hide Documentation Explorer/ }).click();

    // Suggesties uit het schema (de lijst van Monaco), ook zonder WCAG-overtredingen.
    await pagina.locator('.graphiql-query-editor .monaco-editor .view-lines').click();
    await pagina.keyboard.press('Control+End');
    await pagina.keyboard.type('\n{ aandachtsgroep(code: OUDEREN) { na');
    await pagina.keyboard.press('Control+Space');
    await pagina.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'naam' }).first().waitFor();
    await sessie.controleerToegankelijkheid('query-suggesties');
    await pagina.keyboard.press('Escape');
    expect(bijDeGateway).toBeGreaterThan(5);
    expect(elders).toEqual([]);
  }, 60_000);

  it('is met het toetsenbord te bedienen: overslaan, menu, editor in en uit, query uitvoeren', async () => {
    // Vers, zoals een nieuwe bezoeker: GraphiQL bewaart open panelen en tabs in localStorage.
    await pagina.goto(`${basis}/dashboard/`);
    await pagina.evaluate(() => localStorage.clear());
    await pagina.goto(`${basis}/dashboard/query`);
    await editorKlaar(pagina);
    const bereikt: string[] = [];
    let inEditor = false;
    for (let i = 0; i < 40 && !inEditor; i++) {
      await pagina.keyboard.press('Tab');
      const [tekst, editor] = await pagina.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return [a?.innerText.trim() ?? '', Boolean(a?.closest('.graphiql-query-editor'))] as const;
      });
      bereikt.push(tekst);
      inEditor = editor;
    }
    expect(bereikt[0]).toBe('Naar de inhoud');
    expect(bereikt).toContain('Query');
    expect(inEditor, `Tab bereikte de query-editor niet; wel: ${JSON.stringify(bereikt)}`).toBe(true);
    // Enter zet de cursor in de editor; Ctrl+Enter voert uit.
    await pagina.keyboard.press('Enter');
    expect(await pagina.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await pagina.keyboard.press('Control+Enter');
    await expect.poll(() => resultaat(pagina)).toContain('Kostendelersnorm');
    // In de editor springt Tab in ...
    await pagina.keyboard.press('Tab');
    expect(await pagina.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    // ... maar het is geen val: Esc verlaat de editor (de pagina zegt het), en Tab gaat verder.
    expect(await pagina.locator('main').innerText()).toContain('met Esc verlaat u de editor');
    await pagina.keyboard.press('Escape');
    const rand = await pagina.evaluate(() => {
      const a = document.activeElement;
      return Boolean(a?.closest('.graphiql-query-editor')) && !a?.closest('.monaco-editor');
    });
    expect(rand, 'na Esc staat de focus op de rand van de query-editor').toBe(true);
    await pagina.keyboard.press('Tab');
    // Het volgende onderdeel: de knoppen naast de editor (uitvoeren, opmaken, …).
    expect(await pagina.evaluate(() => document.activeElement?.closest('.graphiql-toolbar') !== null && document.activeElement?.tagName === 'BUTTON')).toBe(true);
    expect(elders).toEqual([]);
  }, 60_000);

  it('werkt ook na navigeren binnen de app (weg en terug, zonder herladen)', async () => {
    const fouten: string[] = [];
    const fout = (e: Error) => fouten.push(e.message);
    pagina.on('pageerror', fout);
    try {
      await pagina.goto(`${basis}/dashboard/query`);
      await editorKlaar(pagina);
      const menu = pagina.getByRole('navigation', { name: 'Hoofdmenu' });
      await menu.getByRole('link', { name: 'Overzicht', exact: true }).click();
      await pagina.getByRole('table').waitFor();
      await menu.getByRole('link', { name: 'Query' }).click();
      await editorKlaar(pagina);
      await pagina.getByRole('button', { name: /Execute query/ }).click();
      await expect.poll(() => resultaat(pagina)).toContain('Kostendelersnorm');
      expect(fouten).toEqual([]);
    } finally {
      pagina.off('pageerror', fout);
    }
  }, 60_000);

  it('werkt onder de CSP van het dashboard (geen overtredingen, workers uit de eigen bundel)', async () => {
    // De andere tests omzeilen de CSP (voor axe-core); deze pagina niet.
    const streng = await sessie.browser.newPage({ viewport: { width: 1280, height: 900 } });
    streng.context().on('request', volg);
    const meldingen: string[] = [];
    streng.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) meldingen.push(m.text());
    });
    streng.on('pageerror', (e) => meldingen.push(e.message));
    const workers: string[] = [];
    streng.on('worker', (w) => workers.push(w.url()));
    try {
      const schendingen = await volgCspSchendingen(streng);
      await streng.goto(`${basis}/dashboard/query`);
      await editorKlaar(streng);
      await streng.getByRole('button', { name: /Execute query/ }).click();
      await expect.poll(() => resultaat(streng)).toContain('Kostendelersnorm');
      // Monaco kleurt de GraphQL in een worker; wacht tot die er is.
      await expect.poll(() => workers.length).toBeGreaterThan(0);
      for (const w of workers) expect(w.startsWith(`${basis}/dashboard/assets/`), w).toBe(true);
      expect(await schendingen()).toEqual([]);
      expect(meldingen).toEqual([]);
      expect(elders).toEqual([]);
    } finally {
      await streng.close();
    }
  }, 60_000);
});

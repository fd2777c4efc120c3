// De lange lijsten per bladzijde (issue 25), door de gateway: wie alle bladzijden afloopt,
// krijgt precies de oude lijst in dezelfde volgorde; het totaal klopt; een cursor die niet
// (meer) past, zegt dat; en een kleine bladzijde kost minder dan de hele lijst.
import { describe, expect, it } from 'vitest';
import { MAXIMALE_BLADZIJDE, verbindingsveld } from '../../kern/bladzijde.js';
import { VERBINDINGEN } from '../../subgraphs/analyse/sdl.js';
import { gebruikStapel } from '../hulp/gebruik.js';

interface Bladzijde<T> {
  totaal: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Per veld: de selectie van één element, en argumenten die ook zonder filter iets geven. */
const SELECTIES: Record<(typeof VERBINDINGEN)[number], { selectie: string; args: string }> = {
  'Analyse.tegenwerkendePrikkels': { selectie: 'instrument { code } doel { code } indicator score aandachtsgroepen { code }', args: 'filter: { slapend: null }' },
  'Analyse.indirectePrikkels': { selectie: 'instrument { code } doel { code } via score', args: 'slapend: null' },
  'Analyse.maatregelen': { selectie: 'maatregel { code } prikkels { score }', args: '' },
  'Analyse.toezeggingen': { selectie: 'code eigenaar { code }', args: 'ookAfgerond: true' },
};

describe('lijsten per bladzijde (first, after) door de gateway', () => {
  const stapel = gebruikStapel('sqlite', { redis: null });

  async function vraag<T>(query: string, variables?: Record<string, unknown>) {
    const a = await stapel.query<{ analyse: Record<string, T> }>(query, variables);
    return a;
  }

  for (const pad of VERBINDINGEN) {
    const veld = pad.split('.')[1]!;
    const { selectie, args } = SELECTIES[pad];
    it(`${verbindingsveld(veld)}: alle bladzijden samen zijn ${veld}, in dezelfde volgorde`, async () => {
      const heel = await vraag<unknown[]>(`{ analyse { ${veld}${args ? `(${args})` : ''} { ${selectie} } } }`);
      expect(heel.errors).toBeUndefined();
      const lijst = heel.data!.analyse[veld]!;
      expect(lijst.length).toBeGreaterThan(7);
      const gelezen: unknown[] = [];
      let after: string | null = null;
      for (let n = 0; n < 100; n++) {
        const a: Awaited<ReturnType<typeof vraag<Bladzijde<unknown>>>> = await vraag<Bladzijde<unknown>>(
          `query($after: String) { analyse { b: ${verbindingsveld(veld)}(${args ? `${args}, ` : ''}first: 7, after: $after) { totaal edges { cursor node { ${selectie} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
          { after },
        );
        expect(a.errors).toBeUndefined();
        const b: Bladzijde<unknown> = a.data!.analyse.b!;
        expect(b.totaal).toBe(lijst.length);
        expect(b.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(b.pageInfo.startCursor).toBe(b.edges[0]?.cursor ?? null);
        expect(b.pageInfo.endCursor).toBe(b.edges.at(-1)?.cursor ?? null);
        gelezen.push(...b.edges.map((e) => e.node));
        if (!b.pageInfo.hasNextPage) break;
        expect(b.edges).toHaveLength(7);
        after = b.pageInfo.endCursor;
      }
      expect(gelezen).toEqual(lijst);
    });
  }

  it('first: 0 geeft alleen het totaal; zonder first 50', async () => {
    const a = await vraag<Bladzijde<unknown>>('{ analyse { nul: tegenwerkendePrikkelsVerbinding(first: 0) { totaal edges { cursor } pageInfo { hasNextPage endCursor } } standaard: tegenwerkendePrikkelsVerbinding { edges { cursor } } tegenwerkendePrikkels { score } } }');
    expect(a.errors).toBeUndefined();
    const totaal = (a.data!.analyse.tegenwerkendePrikkels as unknown as unknown[]).length;
    expect(a.data!.analyse.nul).toEqual({ totaal, edges: [], pageInfo: { hasNextPage: totaal > 0, endCursor: null } });
    expect(a.data!.analyse.standaard!.edges).toHaveLength(Math.min(50, totaal));
  });

  it('een ongeldige first of after is een BAD_USER_INPUT die zegt wat wel mag', async () => {
    const teVeel = await vraag(`{ analyse { tegenwerkendePrikkelsVerbinding(first: ${MAXIMALE_BLADZIJDE + 1}) { totaal } } }`);
    expect(teVeel.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(teVeel.errors?.[0]?.message).toMatch(new RegExp(`0 tot en met ${MAXIMALE_BLADZIJDE}`));
    const onzin = await vraag('{ analyse { tegenwerkendePrikkelsVerbinding(after: "geen-cursor") { totaal } } }');
    expect(onzin.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(onzin.errors?.[0]?.message).toMatch(/after is geen cursor van Analyse\.tegenwerkendePrikkels/);
  });

  it('een cursor van een andere lijst (ander filter) slaat niets stil over: CURSOR_VEROUDERD', async () => {
    const alle = await vraag<Bladzijde<unknown>>('{ analyse { tegenwerkendePrikkelsVerbinding(first: 3) { pageInfo { endCursor } } } }');
    const cursor = alle.data!.analyse.tegenwerkendePrikkelsVerbinding!.pageInfo.endCursor;
    const ander = await vraag('query($c: String) { analyse { tegenwerkendePrikkelsVerbinding(filter: { maxScore: -3 }, after: $c) { totaal } } }', { c: cursor });
    expect(ander.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reden: 'CURSOR_VEROUDERD' });
    expect(ander.errors?.[0]?.message).toMatch(/begin opnieuw zonder after/);
  });

  it('het oude lijstveld werkt nog en is verouderd, met de verbinding als opvolger', async () => {
    const a = await vraag<{ name: string; isDeprecated: boolean; deprecationReason: string | null }[]>(
      '{ __type(name: "Analyse") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }',
    );
    const velden = (a.data as unknown as { __type: { fields: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] } }).__type.fields;
    for (const pad of VERBINDINGEN) {
      const veld = pad.split('.')[1]!;
      expect(velden.find((v) => v.name === veld)).toMatchObject({ isDeprecated: true, deprecationReason: expect.stringContaining(verbindingsveld(veld)) });
      expect(velden.find((v) => v.name === verbindingsveld(veld))).toMatchObject({ isDeprecated: false });
    }
  });

  it('Departementsbeleid.cijfersVerbinding: alle bladzijden samen zijn cijfers, bij elk ministerie, over alle groepen en per groep', async () => {
    const selectie = 'code departement peildatum waarde aandachtsgroepen { code }';
    const ministeries = ['bzk', 'vws', 'jenv', 'szw', 'ocw'] as const;
    const heel = await stapel.query<{ analyse: Record<string, { cijfers: unknown[] }>; aandachtsgroep: Record<string, { cijfers: unknown[]; cijfersVerbinding: Bladzijde<unknown> }> }>(
      `{ analyse { ${ministeries.map((m) => `${m} { cijfers { ${selectie} } }`).join(' ')} }
         aandachtsgroep(code: STATUSHOUDERS) { ${ministeries.map((m) => `${m} { cijfers { ${selectie} } cijfersVerbinding(first: 500) { totaal edges { node { ${selectie} } } } }`).join(' ')} } }`,
    );
    expect(heel.errors).toBeUndefined();
    for (const m of ministeries) {
      const groep = heel.data!.aandachtsgroep[m]!;
      expect(groep.cijfersVerbinding.totaal).toBe(groep.cijfers.length);
      expect(groep.cijfersVerbinding.edges.map((e) => e.node)).toEqual(groep.cijfers);
    }
    // Alle ministeries tegelijk, elk met een eigen after, zoals een overzicht dat doet.
    const lijsten = Object.fromEntries(ministeries.map((m) => [m, heel.data!.analyse[m]!.cijfers]));
    expect(Object.values(lijsten).every((l) => l.length > 0)).toBe(true);
    const gelezen: Record<string, unknown[]> = Object.fromEntries(ministeries.map((m) => [m, []]));
    const na: Record<string, string | null> = Object.fromEntries(ministeries.map((m) => [m, null]));
    const document = `query(${ministeries.map((m) => `$${m}: String`).join(', ')}) { analyse { ${ministeries
      .map((m) => `${m} { cijfersVerbinding(first: 9, after: $${m}) { totaal edges { cursor node { ${selectie} } } pageInfo { hasNextPage endCursor } } }`)
      .join(' ')} } }`;
    for (let n = 0; n < 100 && ministeries.some((m) => na[m] !== 'klaar'); n++) {
      const a = await stapel.query<{ analyse: Record<string, { cijfersVerbinding: Bladzijde<unknown> }> }>(document, Object.fromEntries(ministeries.map((m) => [m, na[m] === 'klaar' ? null : na[m]])));
      expect(a.errors).toBeUndefined();
      for (const m of ministeries) {
        if (na[m] === 'klaar') continue;
        const b = a.data!.analyse[m]!.cijfersVerbinding;
        expect(b.totaal).toBe(lijsten[m]!.length);
        gelezen[m]!.push(...b.edges.map((e) => e.node));
        na[m] = b.pageInfo.hasNextPage ? b.pageInfo.endCursor : 'klaar';
      }
    }
    expect(gelezen).toEqual(lijsten);
  });

  it('cijfers is verouderd met cijfersVerbinding als opvolger, en werkt nog', async () => {
    const a = await vraag('{ __type(name: "Departementsbeleid") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }');
    const velden = (a.data as unknown as { __type: { fields: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] } }).__type.fields;
    expect(velden.find((v) => v.name === 'cijfers')).toMatchObject({ isDeprecated: true, deprecationReason: expect.stringContaining('cijfersVerbinding') });
    expect(velden.find((v) => v.name === 'cijfersVerbinding')).toMatchObject({ isDeprecated: false });
    const oud = await stapel.query<{ aandachtsgroep: { bzk: { cijfers: unknown[] } } }>('{ aandachtsgroep(code: DAK_EN_THUISLOZEN) { bzk { cijfers { code waarde } } } }');
    expect(oud.errors).toBeUndefined();
    expect(oud.data!.aandachtsgroep.bzk.cijfers.length).toBeGreaterThan(0);
  });

  it('de kostenschatting van cijfersVerbinding rekent met first', async () => {
    const kosten = async (query: string) => {
      const a = await fetch(stapel.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      await a.text();
      return Number(a.headers.get('x-kosten'));
    };
    const selectie = 'code waarde peildatum bron { document vindplaats citaat }';
    const heel = await kosten(`{ aandachtsgroepen { bzk { cijfers { ${selectie} } } } }`);
    const een = await kosten(`{ aandachtsgroepen { bzk { cijfersVerbinding(first: 1) { totaal edges { node { ${selectie} } } } } } }`);
    const twee = await kosten(`{ aandachtsgroepen { bzk { cijfersVerbinding(first: 2) { totaal edges { node { ${selectie} } } } } } }`);
    const nul = await kosten('{ aandachtsgroepen { bzk { cijfersVerbinding(first: 0) { totaal } } } }');
    expect(nul).toBeLessThan(een);
    expect(een).toBeLessThan(twee);
    expect(twee).toBeLessThan(heel);
  });

  it('de kostenschatting rekent met first: een bladzijde van 5 kost minder dan de hele lijst', async () => {
    const kosten = async (query: string) => {
      const a = await fetch(stapel.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      await a.text();
      return Number(a.headers.get('x-kosten'));
    };
    const selectie = 'instrument { code } doel { code } score bronnen { document }';
    const heel = await kosten(`{ analyse { tegenwerkendePrikkels { ${selectie} } } }`);
    const vijf = await kosten(`{ analyse { tegenwerkendePrikkelsVerbinding(first: 5) { totaal edges { cursor node { ${selectie} } } } } }`);
    const nul = await kosten('{ analyse { tegenwerkendePrikkelsVerbinding(first: 0) { totaal } } }');
    expect(vijf).toBeGreaterThan(nul);
    expect(vijf).toBeLessThan(heel);
  });
});

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

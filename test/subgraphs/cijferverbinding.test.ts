// De cijfers per bladzijde (issue 25) bij elk ministerie zelf, zonder gateway: wie alle
// bladzijden van cijfersVerbinding afloopt, krijgt precies de verouderde lijst cijfers, in de
// vaste volgorde (reeksen op code, oudste peildatum eerst); dezelfde bladzijde geeft dezelfde
// cursors; elk cijfer draagt de groepen van zijn reeks; en het oude lijstveld weigert boven
// de grens met LIJST_TE_LANG, zoals de lijsten van de analyse.
import { describe, expect, it } from 'vitest';
import { SUBGRAFEN } from '../../kern/config.js';
import { gebruikSubgraaf } from '../hulp/gebruik.js';
import { voerUit } from '../hulp/subgraaf.js';

interface Cijfer {
  code: string;
  peildatum: string;
  waarde: number | null;
  aandachtsgroepen: { code: string }[];
}
interface Bladzijde {
  totaal: number;
  edges: { cursor: string; node: Cijfer }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

const CIJFER = 'code peildatum waarde aandachtsgroepen { code }';
const ANALYSE = [{ __typename: 'Analyse', id: 'ALLE_AANDACHTSGROEPEN' }];

for (const { departement, naam: veld } of SUBGRAFEN) {
  describe(`${departement}: Departementsbeleid.cijfersVerbinding`, () => {
    const subgraaf = gebruikSubgraaf(departement);

    const alles = async () => {
      const r = await voerUit<{ _entities: Record<string, { cijfers: Cijfer[]; cijferreeksen: { code: string; aandachtsgroepen: { code: string }[]; waarnemingen: { peildatum: string }[] }[] }>[] }>(
        subgraaf,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Analyse { ${veld} { cijfers { ${CIJFER} } cijferreeksen { code aandachtsgroepen { code } waarnemingen { peildatum } } } } } }`,
        { r: ANALYSE },
      );
      expect(r.errors).toBeUndefined();
      return r.data!._entities[0]![veld]!;
    };
    const bladzijde = async (first: number, after: string | null) => {
      const r = await voerUit<{ _entities: Record<string, { cijfersVerbinding: Bladzijde }>[] }>(
        subgraaf,
        `query($r: [_Any!]!, $first: Int, $after: String) { _entities(representations: $r) { ... on Analyse { ${veld} { cijfersVerbinding(first: $first, after: $after) { totaal edges { cursor node { ${CIJFER} } } pageInfo { hasNextPage hasPreviousPage endCursor } } } } } }`,
        { r: ANALYSE, first, after },
      );
      expect(r.errors).toBeUndefined();
      return r.data!._entities[0]![veld]!.cijfersVerbinding;
    };

    it('alle bladzijden samen zijn de verouderde lijst cijfers, in de vaste volgorde, met het juiste totaal', async () => {
      const { cijfers, cijferreeksen } = await alles();
      expect(cijfers.length).toBeGreaterThan(0);
      // De volgorde die de cursors draagt: de reeksen op code, binnen een reeks de oudste peildatum eerst.
      const reeksen = [...cijferreeksen].sort((a, b) => a.code.localeCompare(b.code));
      expect(cijfers.map((c) => `${c.code}@${c.peildatum}`)).toEqual(
        reeksen.flatMap((r) => [...r.waarnemingen].sort((a, b) => a.peildatum.localeCompare(b.peildatum)).map((w) => `${r.code}@${w.peildatum}`)),
      );
      // Elk cijfer draagt de groepen van zijn reeks.
      const groepen = new Map(cijferreeksen.map((r) => [r.code, r.aandachtsgroepen]));
      for (const c of cijfers) expect(c.aandachtsgroepen).toEqual(groepen.get(c.code));

      const first = Math.max(1, Math.ceil(cijfers.length / 4));
      const gelezen: Cijfer[] = [];
      let after: string | null = null;
      for (let n = 0; n < 10; n++) {
        const b: Bladzijde = await bladzijde(first, after);
        expect(b.totaal).toBe(cijfers.length);
        expect(b.pageInfo.hasPreviousPage).toBe(after !== null);
        // Dezelfde bladzijde opnieuw: dezelfde cursors (de volgorde ligt vast).
        expect((await bladzijde(first, after)).edges.map((e) => e.cursor)).toEqual(b.edges.map((e) => e.cursor));
        gelezen.push(...b.edges.map((e) => e.node));
        if (!b.pageInfo.hasNextPage) break;
        expect(b.edges).toHaveLength(first);
        after = b.pageInfo.endCursor;
      }
      expect(gelezen).toEqual(cijfers);
    });

    it('per groep: de verbinding geeft de cijfers van die groep, het totaal klopt', async () => {
      const r = await voerUit<{ _entities: Record<string, { cijfers: Cijfer[]; cijfersVerbinding: Bladzijde }>[] }>(
        subgraaf,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Aandachtsgroep { ${veld} { cijfers { ${CIJFER} } cijfersVerbinding(first: 500) { totaal edges { node { ${CIJFER} } } pageInfo { hasNextPage } } } } } }`,
        { r: [{ __typename: 'Aandachtsgroep', code: 'DAK_EN_THUISLOZEN' }, { __typename: 'Aandachtsgroep', code: 'STUDENTEN' }] },
      );
      expect(r.errors).toBeUndefined();
      for (const groep of r.data!._entities) {
        const { cijfers, cijfersVerbinding } = groep[veld]!;
        expect(cijfersVerbinding.totaal).toBe(cijfers.length);
        expect(cijfersVerbinding.pageInfo.hasNextPage).toBe(false);
        expect(cijfersVerbinding.edges.map((e) => e.node)).toEqual(cijfers);
      }
    });
  });
}

describe('het verouderde lijstveld cijfers boven de grens', () => {
  const bzk = gebruikSubgraaf('BZK', 'sqlite', { maximaleLijst: 5 });

  it('weigert met LIJST_TE_LANG en de lengte, en wijst naar de verbinding, die alles per bladzijde geeft', async () => {
    const r = await voerUit<{ analyse: { bzk: { cijfers: Cijfer[] } | null } }>(bzk, '{ analyse { bzk { cijfers { code } } } }');
    const fout = r.errors?.find((e) => e.extensions?.code === 'LIJST_TE_LANG');
    expect(fout?.message).toMatch(/^Departementsbeleid\.cijfers zou \d+ elementen geven; de hele lijst in één antwoord gaat tot 5\. Vraag ze per bladzijde met cijfersVerbinding/);
    expect(fout?.extensions).toMatchObject({ maximum: 5, verbinding: 'cijfersVerbinding' });
    const aantal = fout!.extensions!.aantal as number;
    expect(aantal).toBeGreaterThan(5);
    const v = await voerUit<{ analyse: { bzk: { cijfersVerbinding: { totaal: number } } } }>(bzk, '{ analyse { bzk { cijfersVerbinding(first: 0) { totaal } } } }');
    expect(v.errors).toBeUndefined();
    expect(v.data!.analyse.bzk.cijfersVerbinding.totaal).toBe(aantal);
  });
});

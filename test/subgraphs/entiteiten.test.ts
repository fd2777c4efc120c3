// Per subgraph: _entities-query's zoals de gateway ze stuurt, op de echte data.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEPARTEMENTEN } from '../../kern/config.js';
import { vocabulaire, documenten, PEILDATUM } from '../../kern/vocabulaire.js';
import { voerUit } from '../hulp/subgraaf.js';
import { entiteitenQuery, representaties } from './queries.js';
import { gebruikSubgraaf } from '../hulp/gebruik.js';

interface Beleid {
  departement: string;
  doelen: { code: string; indicator: string; bron: { document: string; vindplaats: string } }[];
  instrumenten: { code: string; effecten: { score: number; richting: string; bron: { document: string } }[] }[];
  cijfers: { waarde: number | null; redenGeenWaarde: string | null; peildatum: string; bron: { document: string; titel: string; vindplaats: string } }[];
  verantwoordelijkheden: unknown[];
}

describe.each(DEPARTEMENTEN)('subgraph %s', (departement) => {
  const veld = departement.toLowerCase();
  const subgraaf = gebruikSubgraaf(departement);
  let perGroep: Map<string, Beleid>;

  beforeAll(async () => {
    const r = await voerUit<{ _entities: ({ code: string } & Record<string, Beleid>)[] }>(
      subgraaf,
      entiteitenQuery(veld),
      { representaties: representaties(vocabulaire.aandachtsgroepen) },
    );
    expect(r.errors).toBeUndefined();
    perGroep = new Map(r.data!._entities.map((e) => [e.code, e[veld]]));
  });

  it('beantwoordt elke aandachtsgroep, ook waar het ministerie geen rol heeft', () => {
    expect([...perGroep.keys()]).toEqual(vocabulaire.aandachtsgroepen);
    for (const beleid of perGroep.values()) {
      expect(beleid.departement).toBe(departement);
      expect(Array.isArray(beleid.doelen) && Array.isArray(beleid.instrumenten) && Array.isArray(beleid.cijfers)).toBe(true);
    }
  });

  it('heeft doelen, instrumenten en cijfers uit de bronnen', () => {
    const alle = [...perGroep.values()];
    expect(alle.some((b) => b.doelen.length > 0)).toBe(true);
    expect(alle.some((b) => b.instrumenten.length > 0)).toBe(true);
    expect(alle.some((b) => b.cijfers.length > 0)).toBe(true);
  });

  it('geeft elk cijfer een bron met vindplaats en een ISO-peildatum, en een reden waar de waarde ontbreekt', () => {
    for (const cijfer of [...perGroep.values()].flatMap((b) => b.cijfers)) {
      expect(Object.keys(documenten)).toContain(cijfer.bron.document);
      expect(cijfer.bron.titel).toBe(documenten[cijfer.bron.document].titel);
      expect(cijfer.bron.vindplaats.length).toBeGreaterThan(0);
      expect(cijfer.peildatum).toMatch(PEILDATUM);
      if (cijfer.waarde === null) expect(cijfer.redenGeenWaarde).toBeTruthy();
      else expect(cijfer.redenGeenWaarde).toBeNull();
    }
  });

  it('geeft effecten een score op de SDG-schaal met een richting die bij het teken past', () => {
    for (const effect of [...perGroep.values()].flatMap((b) => b.instrumenten.flatMap((i) => i.effecten))) {
      expect([-3, -2, -1, 1, 2, 3]).toContain(effect.score);
      expect(effect.richting).toBe(effect.score > 0 ? 'TOENAME' : 'AFNAME');
    }
  });

  it('weigert een onbekende aandachtsgroep met een melding die de geldige codes noemt', async () => {
    const r = await voerUit(subgraaf, entiteitenQuery(veld), { representaties: representaties(['KATTEN']) });
    expect(r.errors?.[0].message).toContain('Onbekende aandachtsgroep "KATTEN"');
    expect(r.errors?.[0].message).toContain(vocabulaire.aandachtsgroepen.join(', '));
  });
});

// Issue 21: citaat, status en statusbron gaan van het editiebestand via de database naar GraphQL.
describe('citaat en status bij BZK', () => {
  const subgraaf = gebruikSubgraaf('BZK');

  it('geeft Bron.citaat, Instrument.status en Instrument.statusbron zoals het editiebestand ze noemt', async () => {
    const r = await voerUit<{ _entities: { bzk: { instrumenten: { code: string; status: string; statusbron: { citaat: string } | null; effecten: { bron: { citaat: string | null } }[] }[] } }[] }>(
      subgraaf,
      `query ($representaties: [_Any!]!) { _entities(representations: $representaties) { ... on Aandachtsgroep {
        bzk { instrumenten { code status statusbron { vindplaats citaat } effecten { bron { citaat } } } } } } }`,
      { representaties: representaties(['STUDENTEN']) },
    );
    expect(r.errors).toBeUndefined();
    const instrumenten = new Map(r.data!._entities[0].bzk.instrumenten.map((i) => [i.code, i]));
    expect(instrumenten.get('MARKTTOETS')).toMatchObject({ status: 'TIJDELIJK_BUITEN_WERKING', statusbron: { citaat: expect.stringContaining('tijdelijk afgeschafte markttoets') } });
    expect(instrumenten.get('HUURTOESLAG')).toMatchObject({ status: 'IN_WERKING', statusbron: null });
    expect(instrumenten.get('VERHUURDERHEFFING')!.effecten[0].bron.citaat).toMatch(/^De verhuurderheffing vermindert de investeringskracht/);
    // Sinds issue 21 draagt elk effect een citaat; ook dat van de huurtoeslag op de betaalbaarheid.
    expect(instrumenten.get('HUURTOESLAG')!.effecten[0].bron.citaat).toMatch(/^Een groot deel van de mensen uit aandachtsgroepen kunnen zich maximaal/);
  });
});

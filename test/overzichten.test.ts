// De vastgelegde overzichten: hun contract staat in overzichten/contract.json, een
// brekende wijziging valt op, en elk overzicht draait voor een partner zonder fouten.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractVan, vergelijk, type Contract } from '../schema/gereedschap/contract.js';
import { publiekSchema } from '../schema/gereedschap/publiekschema.js';
import { ingecheckteSupergraph } from '../schema/gereedschap/compositie.js';
import { leesOverzichten, OVERZICHTENMAP, type Overzicht } from '../gateway/overzichten/register.js';
import { parse } from 'graphql';
import { verbindingenIn, verbindingsredenen } from '../gateway/overzichten/bladeren.js';
import { gebruikStapel } from './hulp/gebruik.js';

const schema = publiekSchema(ingecheckteSupergraph());
const overzichten = leesOverzichten();
const vastgelegd = JSON.parse(readFileSync(`${OVERZICHTENMAP}/contract.json`, 'utf8')) as Record<string, Contract>;

describe('contract van de overzichten', () => {
  it('overzichten/contract.json beschrijft precies de overzichten van nu (anders: npm run overzichten)', () => {
    expect(Object.keys(vastgelegd).sort()).toEqual(overzichten.map((o) => o.id).sort());
    for (const o of overzichten) expect(contractVan(o, schema), o.id).toEqual(vastgelegd[o.id]);
  });

  it('een veld weghalen, een type verzwakken of een verplichte variabele toevoegen is brekend; een veld erbij niet', () => {
    const origineel = overzichten.find((o) => o.id === 'aandachtsgroep')!;
    const gewijzigd: Overzicht = {
      ...origineel,
      document: origineel.document
        .replace('query Aandachtsgroep($code: AandachtsgroepCode!, $alleenLetterlijk: Boolean = false)', 'query Aandachtsgroep($code: AandachtsgroepCode!, $alleenLetterlijk: Boolean = false, $max: Int!)')
        .replace('    tegenwerkendePrikkels(filter: { alleenLetterlijk: $alleenLetterlijk }) {', '    tegenwerkendePrikkels(filter: { alleenLetterlijk: $alleenLetterlijk, maxScore: $max }) {')
        .replace('    omschrijving\n', '    bron { document }\n'),
    };
    const { brekend, toegevoegd } = vergelijk(contractVan(origineel, schema), contractVan(gewijzigd, schema));
    expect(brekend).toEqual(['veld aandachtsgroep.omschrijving bestaat niet meer', 'variabele $max: Int! is nieuw en verplicht']);
    expect(toegevoegd).toEqual(['veld aandachtsgroep.bron', 'veld aandachtsgroep.bron.document']);
  });

  it('een overzicht dat niet meer op het schema past, valt op', () => {
    const kapot: Overzicht = { ...overzichten[0], document: overzichten[0].document.replace(/\bnaam\b/, 'titelVanDeGroep') };
    expect(() => contractVan(kapot, schema)).toThrow(/past niet op het schema.*titelVanDeGroep/);
  });
});

describe('de ingebouwde overzichten over een verbinding', () => {
  // Het register neemt de ingebouwde set op zonder de controle van een publicatie; hier dezelfde regel.
  it('kan de gateway elk tot het eind doorbladeren (after als variabele, totaal, pageInfo), met de elementen als rijen', () => {
    const metVerbinding = overzichten.filter((o) => verbindingenIn(o.document).length > 0);
    expect(metVerbinding.map((o) => o.id).sort()).toEqual(['aandachtsgroep-met-alle-cijfers', 'alle-cijfers', 'alle-maatregelen', 'alle-tegenwerkende-prikkels', 'alle-toezeggingen', 'prikkel', 'prikkellijst']);
    for (const o of metVerbinding) {
      expect(verbindingsredenen(parse(o.document), vastgelegd[o.id]), o.id).toEqual([]);
      expect(o.rijen, o.id).toMatch(/Verbinding\.edges\.node$/);
    }
  });
});

describe('elk overzicht voor een partner', () => {
  const stapel = gebruikStapel();

  it.each(overzichten.map((o) => [o.id]))('%s geeft gegevens zonder fouten', async (id) => {
    const token = await stapel.token(['partner']);
    const variabelen: Record<string, Record<string, unknown>> = {
      aandachtsgroep: { code: 'STATUSHOUDERS' },
      'aandachtsgroep-met-alle-cijfers': { code: 'STATUSHOUDERS' },
      netwerk: { aandachtsgroep: 'STUDENTEN' },
    };
    const antwoord = await fetch(stapel.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ documentId: id, variables: variabelen[id] }),
    });
    const body = (await antwoord.json()) as { data?: unknown; errors?: unknown[] };
    expect(antwoord.status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeTruthy();
  });
});

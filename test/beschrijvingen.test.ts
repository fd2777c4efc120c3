// Introspectie is de handleiding van een integratiepartner: elk type, veld, argument en
// elke enumwaarde in het publieke schema (de API van de ingecheckte supergraph) heeft een
// Nederlandse beschrijving. Een nieuw veld zonder beschrijving laat deze test falen.
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { ingecheckteSupergraph } from '../schema/gereedschap/compositie.js';
import { publiekSchema } from '../schema/gereedschap/publiekschema.js';

interface Onderdeel {
  pad: string;
  beschrijving: string | null | undefined;
}

/** Alles in het schema dat een client via introspectie ziet en dus een beschrijving nodig heeft. */
function onderdelen(schema: GraphQLSchema): Onderdeel[] {
  const lijst: Onderdeel[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    lijst.push({ pad: type.name, beschrijving: type.description });
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const veld of Object.values(type.getFields())) {
        lijst.push({ pad: `${type.name}.${veld.name}`, beschrijving: veld.description });
        for (const argument of 'args' in veld ? veld.args : []) {
          lijst.push({ pad: `${type.name}.${veld.name}(${argument.name})`, beschrijving: argument.description });
        }
      }
    }
    if (isEnumType(type)) for (const waarde of type.getValues()) lijst.push({ pad: `${type.name}.${waarde.name}`, beschrijving: waarde.description });
  }
  for (const richtlijn of schema.getDirectives().filter((r) => !isSpecifiedDirective(r))) {
    lijst.push({ pad: `@${richtlijn.name}`, beschrijving: richtlijn.description });
    for (const argument of richtlijn.args) lijst.push({ pad: `@${richtlijn.name}(${argument.name})`, beschrijving: argument.description });
  }
  return lijst;
}

/** Een beschrijving die alleen de naam herhaalt of uit één woord bestaat, zegt een partner niets. */
const zegtIets = (o: Onderdeel) => {
  const tekst = o.beschrijving?.trim() ?? '';
  const naam = o.pad.replace(/^.*[.(@]/, '').replace(/\)$/, '');
  return tekst.split(/\s+/).length >= 2 && tekst.toLowerCase() !== naam.toLowerCase();
};

describe('beschrijvingen in het publieke schema', () => {
  const schema = publiekSchema(ingecheckteSupergraph());
  const alles = onderdelen(schema);

  it('telt alle soorten onderdelen mee (typen, velden, argumenten, enumwaarden)', () => {
    // Zonder deze controle zou een lege lijst de volgende test laten slagen.
    expect(alles.some((o) => o.pad === 'Query')).toBe(true);
    expect(alles.some((o) => o.pad === 'Analyse.tegenwerkendePrikkels(leeftijd)')).toBe(true);
    expect(alles.some((o) => o.pad === 'Departement.SZW')).toBe(true);
    expect(alles.some((o) => o.pad === 'LeeftijdsbereikInvoer.van')).toBe(true);
    expect(alles.length).toBeGreaterThan(400);
  });

  it('geeft elk type, veld, argument en elke enumwaarde een beschrijving van minstens twee woorden', () => {
    const zonder = alles.filter((o) => !zegtIets(o)).map((o) => o.pad);
    expect(zonder, `${zonder.length} van ${alles.length} zonder beschrijving`).toEqual([]);
  });
});

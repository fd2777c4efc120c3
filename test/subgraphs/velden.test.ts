// De velden van een record staan één keer geschreven: in het editieschema
// (subgraphs/ministerie/editie/schema.ts). De rij (rij.ts) en de GraphQL-vorm
// (graphqlvorm.ts) nemen ze over zonder lijst; wat wel een eigen lijst heeft, toetst
// deze test ertegen: de tabel (entiteiten.ts: kolomsoorten, sleutels), het publieke
// GraphQL-type (schema/gedeeld.graphql) en de documentatie (docs/dataformaat.md). Een
// veld dat op één plek bijkomt of verdwijnt, of daar anders optioneel is, faalt hier
// met de plek en het veld.
import { readFileSync } from 'node:fs';
import { Kind, parse, type DefinitionNode, type TypeNode } from 'graphql';
import type { EntitySchema } from '@mikro-orm/core';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { TABELLEN, type Tabelnaam } from '../../subgraphs/ministerie/entiteiten.js';
import { editieSchema, recordsoorten } from '../../subgraphs/ministerie/editie/schema.js';
import { eigenSdl } from '../../subgraphs/ministerie/sdl.js';
import { ministeries } from '../../subgraphs/ministeries.js';
import { gedeeldeSdl } from '../../kern/vocabulaire.js';

type Soort = keyof typeof recordsoorten;

/** Per soort record: zijn tabel, zijn GraphQL-type, en de kolommen die alleen de tabel kent. */
const PLEKKEN: Record<Soort, { tabel: Tabelnaam; type: string; tabelsleutels?: string[] }> = {
  aandachtsgroep: { tabel: 'aandachtsgroepen', type: 'Aandachtsgroep', tabelsleutels: ['volgorde'] },
  verantwoordelijkheid: { tabel: 'verantwoordelijkheden', type: 'Verantwoordelijkheid' },
  doel: { tabel: 'doelen', type: 'Doel' },
  instrument: { tabel: 'instrumenten', type: 'Instrument' },
  effect: { tabel: 'effecten', type: 'Effect', tabelsleutels: ['sleutel', 'instrument', 'volgnummer'] },
  leeftijdsgrens: { tabel: 'leeftijdsgrenzen', type: 'Leeftijdsgrens', tabelsleutels: ['sleutel', 'instrument', 'volgnummer'] },
  maatregel: { tabel: 'maatregelen', type: 'Maatregel' },
  partij: { tabel: 'partijen', type: 'BetrokkenPartij', tabelsleutels: ['volgorde'] },
  rol: { tabel: 'partijrollen', type: 'Partijrol', tabelsleutels: ['sleutel', 'partij', 'volgnummer'] },
  eis: { tabel: 'eisen', type: 'Eis', tabelsleutels: ['partij', 'volgnummer'] },
  monitoringadvies: { tabel: 'monitoring', type: 'Monitoringadvies' },
  verband: { tabel: 'verbanden', type: 'Indicatorverband' },
  waarneming: { tabel: 'waarnemingen', type: 'Cijfer', tabelsleutels: ['sleutel', 'reeks'] },
  cijferreeks: { tabel: 'cijferreeksen', type: 'Cijferreeks' },
  cijferverwijzing: { tabel: 'cijferverwijzingen', type: 'Cijferverwijzing', tabelsleutels: ['sleutel'] },
};

/** Optioneel in het bestand, maar altijd gevuld in tabel en API: toestand.ts vult ze uit het instrument. */
const GEERFD: Partial<Record<Soort, string[]>> = { effect: ['aandachtsgroepen'] };
/** Strenger in het bestand dan in tabel en API, omdat het ingebedde type gedeeld is: statusbron is een Bron waarvan het citaat al verplicht is. */
const STRENGER = new Set(['statusbron.citaat']);
/** Of het veld `naam` onder `plek` (tabel of type, dan het pad: instrumenten.statusbron) in STRENGER staat. */
const strenger = (plek: string, naam: string) => STRENGER.has([...plek.split('.').slice(1), naam].join('.'));
/** Een veld dat graphqlvorm.ts omzet naar een andere vorm: termijnVan rekent de uiterste datum uit (termijn.ts). */
const ANDERE_VORM = new Set(['termijn']);
/** Een object dat als geheel één JSON-kolom is, geen ingebed object met eigen kolommen. */
const ALS_JSON = new Set(['afgeleid']);

// ------------------------------------------------------------------ het editieschema lezen

type Zod = z.ZodType;
interface Veld {
  optioneel: boolean;
  vorm: 'waarde' | 'lijst' | 'object' | 'records';
  /** De velden van een object, of van de records in een lijst. */
  velden?: Map<string, Veld>;
}

function veld(schema: Zod): Veld {
  let s = schema;
  let optioneel = false;
  for (;;) {
    const def = s._zod.def as { type: string; innerType?: Zod; in?: Zod };
    if (def.type === 'optional' || def.type === 'nullable') optioneel = true;
    else if (def.type !== 'default') break;
    s = def.innerType as Zod;
  }
  const def = s._zod.def as { type: string; element?: Zod; shape?: Record<string, Zod> };
  if (def.type === 'object') return { optioneel, vorm: 'object', velden: velden(s) };
  if (def.type === 'array') {
    const element = (def.element as Zod)._zod.def as { type: string };
    return element.type === 'object' ? { optioneel, vorm: 'records', velden: velden(def.element as Zod) } : { optioneel, vorm: 'lijst' };
  }
  return { optioneel, vorm: 'waarde' };
}

const velden = (object: Zod) =>
  new Map(Object.entries((object._zod.def as unknown as { shape: Record<string, Zod> }).shape).map(([naam, s]) => [naam, veld(s)]));

// ------------------------------------------------------------------ tabellen

type Schema = EntitySchema<Record<string, unknown>>;
interface Kolom {
  nullable: boolean;
  json: boolean;
  ingebed?: Schema;
}
function kolommen(schema: Schema): Map<string, Kolom> {
  return new Map(
    Object.entries(schema.meta.properties).map(([naam, p]) => [
      naam,
      {
        nullable: p.nullable === true,
        json: (p.type as { name?: string } | undefined)?.name === 'JsonType',
        ingebed: p.kind === 'embedded' ? (p.entity as () => Schema)() : undefined,
      },
    ]),
  );
}

/** Wat in de tabel anders is dan in het editieschema, als zinnen. */
function tabelverschil(plek: string, bron: Map<string, Veld>, tabel: Map<string, Kolom>, extra: string[], geerfd: string[] = []): string[] {
  const fouten: string[] = [];
  const verwacht = [...[...bron].filter(([, v]) => v.vorm !== 'records').map(([n]) => n), ...extra];
  for (const naam of verwacht) if (!tabel.has(naam)) fouten.push(`${plek}.${naam}: staat in het editieschema, niet in de tabel`);
  for (const naam of tabel.keys()) if (!verwacht.includes(naam)) fouten.push(`${plek}.${naam}: kolom zonder veld in het editieschema`);
  for (const [naam, v] of bron) {
    const kolom = tabel.get(naam);
    if (!kolom || v.vorm === 'records') continue;
    const nullable = v.optioneel && !geerfd.includes(naam);
    if (kolom.nullable !== nullable && !strenger(plek, naam)) fouten.push(`${plek}.${naam}: ${nullable ? 'optioneel' : 'verplicht'} in het editieschema, ${kolom.nullable ? 'nullable' : 'not null'} in de tabel`);
    if (v.vorm === 'object' && !ALS_JSON.has(naam)) {
      if (!kolom.ingebed) fouten.push(`${plek}.${naam}: een object in het editieschema, geen ingebedde kolom`);
      else fouten.push(...tabelverschil(`${plek}.${naam}`, v.velden as Map<string, Veld>, kolommen(kolom.ingebed), []));
    } else if ((v.vorm === 'lijst' || ALS_JSON.has(naam)) && !kolom.json) fouten.push(`${plek}.${naam}: een lijst of JSON-object, maar geen JSON-kolom`);
  }
  return fouten;
}

// ------------------------------------------------------------------ GraphQL

interface Gqlveld {
  nullable: boolean;
  lijst: boolean;
  type: string;
}
const sdl = [gedeeldeSdl, ...Object.values(ministeries).map((m) => eigenSdl(m))].join('\n');
const typen = new Map<string, Map<string, Gqlveld>>();
for (const d of parse(sdl).definitions as DefinitionNode[]) {
  if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
  const velden = typen.get(d.name.value) ?? new Map<string, Gqlveld>();
  for (const f of d.fields ?? []) velden.set(f.name.value, gqlveld(f.type));
  typen.set(d.name.value, velden);
}
function gqlveld(t: TypeNode): Gqlveld {
  const nullable = t.kind !== Kind.NON_NULL_TYPE;
  const binnen = t.kind === Kind.NON_NULL_TYPE ? t.type : t;
  let naam: TypeNode = binnen;
  while (naam.kind !== Kind.NAMED_TYPE) naam = naam.type;
  return { nullable, lijst: binnen.kind === Kind.LIST_TYPE, type: naam.name.value };
}

function graphqlverschil(plek: string, bron: Map<string, Veld>, type: string, geerfd: string[] = []): string[] {
  const gql = typen.get(type);
  if (!gql) return [`${plek}: GraphQL-type ${type} bestaat niet`];
  const fouten: string[] = [];
  for (const [naam, v] of bron) {
    const f = gql.get(naam);
    if (!f) {
      fouten.push(`${plek}.${naam}: staat in het editieschema, niet in GraphQL-type ${type}`);
      continue;
    }
    const nullable = v.optioneel && !geerfd.includes(naam);
    if (f.nullable !== nullable && !strenger(plek, naam)) fouten.push(`${plek}.${naam}: ${nullable ? 'optioneel' : 'verplicht'} in het editieschema, ${f.nullable ? 'nullable' : 'non-null'} in ${type}`);
    const lijst = v.vorm === 'lijst' || v.vorm === 'records';
    if (f.lijst !== lijst) fouten.push(`${plek}.${naam}: ${lijst ? 'een lijst' : 'geen lijst'} in het editieschema, ${f.lijst ? 'wel' : 'geen'} lijst in ${type}`);
    if (v.vorm === 'object' && !ANDERE_VORM.has(naam)) fouten.push(...graphqlverschil(`${plek}.${naam}`, v.velden as Map<string, Veld>, f.type));
  }
  return fouten;
}

// ------------------------------------------------------------------ docs/dataformaat.md

const DATAFORMAAT = readFileSync(new URL('../../docs/dataformaat.md', import.meta.url), 'utf8');
/** Elke sleutel in de YAML-voorbeelden: `naam:` aan het begin van een regel of in `{ naam: … }`. */
const gedocumenteerd = new Set(
  [...DATAFORMAAT.matchAll(/```yaml\n([\s\S]*?)```/g)].flatMap(([, yaml]) =>
    yaml.split('\n').flatMap((regel) => {
      const code = regel.replace(/#.*$/, '');
      return [...code.matchAll(/(?:^\s*(?:-\s+)?|[{,]\s*)([a-zA-Z]+):(?=\s|$)/g)].map(([, naam]) => naam);
    }),
  ),
);

function alleVeldnamen(bron: Map<string, Veld>): string[] {
  return [...bron].flatMap(([naam, v]) => [naam, ...(v.velden ? alleVeldnamen(v.velden) : [])]);
}

describe('één bron voor de velden van een record', () => {
  const soorten = Object.entries(PLEKKEN) as [Soort, (typeof PLEKKEN)[Soort]][];

  it.each(soorten)('%s: de tabel heeft precies de velden van het editieschema, met dezelfde optionaliteit', (soort, plek) => {
    const bron = velden(recordsoorten[soort] as unknown as Zod);
    const tabel = kolommen(TABELLEN[plek.tabel] as unknown as Schema);
    expect(tabelverschil(plek.tabel, bron, tabel, plek.tabelsleutels ?? [], GEERFD[soort])).toEqual([]);
  });

  it.each(soorten)('%s: het GraphQL-type heeft elk veld van het editieschema, even optioneel en even meervoudig', (soort, plek) => {
    expect(graphqlverschil(plek.type, velden(recordsoorten[soort] as unknown as Zod), plek.type, GEERFD[soort])).toEqual([]);
  });

  it('docs/dataformaat.md toont elk veld van elk record in een YAML-voorbeeld, en geen veld dat niet bestaat', () => {
    const bekend = new Set([...alleVeldnamen(velden(editieSchema as unknown as Zod))]);
    const ontbreekt = [...bekend].filter((naam) => !gedocumenteerd.has(naam)).sort();
    const onbekend = [...gedocumenteerd].filter((naam) => !bekend.has(naam)).sort();
    expect({ ontbreekt, onbekend }).toEqual({ ontbreekt: [], onbekend: [] });
  });

  it('ziet een afwijking: een veld te veel, een andere optionaliteit, een ontbrekend GraphQL-veld', () => {
    const bron = velden(recordsoorten.doel as unknown as Zod);
    const tabel = kolommen(TABELLEN.doelen as unknown as Schema);
    tabel.delete('richting');
    tabel.set('leeftijd', { ...(tabel.get('leeftijd') as Kolom), nullable: false });
    tabel.set('extra', { nullable: true, json: false });
    expect(tabelverschil('doelen', bron, tabel, [])).toEqual([
      'doelen.richting: staat in het editieschema, niet in de tabel',
      'doelen.extra: kolom zonder veld in het editieschema',
      'doelen.leeftijd: optioneel in het editieschema, not null in de tabel',
    ]);
    const metNieuwVeld = new Map([...bron, ['nieuw', { optioneel: true, vorm: 'waarde' } as Veld]]);
    expect(graphqlverschil('Doel', metNieuwVeld, 'Doel')).toEqual(['Doel.nieuw: staat in het editieschema, niet in GraphQL-type Doel']);
  });
});

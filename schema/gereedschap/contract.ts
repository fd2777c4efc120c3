// Het contract van een vastgelegd overzicht: welke variabelen het neemt en welke velden
// (met type) het teruggeeft. Partners bouwen op die vorm; overzichten/contract.json legt
// hem vast, en een test faalt als een wijziging hem breekt (een veld weg, een type
// anders, een nieuwe verplichte variabele). Uitbreiden mag; breken vraagt een nieuw id.
import {
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type GraphQLSchema,
} from 'graphql';
import { print } from 'graphql';
import type { Overzicht } from '../../gateway/overzichten/register.js';

export interface Contract {
  hash: string;
  /** Naam → type, met " = standaard" als er een standaardwaarde is. */
  variabelen: Record<string, string>;
  /** Pad in het antwoord → type, bijvoorbeeld "aandachtsgroep.bzk.doelen.code": "String!". */
  velden: Record<string, string>;
}

export function contractVan(overzicht: Overzicht, schema: GraphQLSchema): Contract {
  const document = parse(overzicht.document);
  const fouten = validate(schema, document);
  if (fouten.length > 0) throw new Error(`overzichten/${overzicht.id}.graphql past niet op het schema: ${fouten.map((f) => f.message).join('; ')}`);
  const variabelen: Record<string, string> = {};
  const velden: Record<string, string> = {};
  const typeInfo = new TypeInfo(schema);
  // Fragmenten worden ingevuld waar ze gebruikt worden: het pad volgt het antwoord.
  const fragmenten = new Map(document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d] as const] : [])));
  const pad: string[] = [];
  const bezoek = (knoop: Parameters<typeof visit>[0]) =>
    visit(
      knoop,
      visitWithTypeInfo(typeInfo, {
        VariableDefinition(v) {
          variabelen[v.variable.name.value] = `${print(v.type)}${v.defaultValue ? ` = ${print(v.defaultValue)}` : ''}`;
        },
        Field: {
          enter(veld) {
            pad.push(veld.alias?.value ?? veld.name.value);
            const type = typeInfo.getType();
            if (type) velden[pad.join('.')] = String(type);
          },
          leave() {
            pad.pop();
          },
        },
        FragmentSpread(spread) {
          const fragment = fragmenten.get(spread.name.value);
          if (fragment) bezoek(fragment.selectionSet);
          return false;
        },
      }),
    );
  for (const d of document.definitions) if (d.kind === 'OperationDefinition') bezoek(d);
  return { hash: overzicht.hash, variabelen, velden };
}

/** Wat er tussen twee contracten veranderde: brekend (clients gaan stuk) of alleen toegevoegd. */
export function vergelijk(oud: Contract, nieuw: Contract): { brekend: string[]; toegevoegd: string[] } {
  const brekend: string[] = [];
  const toegevoegd: string[] = [];
  for (const [veld, type] of Object.entries(oud.velden)) {
    const nu = nieuw.velden[veld];
    if (nu === undefined) brekend.push(`veld ${veld} bestaat niet meer`);
    // Strenger (String → String!) belooft meer en breekt niemand.
    else if (nu !== type && nu !== `${type}!`) brekend.push(`veld ${veld} was ${type}, nu ${nu}`);
  }
  for (const veld of Object.keys(nieuw.velden)) if (!(veld in oud.velden)) toegevoegd.push(`veld ${veld}`);
  for (const [naam, type] of Object.entries(nieuw.variabelen)) {
    const was = oud.variabelen[naam];
    const verplicht = type.endsWith('!') && !type.includes(' = ');
    if (was === undefined) (verplicht ? brekend : toegevoegd).push(`variabele $${naam}: ${type}${verplicht ? ' is nieuw en verplicht' : ''}`);
    else if (was.split(' = ')[0] !== type.split(' = ')[0]) brekend.push(`variabele $${naam} was ${was}, nu ${type}`);
  }
  for (const naam of Object.keys(oud.variabelen)) if (!(naam in nieuw.variabelen)) brekend.push(`variabele $${naam} bestaat niet meer`);
  return { brekend, toegevoegd };
}

// Het contract van een vastgelegd overzicht: welke variabelen het neemt en welke velden
// (met type) het teruggeeft. Partners bouwen op die vorm. De gateway leidt het af als het
// programmateam een overzicht publiceert (POST /overzichten) en vergelijkt het met de vorige
// versie: uitbreiden mag, breken (een veld weg, een type zwakker, een nieuwe verplichte
// variabele) vraagt een expliciete breuk met een uitfaseerdatum. Voor de ingebouwde
// overzichten legt overzichten/contract.json het vast (npm run overzichten).
import { astFromValue, parse, print, TypeInfo, typeFromAST, validate, visit, visitWithTypeInfo, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import type { Contract, Wijziging } from '../../kern/overzichten.js';

export type { Contract, Wijziging } from '../../kern/overzichten.js';

/** Wat het contract van een overzicht bepaalt. */
export interface Contractbron {
  /** Voor de melding: de bestandsnaam of naam@versie. */
  id: string;
  hash: string;
  document: string;
  /** Standaardwaarden die het overzicht zelf meegeeft: een variabele met een standaard is niet verplicht. */
  standaardwaarden?: Readonly<Record<string, unknown>>;
}

/** De standaardwaarde als GraphQL-tekst (STUDENTEN, 16, [A, B]); undefined als ze niet bij het type past. */
function alsLetterlijk(waarde: unknown, type: GraphQLInputType | undefined): string | undefined {
  if (!type) return undefined;
  const ast = astFromValue(waarde, type);
  return ast ? print(ast) : undefined;
}

export function contractVan(overzicht: Contractbron, schema: GraphQLSchema): Contract {
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
          const naam = v.variable.name.value;
          const gegeven = overzicht.standaardwaarden && naam in overzicht.standaardwaarden ? alsLetterlijk(overzicht.standaardwaarden[naam], typeFromAST(schema, v.type) as GraphQLInputType | undefined) : undefined;
          const standaard = gegeven ?? (v.defaultValue ? print(v.defaultValue) : undefined);
          variabelen[naam] = `${print(v.type)}${standaard !== undefined ? ` = ${standaard}` : ''}`;
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
export function vergelijk(oud: Contract, nieuw: Contract): Wijziging {
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
    // Een standaard die verdwijnt, maakt een variabele die niemand meegaf ineens verplicht.
    else if (was.includes(' = ') && verplicht) brekend.push(`variabele $${naam} had een standaard (${was}), nu is ze verplicht`);
  }
  for (const naam of Object.keys(oud.variabelen)) if (!(naam in nieuw.variabelen)) brekend.push(`variabele $${naam} bestaat niet meer`);
  return { brekend, toegevoegd };
}

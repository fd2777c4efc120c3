// De vier vragen die de schaalbench per k meet (issue 25). Paginering (`first`/`after`)
// komt later; de bench kijkt daarom in de supergraph die de gateway laadt welke vorm er
// is, neemt de verbinding als die er is en anders de hele lijst, en zegt welke hij nam:
// een mediaan van de hele lijst is iets anders dan een van de eerste pagina.
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  print,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export type Vraagnaam = 'eenGroep' | 'prikkelpagina' | 'prikkeltelling' | 'leeftijden';

export interface Schaalvraag {
  naam: Vraagnaam;
  /** Zoals de tabel haar noemt. */
  titel: string;
  /** De body van het verzoek (JSON). */
  body: string;
  /** Welke vorm de bench koos en waarom; de tabel drukt dit af. */
  vorm: string;
  /** Het aantal prikkels uit de data, alleen bij de telling. */
  aantal?: (data: unknown) => number | null;
}

export const PAGINA = 50;

const operatie = (bestand: string) => readFileSync(new URL(`../operaties/${bestand}`, import.meta.url), 'utf8');
const body = (query: string) => JSON.stringify({ query });

/** De selectie onder analyse.tegenwerkendePrikkels in bench/operaties/: dezelfde velden per prikkel als de gewone bench. */
function prikkelvelden(): string {
  const document = parse(operatie('tegenwerkende-prikkels.graphql'));
  const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const analyse = op?.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === 'analyse');
  const prikkels = analyse?.kind === Kind.FIELD ? analyse.selectionSet?.selections.find((s) => s.kind === Kind.FIELD && s.name.value === 'tegenwerkendePrikkels') : undefined;
  const selectie: SelectionSetNode | undefined = prikkels?.kind === Kind.FIELD ? prikkels.selectionSet : undefined;
  if (!selectie) throw new Error('bench/operaties/tegenwerkende-prikkels.graphql vraagt geen analyse.tegenwerkendePrikkels meer');
  return print(selectie);
}

const isLijst = (t: GraphQLOutputType) => isListType(isNonNullType(t) ? t.ofType : t);

/** Hoe de elementen van een verbinding te vragen: `nodes { … }` of `edges { node { … } }`; null als het type geen verbinding is. */
function verbindingsselectie(type: GraphQLOutputType, velden: string): string | null {
  const benoemd = getNamedType(type);
  if (!isObjectType(benoemd)) return null;
  const eigen = benoemd.getFields();
  if (eigen.nodes) return `{ nodes ${velden} }`;
  if (eigen.edges) return `{ edges { node ${velden} } }`;
  return null;
}

interface Paginavorm {
  veld: string;
  selectie: string;
}

/** Een veld op Analyse met `first` dat prikkels geeft: eerst een eigen verbindingsveld, dan tegenwerkendePrikkels(first:). */
function paginavorm(analyse: GraphQLObjectType, velden: string): Paginavorm | null {
  const metFirst = (f: GraphQLField<unknown, unknown> | undefined) => f !== undefined && f.args.some((a) => a.name === 'first');
  const kandidaten = Object.values(analyse.getFields())
    .filter((f) => f.name.startsWith('tegenwerkendePrikkels') && metFirst(f))
    .sort((a, b) => Number(b.name !== 'tegenwerkendePrikkels') - Number(a.name !== 'tegenwerkendePrikkels'));
  for (const veld of kandidaten) {
    const verbinding = verbindingsselectie(veld.type, velden);
    if (verbinding) return { veld: veld.name, selectie: verbinding };
    if (isLijst(veld.type)) return { veld: veld.name, selectie: velden };
  }
  return null;
}

/** De vier vragen, in de vorm die de supergraph `sdl` toelaat. */
export function schaalvragen(sdl: string): Schaalvraag[] {
  const schema = buildSchema(sdl, { assumeValidSDL: true });
  const analyse = schema.getType('Analyse');
  if (!isObjectType(analyse)) throw new Error('de supergraph heeft geen type Analyse');
  const velden = prikkelvelden();
  const pagina = paginavorm(analyse, velden);
  const vragen: Schaalvraag[] = [
    { naam: 'eenGroep', titel: 'één groep, vijf ministeries', body: body(operatie('een-groep.graphql')), vorm: 'bench/operaties/een-groep.graphql' },
    pagina
      ? {
          naam: 'prikkelpagina',
          titel: `eerste ${PAGINA} prikkels`,
          body: body(`query EerstePrikkels { analyse { ${pagina.veld}(first: ${PAGINA}) ${pagina.selectie} } }`),
          vorm: `verbinding: analyse.${pagina.veld}(first: ${PAGINA})`,
        }
      : {
          naam: 'prikkelpagina',
          titel: `eerste ${PAGINA} prikkels`,
          body: body(operatie('tegenwerkende-prikkels.graphql')),
          vorm: 'hele lijst: de supergraph heeft nog geen first/after op de prikkels (bench/operaties/tegenwerkende-prikkels.graphql)',
        },
  ];
  const telling = analyse.getFields().prikkeltelling;
  const tellingtype = telling && getNamedType(telling.type);
  if (isObjectType(tellingtype) && tellingtype.getFields().totaal) {
    vragen.push({
      naam: 'prikkeltelling',
      titel: 'aantal prikkels',
      body: body('query Prikkeltelling { analyse { prikkeltelling { totaal } } }'),
      vorm: 'analyse.prikkeltelling { totaal }',
      aantal: (data) => {
        const totaal = (data as { analyse?: { prikkeltelling?: { totaal?: unknown } } } | null)?.analyse?.prikkeltelling?.totaal;
        return typeof totaal === 'number' ? totaal : null;
      },
    });
  } else {
    vragen.push({
      naam: 'prikkeltelling',
      titel: 'aantal prikkels',
      body: body('query Prikkeltelling { analyse { tegenwerkendePrikkels { score } } }'),
      vorm: 'lengte van de hele lijst: de supergraph heeft geen analyse.prikkeltelling { totaal }',
      aantal: (data) => {
        const lijst = (data as { analyse?: { tegenwerkendePrikkels?: unknown } } | null)?.analyse?.tegenwerkendePrikkels;
        return Array.isArray(lijst) ? lijst.length : null;
      },
    });
  }
  if (!analyse.getFields().leeftijdsgrenzen) throw new Error('de supergraph heeft geen analyse.leeftijdsgrenzen meer; kies in bench/schaal/vragen.ts het veld met de leeftijdsgrenzen');
  vragen.push({ naam: 'leeftijden', titel: 'leeftijdsgrenzen 16–30', body: body(operatie('leeftijdsgrenzen.graphql')), vorm: 'bench/operaties/leeftijdsgrenzen.graphql' });
  return vragen;
}

// De gedeelde woordenschat komt uit schema/gedeeld.graphql: de enums daar zijn de
// enige bron, zodat schema, validatie en documentatie niet uiteen kunnen lopen. Alleen
// enum Departement komt uit de lijst van ministeries in kern/config.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphQLError, Kind, parse, print, visit, type DocumentNode, type InterfaceTypeDefinitionNode, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { DEPARTEMENTEN, MINISTERIES } from './config.js';
import { metVerbindingen } from './verbindingen.js';

const schemaMap = new URL('../schema/', import.meta.url);

export const GEDEELD_SDL_PAD = fileURLToPath(new URL('gedeeld.graphql', schemaMap));

/** enum Departement uit de lijst van ministeries (kern/config.ts), met hun namen als omschrijving. */
export const departementSdl = [
  '"Een van de ministeries in de interbestuurlijke werkgroep."',
  'enum Departement {',
  ...DEPARTEMENTEN.flatMap((d) => [`  ${JSON.stringify(MINISTERIES[d])}`, `  ${d}`]),
  '}',
].join('\n');

/**
 * Vult elk objecttype dat een interface implementeert aan met de velden van die interface die
 * het zelf niet noemt: met de beschrijving uit de interface, achteraan, in de volgorde van de
 * interface. Zo staan zekerheid en afgeleid met hun uitleg één keer, in interface Bewering
 * (schema/gedeeld.graphql), en niet opnieuw in elk type dat een bewering is. Een type dat over
 * zo'n veld iets eigens zegt (bron: waar juist dit record staat), noemt het zelf. De interfaces
 * komen uit `document` en uit `elders` (de analyselaag: Bewering staat in de woordenschat).
 */
export function metInterfacevelden(document: DocumentNode, elders: readonly DocumentNode[] = []): DocumentNode {
  const interfaces = new Map(
    [document, ...elders]
      .flatMap((d) => d.definitions)
      .filter((d): d is InterfaceTypeDefinitionNode => d.kind === Kind.INTERFACE_TYPE_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const aangevuld = <T extends ObjectTypeDefinitionNode | ObjectTypeExtensionNode>(type: T): T => {
    const genoemd = new Set(type.fields?.map((v) => v.name.value));
    const erbij = (type.interfaces ?? [])
      .flatMap((i) => interfaces.get(i.name.value)?.fields ?? [])
      .filter((v) => !genoemd.has(v.name.value) && genoemd.add(v.name.value));
    return erbij.length === 0 ? type : { ...type, fields: [...(type.fields ?? []), ...erbij] };
  };
  return visit(document, { ObjectTypeDefinition: aangevuld, ObjectTypeExtension: aangevuld });
}

/**
 * De lijsten in de gedeelde typen die ook per bladzijde komen (kern/verbindingen.ts): elk
 * ministerie geeft ze, en maakt er de resolvers bij (subgraphs/ministerie/subgraaf.ts).
 */
export const GEDEELDE_VERBINDINGEN = ['Departementsbeleid.cijfers'] as const;

/** De gedeelde woordenschat: enum Departement en schema/gedeeld.graphql, met de velden van Bewering en de verbindingen ingevuld. */
export const gedeeldeSdl = print(metVerbindingen(metInterfacevelden(parse(`${departementSdl}\n\n${readFileSync(GEDEELD_SDL_PAD, 'utf8')}`)), GEDEELDE_VERBINDINGEN));

/** Per enum in `sdl`: waarde → omschrijving (of de waarde zelf als die ontbreekt). */
export function enumsUit(sdl: string): ReadonlyMap<string, ReadonlyMap<string, string>> {
  const enums = new Map<string, ReadonlyMap<string, string>>();
  for (const def of parse(sdl).definitions) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION) {
      enums.set(def.name.value, new Map((def.values ?? []).map((v) => [v.name.value, v.description?.value ?? v.name.value])));
    }
  }
  return enums;
}

const gedeeldeEnums = enumsUit(gedeeldeSdl);

function enumOmschrijvingen(naam: string): ReadonlyMap<string, string> {
  const waarden = gedeeldeEnums.get(naam);
  if (!waarden) throw new Error(`enum ${naam} ontbreekt in schema/gedeeld.graphql`);
  return waarden;
}

function enumWaarden(naam: string): readonly string[] {
  return [...enumOmschrijvingen(naam).keys()];
}

const indicatoromschrijvingen = enumOmschrijvingen('Indicator');

/** "Woningdelen en samenwonen: meer …" → "woningdelen en samenwonen", voor in een zin. */
export function indicatorlabel(indicator: string): string {
  const omschrijving = indicatoromschrijvingen.get(indicator) ?? indicator;
  const kern = omschrijving.split(/[:;.]/)[0].trim();
  return kern.charAt(0).toLowerCase() + kern.slice(1);
}

export const vocabulaire = {
  departementen: enumWaarden('Departement'),
  aandachtsgroepen: enumWaarden('AandachtsgroepCode'),
  indicatoren: enumWaarden('Indicator'),
  richtingen: enumWaarden('Richting'),
  partijen: enumWaarden('Partij'),
  instrumentsoorten: enumWaarden('Instrumentsoort'),
  instrumentstatussen: enumWaarden('Instrumentstatus'),
  cijfersoorten: enumWaarden('Cijfersoort'),
  maatregelpakketten: enumWaarden('Maatregelpakket'),
  toezeggingsstatussen: enumWaarden('Toezeggingsstatus'),
  grenssoorten: enumWaarden('Grenssoort'),
  uitspraaksoorten: enumWaarden('Uitspraaksoort'),
  gebiedssoorten: enumWaarden('Gebiedssoort'),
} as const;

/** Controleert een aandachtsgroepcode uit een entiteitsverwijzing of argument (ministeries en analyse). */
export function bekendeGroep(code: unknown): { code: string } {
  if (typeof code === 'string' && vocabulaire.aandachtsgroepen.includes(code)) return { code };
  throw new GraphQLError(
    `Onbekende aandachtsgroep ${JSON.stringify(code)}. Geldige codes: ${vocabulaire.aandachtsgroepen.join(', ')}.`,
    { extensions: { code: 'BAD_USER_INPUT', geldigeWaarden: vocabulaire.aandachtsgroepen } },
  );
}

export interface Document {
  titel: string;
  datum: string;
}

export const documenten: Readonly<Record<string, Document>> = JSON.parse(
  readFileSync(new URL('documenten.json', schemaMap), 'utf8'),
);

export interface Gebiedsgegevens {
  naam: string;
  soort: string;
  /** Bij een groepering: de CBS-codes van de gemeenten, als die vaststaan. */
  leden?: string[];
  toelichting?: string;
}

/** CBS-regiocodes en de eigen codes voor groeperingen (G4, G40) die de gegevens gebruiken. */
export const gebieden: Readonly<Record<string, Gebiedsgegevens>> = JSON.parse(readFileSync(new URL('gebieden.json', schemaMap), 'utf8'));

export function documenttitel(document: string): string {
  return documenten[document]?.titel ?? document;
}

/**
 * ISO 8601 met de precisie van de bron: jaar, maand of dag, of een periode
 * daartussen; een open begin of eind (ISO 8601-2) als de bron alleen "enkele jaren
 * geleden" ("../2021") of "vanaf nu" ("2021/..") zegt.
 */
const DATUM = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
export const PEILDATUM = new RegExp(`^(?:${DATUM}|${DATUM}/${DATUM}|\\.\\./${DATUM}|${DATUM}/\\.\\.)$`);

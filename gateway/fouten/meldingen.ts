// De meldingen die een client leest: elke Engelse melding die hij kan veroorzaken (van
// graphql-js, Apollo Server of de gateway), met een vaste code en een Nederlandse tekst die
// zegt wat wel mag. graphql-js meldt een onbekende enumwaarde zonder de geldige waarden te
// noemen, en een veld dat verhuisde zonder te zeggen waarheen; ook dat staat hier.
import type { GraphQLFormattedError } from 'graphql';
import { enumsUit } from '../../kern/vocabulaire.js';

const enumCache = new Map<string, ReturnType<typeof enumsUit>>();

function enumsVan(sdl: string): ReturnType<typeof enumsUit> {
  let enums = enumCache.get(sdl);
  if (!enums) {
    enums = enumsUit(sdl);
    enumCache.set(sdl, enums);
  }
  return enums;
}

/**
 * De manieren waarop graphql-js een foute enumwaarde meldt: als variabele (Value "X"
 * does not exist in "E" enum) en als letterlijke waarde die geen enumwaarde is, zoals een
 * string tussen aanhalingstekens of een getal (Enum "E" cannot represent non-enum value: "X"),
 * en een variabele die geen string is (Enum "E" cannot represent non-string value: 5).
 * Alle krijgen dezelfde melding met de geldige waarden.
 */
function onbekendeEnumwaarde(melding: string): { waarde: string; enumnaam: string } | undefined {
  const variabele = /Value "([^"]*)" does not exist in "(\w+)" enum/.exec(melding);
  if (variabele) return { waarde: variabele[1], enumnaam: variabele[2] };
  const letterlijk = /^Enum "(\w+)" cannot represent non-enum value: (?:"([^"]*)"|([^.\s]+))/.exec(melding);
  if (letterlijk) return { waarde: letterlijk[2] ?? letterlijk[3], enumnaam: letterlijk[1] };
  // Een variabele die geen string is ({"i": 5}): Variable "$i" got invalid value 5; Enum "E" cannot represent non-string value: 5.
  const geenString = /Enum "(\w+)" cannot represent non-string value: (.+?)\.?$/.exec(melding);
  if (geenString) return { waarde: geenString[2], enumnaam: geenString[1] };
  return undefined;
}

export function verrijkEnumfout(fout: GraphQLFormattedError, sdl: string): GraphQLFormattedError {
  const treffer = onbekendeEnumwaarde(fout.message);
  const waarden = treffer && enumsVan(sdl).get(treffer.enumnaam);
  const geldig = waarden && [...waarden.keys()];
  if (!treffer || !geldig) return fout;
  return {
    ...fout,
    message: `Onbekende waarde "${treffer.waarde}" voor ${treffer.enumnaam}. Geldige waarden: ${geldig.join(', ')}.`,
    extensions: { ...fout.extensions, code: 'BAD_USER_INPUT', geldigeWaarden: geldig, oorspronkelijkeMelding: fout.message },
  };
}

/** Velden die tot en met issue 7 op Query stonden en nu onder `analyse` staan. */
const VERHUISD = /^Cannot query field "(tegenwerkendePrikkels|leeftijdsgrenzen|leeftijdsgaten)" on type "Query"\.$/;

/** Een client met een query van vóór de verhuizing leest in de fout waar het veld nu staat. */
export function wijsVerhuisdVeld(fout: GraphQLFormattedError): GraphQLFormattedError {
  const treffer = VERHUISD.exec(fout.message);
  if (!treffer) return fout;
  return {
    ...fout,
    message: `${fout.message} ${treffer[1]} staat onder analyse: { analyse { ${treffer[1]}(…) { … } } }, met dezelfde argumenten.`,
    extensions: { ...fout.extensions, nieuwePlek: `Query.analyse.${treffer[1]}` },
  };
}

/** Een verzoek dat uit een formulier kan komen (limieten/voorcontrole.ts, en Apollo Server zelf). */
export const CSRF_MELDING =
  'Geweigerd als mogelijke cross-site request forgery (CSRF): een verzoek zonder preflight moet laten zien dat het niet uit een formulier komt. Stuur content-type: application/json (niet text/plain, multipart/form-data of application/x-www-form-urlencoded), of de kop apollo-require-preflight: true.';

/** Een Engelse melding (van graphql-js, de gateway of GraphQL Armor), de code en de Nederlandse tekst. */
export type Vertaalregel = [patroon: RegExp, code: string, melding: (treffer: RegExpExecArray) => string];

/** Een verzoek dat niets uitvoerbaars vraagt: de client moet het aanpassen (HTTP 400). */
export const VERZOEKREGELS: Vertaalregel[] = [
  [
    /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/,
    'BAD_REQUEST',
    () => 'De body moet een JSON-object zijn met een query (of het documentId van een overzicht), met content-type: application/json: {"query": "{ aandachtsgroepen { code } }"}.',
  ],
  [
    /^Unknown operation named "(.*)"\.$/,
    'BAD_REQUEST',
    (m) => `Er is geen operatie met de naam "${m[1]}" in dit document; geef de naam van een operatie die erin staat, of laat operationName weg.`,
  ],
  [
    /^The schema has no "(mutation|subscription)" root type defined$/,
    'BAD_REQUEST',
    (m) => `Deze graaf kent alleen queries; een ${m[1]} bestaat hier niet. Gegevens veranderen door een editie te publiceren: POST /edities/<ministerie> met een redacteurstoken, of npm run import.`,
  ],
  [
    /^Must provide operation name if query contains multiple operations\.$/,
    'BAD_REQUEST',
    () => 'Het document bevat meer dan één operatie; geef in operationName aan welke de gateway moet uitvoeren.',
  ],
  [
    /^This operation has been blocked as a potential Cross-Site Request Forgery/,
    'BAD_REQUEST',
    () => CSRF_MELDING,
  ],
  [
    /^`(variables|extensions)` in a POST body should be provided as an object, not a recursively JSON-encoded string\.$/,
    'BAD_REQUEST',
    (m) => `"${m[1]}" is een string met JSON erin; stuur het als JSON-object: {"query": "…", "${m[1]}": {…}}.`,
  ],
  [
    /^`(variables|extensions)` in a POST body must be an object if provided\.$/,
    'BAD_REQUEST',
    (m) => `"${m[1]}" moet een JSON-object zijn (of weggelaten worden), geen lijst, getal of tekst: {"query": "…", "${m[1]}": {…}}.`,
  ],
  [
    /^`operationName` in a POST body must be a string if provided\.$/,
    'BAD_REQUEST',
    () => '"operationName" moet de naam van een operatie in het document zijn, als tekst (of weggelaten worden).',
  ],
  [
    /^GraphQL queries must be strings\./,
    'BAD_REQUEST',
    () => '"query" moet een GraphQL-document als tekst zijn: {"query": "{ aandachtsgroepen { code } }"}.',
  ],
  [
    /^The '?(\w+)'? search parameter (?:contains invalid JSON|should contain a JSON-encoded object)\.$/,
    'BAD_REQUEST',
    (m) => `De zoekparameter ${m[1]} moet een JSON-object zijn, URL-gecodeerd: ?query=…&${m[1]}=%7B%22code%22%3A%22STUDENTEN%22%7D.`,
  ],
  [
    /^The '(\w+)' search parameter may only be specified once\.$/,
    'BAD_REQUEST',
    (m) => `De zoekparameter ${m[1]} staat meer dan één keer in de URL; geef hem één keer.`,
  ],
  [
    /^GET requests may not have a content-type header other than application\/json\.$/,
    'BAD_REQUEST',
    () => 'Een GET-verzoek heeft geen content-type nodig; als er een staat, moet het application/json zijn.',
  ],
  [
    /^Apollo Server supports only GET\/POST requests\.$/,
    'BAD_REQUEST',
    () => 'Dit eindpunt neemt alleen GET (queries) en POST aan.',
  ],
  [
    /^An 'accept' header was provided for this request which does not accept/,
    'BAD_REQUEST',
    () => 'De kop accept sluit JSON uit; deze gateway antwoordt met application/json of application/graphql-response+json.',
  ],
  [
    /^Unsupported persisted query version$/,
    'BAD_REQUEST',
    () => 'extensions.persistedQuery.version moet 1 zijn (Apollo\'s persisted queries), met sha256Hash: de sha256 in hex van het geprinte document; zie GET /overzichten/manifest.json.',
  ],
  [
    /^Operation batching disabled\.$/,
    'BUNDELS_NIET_TOEGESTAAN',
    () => 'Deze gateway neemt één operatie per verzoek aan, geen JSON-lijst van operaties. Stuur ze als aparte verzoeken; gelijke verzoeken die tegelijk binnenkomen, voert de gateway één keer uit.',
  ],
];

/**
 * De meldingen van graphql-js die een analist het vaakst ziet bij een handgeschreven
 * query. Een suggestie (" Did you mean …?") blijft achter de melding staan; die vertaalt
 * toegang/rollen.ts per rol, want wie niet mag introspecteren, krijgt hem niet.
 */
export const VALIDATIEREGELS: Vertaalregel[] = [
  [/^Cannot query field "(\w+)" on type "(\w+)"\.(.*)$/, 'GRAPHQL_VALIDATION_FAILED', (m) => `Het type ${m[2]} heeft geen veld "${m[1]}".${m[3]}`],
  [
    /^Unknown argument "(\w+)" on field "(\w+)\.(\w+)"\.(.*)$/,
    'GRAPHQL_VALIDATION_FAILED',
    (m) => `Het veld ${m[2]}.${m[3]} heeft geen argument "${m[1]}".${m[4]}`,
  ],
  [
    /^Field "(\w+)" argument "(\w+)" of type "([^"]+)" is required, but it was not provided\.$/,
    'GRAPHQL_VALIDATION_FAILED',
    (m) => `Het veld ${m[1]} heeft het argument ${m[2]} nodig (${m[3]}); geef het mee: ${m[1]}(${m[2]}: …).`,
  ],
  [
    /^Field "(\w+)" of type "([^"]+)" must have a selection of subfields\./,
    'GRAPHQL_VALIDATION_FAILED',
    (m) => `Het veld ${m[1]} is een object (${m[2]}); kies de velden die je wilt: ${m[1]} { … }.`,
  ],
  [
    /^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields\.$/,
    'GRAPHQL_VALIDATION_FAILED',
    (m) => `Het veld ${m[1]} is een waarde (${m[2]}) zonder subvelden; laat de { … } erachter weg.`,
  ],
  [
    /^Variable "\$(\w+)" is never used(?: in operation "(\w+)")?\.$/,
    'GRAPHQL_VALIDATION_FAILED',
    (m) => `De variabele $${m[1]} wordt${m[2] ? ` in ${m[2]}` : ''} nergens gebruikt; gebruik haar als argument of haal haar weg.`,
  ],
  [
    /^Variable "\$(\w+)" is not defined(?: by operation "(\w+)")?\.$/,
    'GRAPHQL_VALIDATION_FAILED',
    (m) => `De variabele $${m[1]} is niet gedeclareerd; zet haar bij de operatie: query ($${m[1]}: <Type>) { … }.`,
  ],
  [
    /^Variable "\$(\w+)" of type "([^"]+)" used in position expecting type "([^"]+)"\.$/,
    'GRAPHQL_VALIDATION_FAILED',
    (m) => `De variabele $${m[1]} is ${m[2]}, maar staat op een plek die ${m[3]} verwacht; declareer haar als ${m[3]}.`,
  ],
  [/^Unknown type "(\w+)"\.(.*)$/, 'GRAPHQL_VALIDATION_FAILED', (m) => `Het type ${m[1]} bestaat niet in deze graaf.${m[2]}`],
  [
    /^Variable "\$(\w+)" of required type "([^"]+)" was not provided\.$/,
    'BAD_USER_INPUT',
    (m) => `De variabele $${m[1]} (${m[2]}) is verplicht en ontbreekt in "variables".`,
  ],
  [
    /^Variable "\$(\w+)" of non-null type "([^"]+)" must not be null\.$/,
    'BAD_USER_INPUT',
    (m) => `De variabele $${m[1]} (${m[2]}) mag niet null zijn.`,
  ],
  [/^Syntax Error: Expected (.+), found (.+)\.$/, 'GRAPHQL_PARSE_FAILED', (m) => `Syntaxfout: hier hoort ${m[1]}, maar er staat ${m[2]}.`],
  [/^Syntax Error: Unexpected (.+)\.$/, 'GRAPHQL_PARSE_FAILED', (m) => `Syntaxfout: onverwacht ${m[1]}.`],
  [/^Syntax Error: Unterminated string\.$/, 'GRAPHQL_PARSE_FAILED', () => 'Syntaxfout: een tekst tussen aanhalingstekens wordt niet afgesloten.'],
];

/** Langer dan dit wordt een geciteerde waarde in een melding ingekort. */
const MAXIMAAL_CITAAT = 80;
const LANG_CITAAT = new RegExp(`"([^"\\\\]{${MAXIMAAL_CITAAT + 1},})"`, 'g');

/**
 * graphql-js citeert een ongeldige variabele volledig, soms twee keer: een waarde van
 * 900 kB gaf een antwoord van 2,7 MB. Een fout hoort de client niet meer terug te sturen
 * dan nodig is om de waarde te herkennen.
 */
function kortCitatenIn(tekst: string): string {
  return tekst.replace(LANG_CITAAT, (_, waarde: string) => `"${waarde.slice(0, MAXIMAAL_CITAAT)}…" (${waarde.length} tekens)`);
}

/** Vertaalt een fout met de eerste regel die past; de oorspronkelijke melding blijft in de extensions. */
export function vertaal(regels: readonly Vertaalregel[], fout: GraphQLFormattedError): GraphQLFormattedError {
  const oorspronkelijk = fout.extensions?.oorspronkelijkeMelding;
  fout = {
    ...fout,
    message: kortCitatenIn(fout.message),
    ...(typeof oorspronkelijk === 'string' && { extensions: { ...fout.extensions, oorspronkelijkeMelding: kortCitatenIn(oorspronkelijk) } }),
  };
  for (const [patroon, code, melding] of regels) {
    const treffer = patroon.exec(fout.message);
    if (treffer) return { ...fout, message: melding(treffer), extensions: { ...fout.extensions, code, oorspronkelijkeMelding: fout.message } };
  }
  return fout;
}

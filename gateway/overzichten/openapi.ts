// GET /overzichten/openapi.json: een OpenAPI 3.1-beschrijving van de overzichten als URL's
// (routes.ts), gemaakt uit de levende lijst (stand.ts), zodat een zojuist gepubliceerd
// overzicht er meteen in staat. Per overzicht een pad /overzichten/<naam> (de nieuwste
// versie) en /overzichten/<naam>@<versie> per versie; de parameters komen uit zijn variabelen
// (met de waarden van een enum uit het publieke schema), het antwoord uit zijn contract
// (contract.ts: elk veldpad met zijn GraphQL-type), met text/csv als het rijen heeft.
// Partners genereren er een getypeerde client mee (test/e2e/openapi.test.ts).
import { GraphQLEnumType, GraphQLScalarType, parseValue, valueFromASTUntyped, type GraphQLSchema } from 'graphql';
import { versieId } from '../../kern/overzichten.js';
import { contractVan } from './contract.js';
import { urlvariabelen } from './bladeren.js';
import type { Overzicht } from './register.js';
import type { Overzichtenlijst, Uitfasering } from './stand.js';

type Schema = Record<string, unknown>;

/** Een GraphQL-scalar als JSON Schema; een eigen scalar zonder bekende vorm: een tekst. */
function benoemd(naam: string, schema: GraphQLSchema): Schema {
  switch (naam) {
    case 'Int':
      return { type: 'integer' };
    case 'Float':
      return { type: 'number' };
    case 'Boolean':
      return { type: 'boolean' };
    case 'String':
    case 'ID':
      return { type: 'string' };
  }
  const type = schema.getType(naam);
  if (type instanceof GraphQLEnumType) return { type: 'string', enum: type.getValues().map((w) => w.name), description: `GraphQL-enum ${naam}` };
  if (type instanceof GraphQLScalarType) return { type: 'string', description: `GraphQL-scalar ${naam}${type.description ? `: ${type.description}` : ''}` };
  return { type: 'object' };
}

/** Maakt een schema nullable met een type-array (["string", "null"]); bij een enum hoort null ook in de enum. */
function nullable(s: Schema): Schema {
  if (typeof s.type === 'string') return { ...s, type: [s.type, 'null'], ...(Array.isArray(s.enum) ? { enum: [...(s.enum as unknown[]), null] } : {}) };
  return s;
}

/** Een GraphQL-type als tekst ([Groep!]!) als JSON Schema; `binnen` geeft het schema van het benoemde type. */
function vanType(type: string, binnen: (naam: string) => Schema): Schema {
  const verplicht = type.endsWith('!');
  const kern = verplicht ? type.slice(0, -1) : type;
  const s = kern.startsWith('[') ? { type: 'array', items: vanType(kern.slice(1, -1), binnen) } : binnen(kern);
  return verplicht ? s : nullable(s);
}

interface Knoop {
  type?: string;
  kinderen: Map<string, Knoop>;
}

/** Het antwoord (data) uit de veldpaden van het contract: geneste objecten en lijsten weer opgebouwd. */
function dataschema(velden: Record<string, string>, schema: GraphQLSchema): Schema {
  const wortel: Knoop = { kinderen: new Map() };
  for (const [pad, type] of Object.entries(velden)) {
    let knoop = wortel;
    for (const deel of pad.split('.')) {
      let kind = knoop.kinderen.get(deel);
      if (!kind) knoop.kinderen.set(deel, (kind = { kinderen: new Map() }));
      knoop = kind;
    }
    knoop.type = type;
  }
  const object = (knoop: Knoop): Schema => ({
    type: 'object',
    properties: Object.fromEntries([...knoop.kinderen].map(([naam, kind]) => [naam, veld(kind)])),
    // Een veld dat de vraag selecteert, staat altijd in het antwoord (soms als null).
    required: [...knoop.kinderen.keys()],
    additionalProperties: false,
  });
  const veld = (knoop: Knoop): Schema => vanType(knoop.type ?? 'String', (naam) => (knoop.kinderen.size > 0 ? object(knoop) : benoemd(naam, schema)));
  return object(wortel);
}

const FOUTCODES: Record<string, { omschrijving: string; codes: string[] }> = {
  '400': { omschrijving: 'Een parameter klopt niet (of formaat is geen json of csv).', codes: ['ONGELDIGE_PARAMETER', 'ONBEKEND_FORMAAT', 'BAD_USER_INPUT'] },
  '401': { omschrijving: 'Zonder geldig bewijs: stuur Authorization: Bearer <JWT of API-sleutel>, of X-API-Key.', codes: ['NIET_GEAUTHENTICEERD', 'SESSIE_VERLOPEN'] },
  '403': { omschrijving: 'Deze rol mag dit niet.', codes: ['GEEN_LEESRECHT', 'ONBEKENDE_ROL'] },
  '404': { omschrijving: 'Er is geen overzicht met dit id.', codes: ['ONBEKEND_OVERZICHT'] },
  '406': { omschrijving: 'Het overzicht heeft geen tabelvorm; vraag het als JSON.', codes: ['GEEN_TABEL'] },
  '410': { omschrijving: 'Deze versie is voorbij haar uitfaseerdatum.', codes: ['OVERZICHT_UITGEFASEERD'] },
  '429': { omschrijving: 'Te veel verzoeken; wacht zoveel seconden als Retry-After zegt.', codes: ['TE_VEEL_VERZOEKEN'] },
  '502': { omschrijving: 'Geen gegevens: een ministerie antwoordde niet, of een bladzijde van een verbinding kwam niet (compleet).', codes: ['OVERZICHT_ONVOLLEDIG'] },
  '422': { omschrijving: 'Te groot om door te bladeren: meer rijen of bladzijden dan de gateway voor één antwoord haalt; beperk het met een filter.', codes: ['OVERZICHT_TE_GROOT'] },
  '503': { omschrijving: 'De gegevens veranderden terwijl de gateway de bladzijden ophaalde (een publicatie), ook na opnieuw beginnen; wacht zoveel seconden als Retry-After zegt.', codes: ['GEGEVENS_VERANDERDEN'] },
  '504': { omschrijving: 'De gateway had binnen zijn tijd niet alle bladzijden; beperk het met een filter of vraag grotere bladzijden (first).', codes: ['OVERZICHT_TERMIJN_VERLOPEN'] },
};

const foutverwijzing = (status: string) => ({ $ref: `#/components/responses/Fout${status}` });

function parameters(overzicht: Overzicht, schema: GraphQLSchema): Schema[] {
  // Zonder de variabele voor after: die zet de gateway zelf bij het bladeren (bladeren.ts).
  const eigen = urlvariabelen(overzicht).map((v) => {
    const gegeven = overzicht.standaardwaarden && v.naam in overzicht.standaardwaarden ? overzicht.standaardwaarden[v.naam] : undefined;
    const standaard = gegeven ?? (v.standaard !== undefined ? valueFromASTUntyped(parseValue(v.standaard)) : undefined);
    const lijst = v.type.replace(/!$/, '').startsWith('[');
    // In de querystring is een waarde nooit null: alleen het benoemde type telt (zonder "null").
    const basis = benoemd(v.type.replace(/[![\]]/g, ''), schema);
    return {
      name: v.naam,
      in: 'query',
      required: v.type.endsWith('!') && standaard === undefined,
      ...(lijst ? { style: 'form', explode: false } : {}),
      description: `GraphQL-variabele $${v.naam}: ${v.type}${lijst ? ' (waarden gescheiden door komma’s)' : ''}${v.type.replace(/[![\]]/g, '') === 'Boolean' ? '; ook waar of onwaar' : ''}.`,
      schema: { ...(lijst ? { type: 'array', items: basis } : basis), ...(standaard !== undefined ? { default: standaard } : {}) },
    };
  });
  return [...eigen, { $ref: '#/components/parameters/formaat' }];
}

const uitfaseringskoppen = (u: Uitfasering) => ({
  Deprecation: { description: `Sinds wanneer deze versie uitgefaseerd is (RFC 9745): @${Math.floor(u.sinds.getTime() / 1000)}.`, schema: { type: 'string' } },
  Sunset: { description: `Vanaf wanneer ze niet meer antwoordt (RFC 8594): ${u.per.toUTCString()}.`, schema: { type: 'string' } },
  Link: { description: 'De opvolger (rel="successor-version"), als die er is.', schema: { type: 'string' } },
});

const operatieId = (naam: string, versie?: number) =>
  naam.replace(/-([a-z0-9])/g, (_, l: string) => l.toUpperCase()) + (versie !== undefined ? `V${versie}` : '');

function operatie(overzicht: Overzicht, schema: GraphQLSchema, contract: { velden: Record<string, string> }, opties: { versie?: number; uitfasering?: Uitfasering }): Schema {
  const koppen = opties.uitfasering ? uitfaseringskoppen(opties.uitfasering) : undefined;
  const json = {
    schema: {
      type: 'object',
      required: ['data'],
      properties: {
        data: nullable(dataschema(contract.velden, schema)),
        errors: { type: 'array', items: { $ref: '#/components/schemas/Foutmelding' }, description: 'Bij een gedeeltelijk antwoord: wat ontbreekt (een ministerie antwoordde niet).' },
      },
    },
  };
  // 406 (GEEN_TABEL) alleen voor een overzicht zonder rijen: dat geeft geen CSV; 422, 503 en 504 alleen bij een overzicht dat de gateway doorbladert.
  const bladert = urlvariabelen(overzicht).length < overzicht.variabelen.length;
  const statussen = ['400', '401', '403', '404', ...(overzicht.rijen ? [] : ['406']), '410', ...(bladert ? ['422'] : []), '429', '502', ...(bladert ? ['503', '504'] : [])];
  return {
    operationId: operatieId(overzicht.naam, opties.versie),
    summary: opties.versie !== undefined ? `${overzicht.titel} (versie ${opties.versie})` : overzicht.titel,
    description: `${overzicht.omschrijving}${overzicht.rijen ? `\n\nAls CSV (formaat=csv of Accept: text/csv): één rij per element van ${overzicht.rijen}.` : '\n\nAlleen als JSON (geen tabelvorm).'}${bladert ? '\n\nDe gateway haalt elke bladzijde van de verbinding en geeft ze samen, als JSON en als CSV (de kop x-bladzijden zegt hoeveel): het antwoord is compleet, first is alleen de grootte van een bladzijde.' : ''}`,
    tags: ['overzichten'],
    ...(opties.uitfasering ? { deprecated: true } : {}),
    parameters: parameters(overzicht, schema),
    responses: {
      '200': {
        description: 'Het antwoord, zoals POST /graphql met dit documentId.',
        ...(koppen ? { headers: koppen } : {}),
        content: {
          'application/json': json,
          ...(overzicht.rijen ? { 'text/csv': { schema: { type: 'string', description: 'Kopregel met de veldpaden; een gedeeltelijk antwoord zegt in de kop x-onvolledig wat ontbreekt.' } } } : {}),
        },
      },
      ...Object.fromEntries(statussen.map((s) => [s, foutverwijzing(s)])),
    },
  };
}

const lijstschema = {
  type: 'object',
  required: ['overzichten'],
  properties: {
    overzichten: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'naam', 'titel', 'versie', 'hash', 'variabelen', 'csv', 'url', 'versies'],
        properties: {
          id: { type: 'string' },
          naam: { type: 'string' },
          titel: { type: 'string' },
          omschrijving: { type: 'string' },
          versie: { type: 'integer' },
          hash: { type: 'string' },
          document: { type: 'string' },
          variabelen: { type: 'array', items: { type: 'object', required: ['naam', 'type'], properties: { naam: { type: 'string' }, type: { type: 'string' }, standaard: { type: 'string' } } } },
          rijen: { type: ['string', 'null'] },
          csv: { type: 'boolean' },
          url: { type: 'string' },
          versies: { type: 'array', items: { type: 'object', required: ['id', 'versie', 'hash', 'url'], properties: { id: { type: 'string' }, versie: { type: 'integer' }, hash: { type: 'string' }, url: { type: 'string' } } } },
        },
      },
    },
  },
};

/** Contracten per document (hash), over standen heen: een versie verandert nooit. */
const contracten = new Map<string, { velden: Record<string, string> }>();

function contractVoor(o: Overzicht, schema: GraphQLSchema): { velden: Record<string, string> } | undefined {
  const sleutel = `${o.hash} ${JSON.stringify(o.standaardwaarden ?? {})}`;
  let c = contracten.get(sleutel);
  if (!c) {
    try {
      c = contractVan({ id: o.id, hash: o.hash, document: o.document, ...(o.standaardwaarden ? { standaardwaarden: o.standaardwaarden } : {}) }, schema);
    } catch {
      // Een oude versie die niet meer op het schema past, staat er niet in; ze antwoordt dan ook niet.
      return undefined;
    }
    contracten.set(sleutel, c);
  }
  return c;
}

/** De OpenAPI 3.1-beschrijving van /overzichten/* voor deze lijst. */
export function openapiVan(lijst: Overzichtenlijst, schema: GraphQLSchema): Schema {
  const paden: Record<string, Schema> = {
    '/overzichten': {
      get: {
        operationId: 'overzichten',
        summary: 'Welke overzichten er zijn',
        description: 'Per naam de nieuwste versie, met variabelen, document, hash en al haar versies.',
        tags: ['overzichten'],
        // Zoals deze beschrijving zelf: open, zonder bewijs (er staat niets in dat een overzicht niet al zegt).
        security: [],
        responses: { '200': { description: 'De lijst.', content: { 'application/json': { schema: lijstschema } } } },
      },
    },
  };
  for (const o of lijst.nieuwste.values()) {
    const c = contractVoor(o, schema);
    if (c) paden[`/overzichten/${o.naam}`] = { get: operatie(o, schema, c, { uitfasering: lijst.uitfasering.get(o.id) }) };
  }
  for (const v of lijst.versies) {
    const c = contractVoor(v, schema);
    if (c) paden[`/overzichten/${versieId(v.naam, v.versie)}`] = { get: operatie(v, schema, c, { versie: v.versie, uitfasering: lijst.uitfasering.get(v.id) }) };
  }
  const foutantwoorden = Object.fromEntries(
    Object.entries(FOUTCODES).map(([status, { omschrijving, codes }]) => [
      `Fout${status}`,
      {
        description: `${omschrijving}${codes.length > 0 ? ` Code(s): ${codes.join(', ')}.` : ''}`,
        content: {
          'application/json': {
            schema: codes.length > 0 ? { allOf: [{ $ref: '#/components/schemas/Fout' }], examples: codes.map((code) => ({ errors: [{ message: omschrijving, extensions: { code } }] })) } : { $ref: '#/components/schemas/Fout' },
          },
        },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Een thuis voor iedereen: overzichten',
      version: lijst.stand || 'ingebouwd',
      description:
        'De vastgelegde overzichten als vaste URL’s. Elk antwoord is wat POST /graphql met het documentId geeft; deze beschrijving volgt de levende lijst (GET /overzichten) en komt uit het contract van elk overzicht.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { apiSleutel: [] }],
    tags: [{ name: 'overzichten', description: 'Vastgelegde overzichten' }],
    paths: paden,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Een JWT van de OpenID-provider, of een API-sleutel als Bearer.' },
        apiSleutel: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'Een API-sleutel (partners).' },
      },
      parameters: {
        formaat: {
          name: 'formaat',
          in: 'query',
          required: false,
          description: 'json (standaard) of csv (alleen als het overzicht rijen heeft); ook via Accept: text/csv.',
          schema: { type: 'string', enum: ['json', 'csv'], default: 'json' },
        },
      },
      schemas: {
        Foutmelding: {
          type: 'object',
          required: ['message'],
          properties: {
            message: { type: 'string' },
            extensions: { type: 'object', properties: { code: { type: 'string' } }, additionalProperties: true },
          },
        },
        Fout: { type: 'object', required: ['errors'], properties: { errors: { type: 'array', items: { $ref: '#/components/schemas/Foutmelding' } } } },
      },
      responses: foutantwoorden,
    },
  };
}

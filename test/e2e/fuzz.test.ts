// Eigenschapsgebaseerd fuzzen van elk HTTP-eindpunt van de gateway in productiemodus
// (fast-check): willekeurige unicode, stuurtekens, enorme en diep geneste waarden, dubbele
// parameters, rare Accept-koppen en bewijzen. Wat er ook binnenkomt: het proces blijft
// leven, elk antwoord is een geldig HTTP-antwoord met een stabiele foutcode (nooit een 500
// of een stacktrace), en het volgende gewone verzoek slaagt.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../gateway/toegang/identificatie.js';
import type { Rol } from '../../kern/identiteit.js';
import { rauw, type RauwAntwoord, type RauwVerzoek } from '../hulp/rauwhttp.js';
import { leesOverzichten } from '../../gateway/overzichten/register.js';
import { gebruikStapel, inProductiemodus } from '../hulp/gebruik.js';

const OVERZICHTEN = leesOverzichten();

const SLEUTELS: Record<string, Rol> = {
  'fuzz-partner-0123456789abcdefgh': 'partner',
  'fuzz-analist-0123456789abcdefgh': 'analist',
  'fuzz-redacteur-0123456789abcdef': 'redacteur:SZW',
  'fuzz-beheer-0123456789abcdefghi': 'beheer',
};
const ANALIST = 'fuzz-analist-0123456789abcdefgh';

/** Procentcodering die ook losse surrogaten aankan (encodeURIComponent gooit daarop). */
const codeer = (t: string) => [...Buffer.from(t, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

/** Tekst zoals een aanvaller hem stuurt: elk unicodeteken, ook stuurtekens en losse surrogaten. */
const tekst = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('€', '\u0000', '\r\nx-kop: ja', '%E2%82%AC', '%ZZ', '=HYPERLINK("x")', '../../etc/passwd', '\uD800', 'a'.repeat(70_000)),
);
/** JSON tot vier niveaus met willekeurige tekst, of een diepe toren haken. */
const json = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((w) => JSON.stringify(w)),
  fc.integer({ min: 10, max: 100_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 10, max: 5000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
);
const sleutel = fc.oneof(fc.constantFrom(...Object.keys(SLEUTELS)), tekst);
const bewijs = fc.oneof(
  // Meestal een geldige sleutel: anders komt de fuzzer niet voorbij de identiteit.
  { weight: 6, arbitrary: fc.constantFrom(...Object.keys(SLEUTELS)).map((s): [string, string][] => [['x-api-key', s]]) },
  fc.constant<[string, string][]>([]),
  sleutel.map((s): [string, string][] => [['x-api-key', s]]),
  sleutel.map((s): [string, string][] => [['authorization', `Bearer ${s}`]]),
  fc.tuple(sleutel, sleutel).map(([a, b]): [string, string][] => [['x-api-key', a], ['authorization', `Bearer ${b}`]]),
  tekst.map((t): [string, string][] => [['authorization', t]]),
);
const accept = fc.oneof(fc.constantFrom('application/json', 'text/csv', '*/*', 'text/html', 'application/graphql-response+json', 'text/csv;q=0.1, application/json', ''), tekst);
const contentType = fc.oneof(fc.constantFrom('application/json', 'application/yaml', 'text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded', 'application/json; charset=latin1'), tekst);
const parameters = (namen: string[]) =>
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...namen), tekst), fc.oneof(tekst, json)), { maxLength: 6 }).map((paren) => paren.map(([n, w]) => `${codeer(n)}=${codeer(w)}`).join('&'));
/** Een pad zoals het over de lijn gaat: soms netjes gecodeerd, soms met rauwe tekens. */
const padstuk = fc.oneof(tekst.map(codeer), fc.constantFrom('aandachtsgroep', 'toezeggingen', 'cijfers', 'tegenwerkende-prikkels', 'szw', 'bzk', '1', '999', '..', '%', '%00'));

const verzoek: fc.Arbitrary<RauwVerzoek> = fc
  .record({
    soort: fc.constantFrom('graphql-get', 'graphql-post', 'overzicht', 'editie', 'intern', 'willekeurig'),
    methode: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'),
    stuk: padstuk,
    stuk2: padstuk,
    query: parameters(['query', 'variables', 'operationName', 'extensions', 'documentId', 'formaat', 'bestand', 'sinds', 'overslaan', ...new Set(OVERZICHTEN.flatMap((o) => o.variabelen.map((v) => v.naam)))]),
    // Een vastgelegd overzicht met vijandige waarden voor zijn eigen variabelen (en soms een onbekende).
    overzicht: fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .constantFrom(...OVERZICHTEN)
          .chain((o) =>
            fc
              .array(fc.tuple(fc.constantFrom(...o.variabelen.map((v) => v.naam), 'onbekend'), fc.oneof(tekst, json)), { maxLength: 3 })
              .map((paren) => `${o.id}?${paren.map(([n, w]) => `${codeer(n)}=${codeer(w)}`).join('&')}`),
          ),
      },
      { weight: 1, arbitrary: padstuk.map((p) => `${p}?`) },
    ),
    formaat: fc.constantFrom('', '&formaat=csv', '&formaat=json', '&formaat=csv&formaat=json', '&formaat=%E2%82%AC'),
    body: fc.oneof(json, tekst, fc.record({ query: fc.oneof(tekst, fc.constant('{ aandachtsgroepen { code } }')), variables: fc.jsonValue({ maxDepth: 3 }), operationName: fc.jsonValue({ maxDepth: 1 }) }).map((b) => JSON.stringify(b)), fc.constant('x'.repeat(1_100_000))),
    bewijs,
    accept,
    contentType,
    preflight: fc.boolean(),
    verzoekId: fc.option(tekst, { nil: undefined }),
  })
  .map(({ soort, methode, stuk, stuk2, query, overzicht, formaat, body, bewijs: b, accept: a, contentType: c, preflight, verzoekId }): RauwVerzoek => {
    const pad = {
      'graphql-get': `/graphql?${query}`,
      'graphql-post': `/graphql?${query}`,
      overzicht: `/overzichten/${overzicht}${formaat}`,
      editie: [`/edities/${stuk}`, `/edities/${stuk}/${stuk2}`, `/edities/${stuk}/${stuk2}/intrekken`, `/edities/feed?${query}`][stuk2.length % 4],
      intern: ['/health', '/health/live', '/health/ready', '/metrics', '/statistiek', '/overzichten', '/dashboard/', `/dashboard/${stuk}`][stuk.length % 8],
      willekeurig: `/${stuk}/${stuk2}?${query}`,
    }[soort];
    const echteMethode = soort === 'graphql-get' ? 'GET' : soort === 'graphql-post' ? 'POST' : methode;
    const koppen: [string, string][] = [...b, ['accept', a], ['content-type', c]];
    if (preflight) koppen.push(['apollo-require-preflight', 'true']);
    if (verzoekId !== undefined) koppen.push(['x-request-id', verzoekId]);
    return { methode: echteMethode, pad, koppen, body: echteMethode === 'GET' || echteMethode === 'HEAD' ? undefined : body };
  });

/** Wat elk antwoord moet zijn, wat de client ook stuurde. */
function controleer(v: RauwVerzoek, a: RauwAntwoord | null): void {
  const wat = `${v.methode} ${v.pad.slice(0, 120)}`;
  // De gateway sluit een verbinding nooit zonder antwoord.
  expect(a, wat).not.toBeNull();
  const { status, koppen, body } = a!;
  expect(status, wat).toBeGreaterThanOrEqual(100);
  // Nooit een 500: elke fout hoort bij de client (4xx), of is een druk- of termijnantwoord.
  expect([500, 501].includes(status), `${wat} gaf ${status}: ${body.toString('utf8').slice(0, 300)}`).toBe(false);
  const tekst = body.toString('utf8');
  expect(tekst, wat).not.toMatch(/\n\s+at [\w$.<>]+ \(|node:internal|\/work\//);
  if (status >= 400 && v.methode !== 'HEAD') {
    expect(koppen.get('content-type'), wat).toMatch(/^application\/(graphql-response\+)?json/);
    const inhoud = JSON.parse(tekst) as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
    expect(inhoud.errors?.length, wat).toBeGreaterThan(0);
    expect(typeof inhoud.errors?.[0].message, wat).toBe('string');
    expect(inhoud.errors?.[0].extensions?.code, `${wat}: ${tekst.slice(0, 200)}`).toMatch(/^[A-Z][A-Z_]+$/);
  } else if (status < 300 && /^application\/(graphql-response\+)?json/.test(koppen.get('content-type') ?? '') && v.methode !== 'HEAD') {
    expect(() => JSON.parse(tekst), wat).not.toThrow();
  }
}

describe('fuzzen van elk eindpunt in productiemodus', () => {
  inProductiemodus();
  const stapel = gebruikStapel('sqlite', {
    // Zonder budget: de fuzzer vraagt duizenden keren; het budget heeft eigen tests (toelating.test.ts).
    kostenbudget: false,
    toegang: { modus: 'productie', anoniem: null, apiSleutels: new Map(Object.entries(SLEUTELS).map(([s, rol]) => [sha256(s), { naam: `fuzz-${rol}`, rollen: [rol] }])) },
  });
  let poort: number;
  beforeAll(() => {
    poort = Number(new URL(stapel.url).port);
  });

  const gewoon = async () => {
    const a = await rauw(poort, { methode: 'POST', pad: '/graphql', koppen: [['content-type', 'application/json'], ['x-api-key', ANALIST]], body: JSON.stringify({ query: '{ aandachtsgroepen { code } }' }) });
    return a?.status;
  };

  it('geeft op elk willekeurig verzoek een geldig antwoord met een stabiele code, en blijft daarna gewoon antwoorden', async () => {
    await fc.assert(
      fc.asyncProperty(verzoek, async (v) => {
        controleer(v, await rauw(poort, v));
        expect(await gewoon()).toBe(200);
      }),
      { numRuns: Number(process.env.FUZZ_RONDES ?? 250), seed: process.env.FUZZ_ZAAD ? Number(process.env.FUZZ_ZAAD) : undefined },
    );
  });
});

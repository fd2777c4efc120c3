// Stap van het verzoekpad: wat een identiteit mag vragen, vóór de antwoordcache. Een
// analist (en wie meer mag) stuurt vrije queries; een partner alleen een vastgelegd
// overzicht, op id, met variabelen. Iedereen mag een overzicht op id vragen: dan gaat
// alleen het id over de lijn, en maakt deze stap er het document van (met de
// standaardwaarden van het overzicht voor wat de vraag niet meegeeft). Een uitgefaseerde
// versie antwoordt met Deprecation en Sunset (RFC 9745, RFC 8594) en een Link naar haar
// opvolger; na de uitfaseerdatum met 410 Gone.
import { parse, print } from 'graphql';
import { leestAlsAnalist, type Identiteit } from '../../kern/identiteit.js';
import { LIMIETEN } from '../limieten/grenzen.js';
import type { HttpVerzoek } from '../../kern/http.js';
import { HeaderMap } from '@apollo/server';
import { sha256 } from '../../kern/hash.js';
import { hexVanId, type Manifestoperatie } from '../../kern/partners.js';
import { Weigering } from '../fouten/weigering.js';
import { documenthashVan, type Overzicht } from '../overzichten/register.js';
import type { Gevonden, Overzichtenstand, Uitfasering } from '../overzichten/stand.js';
import type { Stap } from '../stap.js';
import type { HttpAntwoord } from '../../kern/antwoord.js';
import { etagkoppen, etagVan, komtOvereen, nietGewijzigd, vastJson, zetKoppen } from '../cache/etag.js';

interface Verzoekbody {
  documentId?: unknown;
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

function leesBody(tekst: string): Verzoekbody | undefined {
  try {
    const body: unknown = JSON.parse(tekst);
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Verzoekbody) : undefined;
  } catch {
    return undefined;
  }
}

/** Waar de toelating een overzicht zoekt; de gateway geeft zijn levende lijst (overzichten/stand.ts). */
export type Overzichtenzoeker = Pick<Overzichtenstand, 'zoek' | 'zoekOokNieuw' | 'lijst'>;

/**
 * Een overzicht dat nog niet vastligt, voor het proefdraaien bij een publicatie: de gateway
 * voert het uit als partner, langs dezelfde weg, zonder dat het ergens te vinden is. De sleutel
 * is het verzoekobject zelf; niemand van buiten kan er dus een aanwijzen.
 */
export type Proeven = WeakMap<HttpVerzoek, Overzicht>;

const namenIn = (zoeker: Overzichtenzoeker) => [...zoeker.lijst().nieuwste.keys()].join(', ');

/** Wat een partner mag sturen, in één zin: de overzichten, en het manifest van zijn app als die er een heeft. */
function toegestaan(identiteit: Identiteit, zoeker: Overzichtenzoeker): string {
  const app = identiteit.app;
  const manifest = app ? zoeker.lijst().partners.get(app) : undefined;
  const eigen = manifest
    ? ` en de ${manifest.operaties.length} operatie(s) uit het manifest van uw app ${app} (op hun sha256, als persistedQuery of documentId)`
    : app
      ? ` (uw app ${app} heeft geen geregistreerd manifest; beheer registreert het met PUT /partners/${app}/manifest)`
      : '';
  return `Beschikbaar: de vastgelegde overzichten ${namenIn(zoeker)}${eigen}.`;
}


/**
 * De operatie uit het manifest van de app van deze partner: op id (documentId of de hash van
 * persistedQuery), of op de hash van de querytekst zoals gestuurd (en geprint, zoals de
 * gereedschappen hashen). Een analist zoekt hier niet: die mag elke query al.
 */
function uitEigenManifest(identiteit: Identiteit, zoeker: Overzichtenzoeker, id: unknown, query: unknown): Manifestoperatie | undefined {
  const manifest = identiteit.app ? zoeker.lijst().partners.get(identiteit.app) : undefined;
  if (!manifest) return undefined;
  if (typeof id === 'string') return manifest.perId.get(hexVanId(id));
  if (typeof query !== 'string') return undefined;
  const letterlijk = manifest.perId.get(sha256(query));
  if (letterlijk) return letterlijk;
  try {
    return manifest.perId.get(sha256(print(parse(query, { maxTokens: LIMIETEN.tokens }))));
  } catch {
    return undefined;
  }
}

/** Of een id of query in het manifest van een andere app staat: dan zegt de weigering wat deze partner wel mag, in plaats van "onbekend". */
function inAnderManifest(identiteit: Identiteit, zoeker: Overzichtenzoeker, id: unknown, query: unknown): boolean {
  const hashes = typeof id === 'string' ? [hexVanId(id)] : typeof query === 'string' ? [sha256(query)] : [];
  return [...zoeker.lijst().partners.values()].some((m) => m.app !== identiteit.app && hashes.some((h) => m.perId.has(h)));
}

const buitenManifest = (identiteit: Identiteit, zoeker: Overzichtenzoeker) =>
  new Weigering(
    403,
    'BUITEN_MANIFEST',
    `Deze operatie staat niet in het manifest van ${identiteit.app ? `uw app ${identiteit.app}` : 'een app waaraan uw sleutel of token gebonden is'}; een partner stuurt alleen de operaties van zijn eigen app. ${toegestaan(identiteit, zoeker)}`,
  );

/** De koppen van een uitgefaseerde versie. */
export function uitfaseringskoppen(u: Uitfasering, overzicht: Overzicht): [string, string][] {
  return [
    ['deprecation', `@${Math.floor(u.sinds.getTime() / 1000)}`],
    ['sunset', u.per.toUTCString()],
    ...(u.opvolger ? ([['link', `</overzichten/${overzicht.naam}>; rel="successor-version"`]] as [string, string][]) : []),
  ];
}

/** De weigering na de uitfaseerdatum: 410, met de opvolger of de reden van de intrekking. */
export function uitgefaseerd(u: Uitfasering, overzicht: Overzicht): Weigering {
  const datum = u.per.toISOString().slice(0, 10);
  return new Weigering(
    410,
    'OVERZICHT_UITGEFASEERD',
    u.opvolger
      ? `${overzicht.id} is sinds ${datum} uitgefaseerd (${u.reden}); gebruik ${u.opvolger} (/overzichten/${overzicht.naam}).`
      : `${overzicht.naam} is sinds ${datum} ${u.reden}; er is geen opvolger.`,
    { opvolger: u.opvolger ?? null, uitfaseerdatum: datum },
  );
}

/** De hash van Apollo's persisted queries (versie 1) in de extensions, of undefined. */
function persistedHash(extensions: unknown): string | undefined {
  if (!extensions || typeof extensions !== 'object') return undefined;
  const pq = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (!pq || typeof pq !== 'object') return undefined;
  const { version, sha256Hash } = pq as { version?: unknown; sha256Hash?: unknown };
  return version === 1 && typeof sha256Hash === 'string' ? sha256Hash : undefined;
}

/** De extensions zonder persistedQuery: de gateway gaf het document al, Apollo Server hoeft de hash niet te controleren. */
function zonderPersistedQuery(extensions: unknown): unknown {
  if (!extensions || typeof extensions !== 'object' || Array.isArray(extensions)) return extensions;
  const { persistedQuery: _, ...rest } = extensions as Record<string, unknown>;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** Een GET /graphql als body: documentId, query, operationName, en variables en extensions als JSON (GraphQL over HTTP). */
function leesGet(search: string): Verzoekbody {
  const zoek = new URLSearchParams(search);
  const json = (naam: string): unknown => {
    const tekst = zoek.get(naam);
    if (tekst === null) return undefined;
    try {
      return JSON.parse(tekst);
    } catch {
      throw new Weigering(400, 'BAD_REQUEST', `De parameter ${naam} is geen geldige JSON.`);
    }
  };
  return {
    documentId: zoek.get('documentId') ?? undefined,
    query: zoek.get('query') ?? undefined,
    operationName: zoek.get('operationName') ?? undefined,
    variables: json('variables'),
    extensions: json('extensions'),
  };
}

/** Of een verzoek een overzicht op id of hash kan vragen; zo niet, dan hoeft een analist het niet vooraf te laten lezen. */
const vraagtOpId = (verzoek: HttpVerzoek) =>
  verzoek.method === 'GET' ? /(^|[?&])(documentId|extensions)=/.test(verzoek.search) : verzoek.tekst.includes('"documentId"') || verzoek.tekst.includes('"persistedQuery"');

/**
 * Wat Apollo's persisted-queries-link verwacht bij een hash die de gateway niet kent (dan stuurt hij de query mee):
 * dezelfde vorm en status (200) als Apollo Server zelf. Een partner gaat niet naar Apollo Server's eigen APQ-opslag:
 * daarin kan een analist elke query gezet hebben.
 */
export const persistedQueryOnbekend = () =>
  new Weigering(200, 'PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound', {
    toelichting: 'Geen overzicht met deze hash; de ids staan in GET /overzichten/manifest.json.',
  });

/**
 * Het verzoek zoals Apollo Server het moet uitvoeren: een overzicht op id wordt zijn
 * document. Een id komt als documentId (GraphQL over HTTP; in de body of bij GET in de
 * querystring) of als Apollo's extensions.persistedQuery.sha256Hash (versie 1). Een
 * GET wordt een POST met JSON, zodat cache en Apollo Server één vorm zien; de voorcontrole
 * (CSRF) zag de GET al zoals hij kwam. Gooit een Weigering als deze identiteit dit niet mag vragen.
 */
export async function toegelatenVerzoek(
  verzoek: HttpVerzoek,
  identiteit: Identiteit,
  zoeker: Overzichtenzoeker,
  proef?: Overzicht,
): Promise<{ http: HttpVerzoek; gevonden?: Gevonden }> {
  const analist = leestAlsAnalist(identiteit);
  // Snel pad: een analist met een gewone query hoeft niet vooraf gelezen te worden.
  if (analist && !proef && !vraagtOpId(verzoek)) return { http: verzoek };
  const body = verzoek.method === 'GET' ? leesGet(verzoek.search) : verzoek.method === 'POST' ? leesBody(verzoek.tekst) : undefined;
  const hash = body ? persistedHash(body.extensions) : undefined;
  if (!proef && (!body || (body.documentId === undefined && hash === undefined))) {
    if (analist) return { http: verzoek };
    const eigen = body ? uitEigenManifest(identiteit, zoeker, undefined, body.query) : undefined;
    if (eigen) return { http: alsPost(verzoek, eigen.body, eigen.name, body!) };
    if (body && inAnderManifest(identiteit, zoeker, undefined, body.query)) throw buitenManifest(identiteit, zoeker);
    throw new Weigering(
      403,
      'ALLEEN_VASTGELEGDE_OPERATIES',
      `Als partner mag u alleen vastgelegde operaties uitvoeren: POST {"documentId": "<id>", "variables": {…}}, GET /graphql?documentId=<id>, of Apollo's persisted queries (GET /overzichten/manifest.json). ${toegestaan(identiteit, zoeker)}`,
    );
  }
  const vraag = body ?? {};
  if (vraag.documentId !== undefined && vraag.query !== undefined) {
    throw new Weigering(400, 'QUERY_EN_DOCUMENTID', 'Stuur óf een query óf een documentId, niet allebei.');
  }
  const id = vraag.documentId ?? hash;
  // Eerst het eigen manifest, vóór het register: anders kostte elke operatie uit een manifest een vraag aan het register (zoekOokNieuw).
  const eigenEerst = !proef && !analist && typeof id === 'string' && !zoeker.zoek(id) ? uitEigenManifest(identiteit, zoeker, id, vraag.query) : undefined;
  if (eigenEerst) return { http: alsPost(verzoek, eigenEerst.body, eigenEerst.name, vraag) };
  const gevonden = proef ? { overzicht: proef } : typeof id === 'string' ? await zoeker.zoekOokNieuw(id) : undefined;
  if (!gevonden) {
    if (!analist) {
      // Nog eens na het register: een manifest dat net via een andere replica geregistreerd is.
      const eigen = uitEigenManifest(identiteit, zoeker, id, vraag.query);
      if (eigen) return { http: alsPost(verzoek, eigen.body, eigen.name, vraag) };
      if (inAnderManifest(identiteit, zoeker, id, vraag.query)) throw buitenManifest(identiteit, zoeker);
    }
    if (vraag.documentId === undefined) {
      // Apollo's vorm: een analist met een eigen query (of alleen een hash) laat Apollo Server het afhandelen.
      if (analist) return { http: verzoek };
      if (vraag.query === undefined) throw persistedQueryOnbekend();
      throw new Weigering(
        403,
        'ALLEEN_VASTGELEGDE_OPERATIES',
        `Als partner mag u alleen vastgelegde operaties uitvoeren; deze query is er geen (de ids staan in GET /overzichten/manifest.json). ${toegestaan(identiteit, zoeker)}`,
      );
    }
    throw new Weigering(
      400,
      'ONBEKEND_OVERZICHT',
      `Er is geen overzicht met id ${JSON.stringify(vraag.documentId)}. Beschikbaar: ${namenIn(zoeker)} (of naam@versie, of de sha256-hash; GET /overzichten, GET /overzichten/manifest.json).`,
    );
  }
  const { overzicht } = gevonden;
  const eigen = vraag.variables && typeof vraag.variables === 'object' && !Array.isArray(vraag.variables) ? (vraag.variables as Record<string, unknown>) : undefined;
  // Standaardwaarden van het overzicht voor wat de vraag niet meegeeft; iets anders dan een object meldt Apollo Server zelf.
  const variables = overzicht.standaardwaarden && (vraag.variables === undefined || vraag.variables === null || eigen) ? { ...overzicht.standaardwaarden, ...eigen } : vraag.variables;
  return { http: alsPost(verzoek, overzicht.document, overzicht.operatienaam, { ...vraag, variables }), gevonden };
}

/**
 * Het verzoek met dit document in plaats van het id. Een GET wordt een POST met JSON, zodat
 * cache en Apollo Server één vorm zien; de voorcontrole (CSRF) zag de GET al zoals hij kwam.
 */
function alsPost(verzoek: HttpVerzoek, document: string, operatienaam: string, vraag: Verzoekbody): HttpVerzoek {
  const tekst = JSON.stringify({ query: document, operationName: operatienaam, variables: vraag.variables, extensions: zonderPersistedQuery(vraag.extensions) });
  if (verzoek.method !== 'GET') return { ...verzoek, tekst };
  const headers = new HeaderMap([...verzoek.headers]);
  headers.set('content-type', 'application/json');
  return { ...verzoek, method: 'POST', search: '', headers, tekst };
}

/** Welke verzoekkoppen een overzicht-antwoord veranderen: het formaat, en wie vraagt (de rechten). */
export const OVERZICHT_VARY = 'Accept, Authorization, Cookie';

/** Of een antwoord met status 200 geen fouten heeft: Apollo Server zet errors vooraan. */
export const zonderFouten = (antwoord: HttpAntwoord) =>
  antwoord.status === 200 && !(typeof antwoord.body === 'string' ? antwoord.body.startsWith('{"errors"') : Buffer.from(antwoord.body.subarray(0, 9)).toString('latin1') === '{"errors"');

/**
 * De stap: het verzoek zoals Apollo Server het moet uitvoeren, of een Weigering; een uitgefaseerde versie krijgt haar koppen.
 * Met `generatie` (die van de antwoordcache) krijgt een GET /graphql van een overzicht een ETag, en
 * If-None-Match met die ETag een 304 zonder uitvoering (cache/etag.ts).
 */
export function toelating(
  zoeker: Overzichtenzoeker,
  { klok = () => new Date(), proeven, generatie }: { klok?: () => Date; proeven?: Proeven; generatie?: () => string | null } = {},
): Stap {
  return {
    async voor(verzoek, verder) {
      const { http, gevonden } = await toegelatenVerzoek(verzoek.http, verzoek.wie, zoeker, proeven?.get(verzoek.http));
      const uitfasering = gevonden?.uitfasering;
      if (uitfasering && klok().getTime() >= uitfasering.per.getTime()) throw uitgefaseerd(uitfasering, gevonden.overzicht);
      const nu = verzoek.http.method === 'GET' && gevonden ? generatie?.() : null;
      const etag = nu
        ? etagVan('graphql', nu, documenthashVan(gevonden!.overzicht.document), gevonden!.overzicht.id, vastJson(JSON.parse(http.tekst)), verzoek.http.headers.get('accept') ?? '')
        : undefined;
      const koppen: [string, string][] = [...(etag ? etagkoppen(etag, OVERZICHT_VARY) : []), ...(uitfasering ? uitfaseringskoppen(uitfasering, gevonden!.overzicht) : [])];
      if (etag && komtOvereen(verzoek.http.headers.get('if-none-match'), etag)) return nietGewijzigd(koppen);
      const antwoord = await verder({ ...verzoek, http });
      if (koppen.length === 0) return antwoord;
      // Een gedeeltelijk antwoord krijgt geen ETag: dat mag een client niet bewaren als geldig.
      const geldig = etag && zonderFouten(antwoord) ? koppen : koppen.filter(([n]) => n !== 'etag' && n !== 'cache-control');
      return { ...antwoord, headers: zetKoppen(antwoord.headers, geldig) };
    },
  };
}

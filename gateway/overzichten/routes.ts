// De vastgelegde overzichten als vaste URL's, voor wie geen GraphQL schrijft:
//
//   GET /overzichten                        welke er zijn, met hun versies, variabelen, document en hash
//   GET /overzichten/<id>?<variabele>=…     het antwoord als JSON (<id>: naam, naam@versie of sha256:<hash>)
//   GET /overzichten/<id>?formaat=csv       als tabel (of met Accept: text/csv)
//   GET /overzichten/manifest.json          elke versie die nog antwoordt als Apollo's persisted query manifest
//   GET /overzichten/openapi.json           dit alles als OpenAPI 3.1 (openapi.ts), uit de levende lijst
//
// Elk van deze GET's heeft een ETag (cache/etag.ts): If-None-Match geeft 304 zonder uitvoering.
//
// Het gaat door dezelfde weg als POST /graphql met een documentId: zelfde identiteit,
// zelfde rechten (een partner mag dit), zelfde antwoordcache, en een uitgefaseerde versie
// krijgt dezelfde koppen (toegang/toelating.ts). Publiceren en intrekken: publiceren.ts.
import { tekstVan, type HttpAntwoord, type HttpVerzoek, type Route } from '../../kern/http.js';
import { HeaderMap } from '@apollo/server';
import { foutAntwoord, jsonAntwoord } from '../../kern/antwoord.js';
import { versieId } from '../../kern/overzichten.js';
import { documenthashVan, geprint, type Overzicht } from './register.js';
import type { Overzichtenlijst, Overzichtenstand } from './stand.js';
import { alsCsv, rijenVan } from './tabel.js';
import { alsAsciiJson } from '../../kern/kopwaarde.js';
import { weigering } from '../fouten/weigering.js';
import { OVERZICHT_VARY, uitgefaseerd, uitfaseringskoppen } from '../toegang/toelating.js';
import { etagkoppen, etagVan, komtOvereen, metEtagErin, metEtagOverBody, nietGewijzigd, vastJson, voorwaardelijk, type AntwoordMetEtag } from '../cache/etag.js';
import type { GraphQLSchema } from 'graphql';
import { openapiVan } from './openapi.js';
import { bladervariabelen, doorbladeren, urlvariabelen, verbindingenVan, BLADERGRENZEN, type Bladergrenzen, type Verbindingsplek } from './bladeren.js';

class Parameterfout extends Error {}

interface Fout {
  message?: string;
  extensions?: { code?: unknown; departement?: unknown; departementen?: unknown };
}

/** Wat de kop x-onvolledig zegt: hoeveel fouten, met welke codes, en welke departementen ontbreken. */
function onvolledigKop(fouten: Fout[]): string {
  const uniek = (waarden: unknown[]) => [...new Set(waarden.filter((w): w is string => typeof w === 'string'))].sort();
  return alsAsciiJson({
    fouten: fouten.length,
    codes: uniek(fouten.map((f) => f.extensions?.code)),
    departementen: uniek(fouten.flatMap((f) => [f.extensions?.departement, ...(Array.isArray(f.extensions?.departementen) ? f.extensions.departementen : [])])),
  });
}

/** Zet een waarde uit de querystring om naar het type van de variabele. */
function waardeVoor(tekst: string, type: string, naam: string): unknown {
  const basis = type.replace(/[![\]]/g, '');
  if (type.startsWith('[')) return tekst.split(',').map((t) => waardeVoor(t.trim(), basis, naam));
  if (basis === 'Int') {
    if (!/^-?\d+$/.test(tekst)) throw new Parameterfout(`${naam} moet een geheel getal zijn, niet "${tekst}".`);
    return Number(tekst);
  }
  if (basis === 'Float') {
    if (!Number.isFinite(Number(tekst)) || tekst.trim() === '') throw new Parameterfout(`${naam} moet een getal zijn, niet "${tekst}".`);
    return Number(tekst);
  }
  if (basis === 'Boolean') {
    if (!['true', 'false', 'waar', 'onwaar'].includes(tekst)) throw new Parameterfout(`${naam} is waar of onwaar, niet "${tekst}".`);
    return tekst === 'true' || tekst === 'waar';
  }
  return tekst;
}

function variabelenUit(overzicht: Overzicht, zoek: URLSearchParams, id: string): Record<string, unknown> {
  const bekend = new Map(overzicht.variabelen.map((v) => [v.naam, v]));
  const geldig = () => ['formaat', ...bekend.keys()].join(', ');
  const variabelen: Record<string, unknown> = {};
  for (const [naam, tekst] of zoek) {
    if (naam === 'formaat') continue;
    const v = bekend.get(naam);
    if (!v) throw new Parameterfout(`Onbekende parameter ${naam}; ${id} neemt: ${geldig()}.`);
    variabelen[naam] = waardeVoor(tekst, v.type, naam);
  }
  for (const v of overzicht.variabelen) {
    if (v.type.endsWith('!') && v.standaard === undefined && !(v.naam in variabelen)) {
      throw new Parameterfout(`${id} heeft ${v.naam} nodig (${v.type}): /overzichten/${id}?${v.naam}=…`);
    }
  }
  return variabelen;
}


/** Een id uit de URL; kapotte %-codering blijft zoals ze is en geeft dan gewoon 404 met de lijst. */
function ontcijfer(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/**
 * Verbindingen die de gateway niet kon doorbladeren (een overzicht van vóór het bladeren, zonder
 * variabele voor after) en die meer hebben dan dit antwoord geeft: hun paden.
 */
function nietDoorgebladerd(data: unknown, plekken: readonly Verbindingsplek[]): string[] {
  return plekken
    .filter((p) => p.na === undefined)
    .filter((p) => {
      let v: unknown = data;
      for (const stap of p.pad) v = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>)[stap] : undefined;
      if (typeof v !== 'object' || v === null) return false;
      const { totaal, edges, pageInfo } = v as { totaal?: unknown; edges?: unknown; pageInfo?: { hasNextPage?: unknown } | null };
      return pageInfo?.hasNextPage === true || (typeof totaal === 'number' && Array.isArray(edges) && edges.length < totaal);
    })
    .map((p) => p.pad.join('.'));
}

/** Hoeveel bladzijden de gateway samenvoegde, en hoe vaak hij opnieuw begon omdat de gegevens veranderden. */
const bladerkoppen = ({ bladzijden, herstarts }: { bladzijden: number; herstarts: number }): [string, string][] => [
  ['x-bladzijden', String(bladzijden)],
  ...(herstarts > 0 ? [['x-opnieuw-begonnen', String(herstarts)] as [string, string]] : []),
];

/** Koppen van het antwoord die bij een uitgefaseerde versie horen, ook in de CSV. */
const UITFASERINGSKOPPEN = new Set(['deprecation', 'sunset', 'link']);

/** GET /overzichten: per naam de nieuwste versie (met de velden van vroeger: id, omschrijving, variabelen, url, csv) en al haar versies. */
export function lijstVan(lijst: Overzichtenlijst) {
  return [...lijst.nieuwste.values()].map((o) => {
    const intrekking = lijst.intrekkingen.get(o.naam);
    return {
      // De naam: die wijst altijd de nieuwste versie aan, zoals het id van vroeger.
      id: o.naam,
      naam: o.naam,
      titel: o.titel,
      omschrijving: o.omschrijving,
      versie: o.versie,
      hash: o.hash,
      document: o.document,
      // Zonder de variabele voor after van een verbinding: die zet de gateway op de URL zelf (bladeren.ts).
      variabelen: urlvariabelen(o),
      rijen: o.rijen ?? null,
      csv: o.rijen !== undefined,
      weergave: o.weergave ?? null,
      url: `/overzichten/${o.naam}`,
      ...(intrekking ? { ingetrokken: { reden: intrekking.reden, per: intrekking.per } } : {}),
      versies: lijst.versies
        .filter((v) => v.naam === o.naam)
        .map((v) => {
          const u = lijst.uitfasering.get(v.id);
          return {
            id: versieId(v.naam, v.versie),
            versie: v.versie,
            hash: v.hash,
            gepubliceerd: v.gepubliceerd ?? null,
            url: `/overzichten/${versieId(v.naam, v.versie)}`,
            ...(v.breekt ? { breekt: v.breekt } : {}),
            ...(u ? { uitgefaseerd: { reden: u.reden, sinds: u.sinds.toISOString(), uitfaseerdatum: u.per.toISOString().slice(0, 10), opvolger: u.opvolger ?? null } } : {}),
          };
        }),
    };
  });
}

/**
 * GET /overzichten/manifest.json: elke versie die nog antwoordt, in het formaat van Apollo's
 * persisted query manifest (versie 1), met als id de sha256 van het geprinte document (register.ts,
 * documenthashVan). Per naam oplopend, zodat bij gelijke operatienamen de nieuwste versie laatst
 * staat: generatePersistedQueryIdsFromManifest van Apollo Client neemt per naam de laatste.
 */
export function manifestVan(lijst: Overzichtenlijst, nu: Date) {
  const gezien = new Set<string>();
  const operations: { id: string; name: string; type: 'query'; body: string }[] = [];
  for (const o of lijst.versies) {
    const u = lijst.uitfasering.get(o.id);
    if (u && u.per.getTime() <= nu.getTime()) continue;
    const id = documenthashVan(o.document);
    if (gezien.has(id)) continue;
    gezien.add(id);
    operations.push({ id, name: o.operatienaam, type: 'query', body: geprint(o.document) });
  }
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

/** Publiceren, intrekken en het verslag (publiceren.ts); zonder: alleen lezen. */
export interface Overzichtbeheer {
  publiceer(verzoek: HttpVerzoek): Promise<HttpAntwoord>;
  trekIn(verzoek: HttpVerzoek, naam: string): Promise<HttpAntwoord>;
  verslag(verzoek: HttpVerzoek, naam: string): Promise<HttpAntwoord>;
}

export function overzichtroutes(
  stand: Pick<Overzichtenstand, 'lijst' | 'zoekOokNieuw'>,
  verwerk: (verzoek: HttpVerzoek) => Promise<HttpAntwoord>,
  {
    klok = () => new Date(),
    beheer,
    generatie,
    toegang,
    schema,
    bladergrenzen = BLADERGRENZEN,
  }: {
    klok?: () => Date;
    beheer?: Overzichtbeheer;
    /** De generatie van de gegevens (die van de antwoordcache); zonder, of als die null is: geen ETag. */
    generatie?: () => string | null;
    /** Of dit verzoek mag lezen (identificatie), vóór een 304: een weigering, of undefined. */
    toegang?: (verzoek: HttpVerzoek) => Promise<HttpAntwoord | undefined>;
    /** Het publieke schema (enumwaarden, contracten) voor /overzichten/openapi.json; zonder is die er niet. */
    schema?: () => GraphQLSchema;
    /** Hoeveel bladzijden en rijen de gateway voor één antwoord hooguit haalt (bladeren.ts). */
    bladergrenzen?: Bladergrenzen;
  } = {},
): Route[] {
  // De OpenAPI-beschrijving ook één keer per stand, met haar ETag; zonder schema (enums, contract) is er geen.
  let beschreven: { lijst: Overzichtenlijst; body: AntwoordMetEtag } | undefined;
  const openapiAntwoord = () => {
    const lijst = stand.lijst();
    if (beschreven?.lijst !== lijst) beschreven = { lijst, body: metEtagErin(jsonAntwoord(200, openapiVan(lijst, schema!()))) };
    return beschreven.body;
  };
  // De lijst als JSON één keer per stand van het register, met haar ETag.
  let getoond: { lijst: Overzichtenlijst; body: AntwoordMetEtag } | undefined;
  const lijstAntwoord = () => {
    const lijst = stand.lijst();
    if (getoond?.lijst !== lijst) getoond = { lijst, body: metEtagErin(jsonAntwoord(200, { overzichten: lijstVan(lijst) })) };
    return getoond.body;
  };
  const toon = async (verzoek: HttpVerzoek, id: string): Promise<HttpAntwoord> => {
    const gevonden = await stand.zoekOokNieuw(id);
    if (!gevonden) {
      const namen = [...stand.lijst().nieuwste.keys()].join(', ');
      return foutAntwoord(404, 'ONBEKEND_OVERZICHT', `Er is geen overzicht ${id}; beschikbaar: ${namen} (GET /overzichten; ook naam@versie).`);
    }
    const { overzicht, uitfasering } = gevonden;
    if (uitfasering && klok().getTime() >= uitfasering.per.getTime()) return weigering(uitgefaseerd(uitfasering, overzicht));
    const zoek = new URLSearchParams(verzoek.search);
    const formaat = zoek.get('formaat') ?? ((verzoek.headers.get('accept') ?? '').includes('text/csv') ? 'csv' : 'json');
    if (formaat !== 'json' && formaat !== 'csv') return foutAntwoord(400, 'ONBEKEND_FORMAAT', `formaat is json of csv, niet ${JSON.stringify(formaat)}.`);
    if (formaat === 'csv' && !overzicht.rijen) return foutAntwoord(406, 'GEEN_TABEL', `${id} heeft geen tabelvorm; vraag het als JSON.`);
    let variabelen: Record<string, unknown>;
    try {
      variabelen = variabelenUit(overzicht, zoek, id);
    } catch (e) {
      if (e instanceof Parameterfout) return foutAntwoord(400, 'ONGELDIGE_PARAMETER', e.message);
      throw e;
    }
    // De variabele voor after van een verbinding zet de gateway zelf, bij het bladeren.
    const plekken = verbindingenVan(overzicht);
    const gezet = [...bladervariabelen(plekken)].filter((na) => na in variabelen);
    if (gezet.length > 0) {
      return foutAntwoord(
        400,
        'ONGELDIGE_PARAMETER',
        `${gezet.join(', ')} zet de gateway zelf: ${id} geeft op deze URL altijd alle rijen, bladzijde na bladzijde samengevoegd. Wie zelf wil bladeren, vraagt het overzicht via POST /graphql met het documentId en ${gezet[0]}.`,
      );
    }
    // De ETag: generatie van de gegevens, document, versie, variabelen en formaat.
    const nu = generatie?.();
    const etagBij = (g: string | null | undefined) => (g ? etagVan('overzicht', g, documenthashVan(overzicht.document), overzicht.id, vastJson(variabelen), formaat) : undefined);
    const etag = etagBij(nu);
    let koppen = etag ? etagkoppen(etag, OVERZICHT_VARY) : [];
    if (etag && komtOvereen(verzoek.headers.get('if-none-match'), etag)) {
      // Eerst wie vraagt (zonder recht geen 304), maar geen uitvoering.
      const weigering = await toegang?.(verzoek);
      if (weigering) return weigering;
      return nietGewijzigd([...koppen, ...(uitfasering ? uitfaseringskoppen(uitfasering, overzicht) : [])]);
    }
    const metEtag = (a: HttpAntwoord): HttpAntwoord => (koppen.length > 0 ? { ...a, headers: [...a.headers.filter(([n]) => !['etag', 'cache-control', 'vary'].includes(n.toLowerCase())), ...koppen] } : a);
    const headers = new HeaderMap([...verzoek.headers]);
    headers.set('content-type', 'application/json');
    headers.set('accept', 'application/json');
    // Elke bladzijde langs dezelfde weg (identiteit, cache, kosten, budget); zonder verbinding is er één.
    const uitkomst = await doorbladeren(
      plekken,
      variabelen,
      (variables) =>
        verwerk({
          ...verzoek,
          method: 'POST',
          pad: '/graphql',
          search: '',
          headers,
          // Precies deze versie: ook als er intussen een nieuwere is, hoort het antwoord bij de variabelen hierboven.
          tekst: JSON.stringify({ documentId: overzicht.id, variables }),
        }),
      { generatie, grenzen: bladergrenzen },
    );
    if (uitkomst.soort === 'fout') return uitkomst.antwoord;
    let antwoord = uitkomst.antwoord;
    if (uitkomst.soort === 'alles') {
      // Samengevoegd: de koppen van de laatste bladzijde (budget, uitfasering), met het aantal bladzijden.
      antwoord = {
        ...antwoord,
        headers: [
          ...antwoord.headers.filter(([n]) => !['content-length', 'x-bladzijden', 'x-opnieuw-begonnen'].includes(n.toLowerCase())),
          ...bladerkoppen(uitkomst),
        ],
        body: JSON.stringify(uitkomst.inhoud),
      };
      // Opnieuw begonnen omdat de generatie veranderde: de ETag hoort bij die van het antwoord.
      const na = generatie?.();
      if (na !== nu) {
        const nieuw = etagBij(na);
        koppen = nieuw ? etagkoppen(nieuw, OVERZICHT_VARY) : [];
      }
    }
    if (antwoord.status !== 200) return antwoord;
    // Apollo Server zet errors vooraan; een antwoord zonder fouten (ook elk uit de cache) hoeft als JSON niet gelezen te worden.
    const begin = typeof antwoord.body === 'string' ? antwoord.body.slice(0, 9) : Buffer.from(antwoord.body.buffer, antwoord.body.byteOffset, Math.min(9, antwoord.body.byteLength)).toString('latin1');
    // Een overzicht met een verbinding zonder variabele voor after (van vóór het bladeren) kan te kort zijn: dat zegt een kop.
    const kort = plekken.some((p) => p.na === undefined) && begin !== '{"errors"' ? nietDoorgebladerd((JSON.parse(tekstVan(antwoord.body)) as { data?: unknown }).data, plekken) : [];
    if (kort.length > 0) {
      const kop: [string, string] = ['x-onvolledig', alsAsciiJson({ fouten: 0, codes: ['NIET_DOORGEBLADERD'], departementen: [], verbindingen: kort })];
      if (formaat === 'json') return { ...antwoord, headers: [...antwoord.headers, kop] };
    }
    if (formaat === 'json' && begin !== '{"errors"' && kort.length === 0) return metEtag(antwoord);
    const inhoud = JSON.parse(tekstVan(antwoord.body)) as { data?: unknown; errors?: Fout[] };
    const fouten = inhoud.errors ?? [];
    // Een fout in de vraag (een ongeldige waarde voor een parameter) is een 400, met de
    // meldingen in JSON, ook wie CSV vroeg: in een tabel zou niemand ze lezen. Zonder
    // gegevens en zonder fout van de client lag het aan de dienst: 502.
    const vanClient = fouten.length > 0 && fouten.every((f) => f.extensions?.code === 'BAD_USER_INPUT');
    if (vanClient || (formaat === 'csv' && fouten.length > 0 && inhoud.data == null)) return { ...antwoord, status: vanClient ? 400 : 502 };
    if (formaat === 'json') return antwoord;
    const csvHeaders: [string, string][] = [
      ['content-type', 'text/csv; charset=utf-8'],
      ['content-disposition', `attachment; filename="${overzicht.id.replace(/[^a-z0-9@-]/g, '-')}.csv"`],
      ...antwoord.headers.filter(([naam]) => UITFASERINGSKOPPEN.has(naam.toLowerCase())),
    ];
    // Een gedeeltelijk antwoord (een ministerie antwoordde niet) zegt in een kop wat ontbreekt:
    // codes en departementen, nooit de meldingen zelf (daarin kan invoer van de client staan).
    if (fouten.length > 0) csvHeaders.push(['x-onvolledig', onvolledigKop(fouten)]);
    else if (kort.length > 0) csvHeaders.push(['x-onvolledig', alsAsciiJson({ fouten: 0, codes: ['NIET_DOORGEBLADERD'], departementen: [], verbindingen: kort })]);
    if (uitkomst.soort === 'alles') csvHeaders.push(...bladerkoppen(uitkomst));
    const csv: HttpAntwoord = { status: 200, headers: csvHeaders, body: alsCsv(rijenVan(inhoud.data, overzicht.rijen ?? '')) };
    // Een gedeeltelijk antwoord krijgt geen ETag.
    return fouten.length > 0 || kort.length > 0 ? csv : metEtag(csv);
  };
  return [
    {
      methoden: beheer ? ['GET', 'POST'] : ['GET'],
      pad: /^\/overzichten\/?$/,
      label: '/overzichten',
      behandel: async (verzoek) => (verzoek.method === 'POST' && beheer ? beheer.publiceer(verzoek) : voorwaardelijk(verzoek, lijstAntwoord())),
    },
    // Vóór /overzichten/:id; een naam van een overzicht heeft nooit een punt.
    {
      methoden: ['GET'],
      pad: /^\/overzichten\/manifest\.json$/,
      label: '/overzichten/manifest.json',
      behandel: async (verzoek) => metEtagOverBody(verzoek, jsonAntwoord(200, manifestVan(stand.lijst(), klok()))),
    },
    // Vóór /overzichten/:id; openapi.json kan geen naam van een overzicht zijn (geen punt).
    ...(schema ? [{ methoden: ['GET'], pad: /^\/overzichten\/openapi\.json$/, label: '/overzichten/openapi.json', behandel: async (verzoek: HttpVerzoek) => voorwaardelijk(verzoek, openapiAntwoord()) }] : []),
    { methoden: ['GET'], pad: /^\/overzichten\/([^/]+)$/, label: '/overzichten/:id', behandel: (verzoek, [id]) => toon(verzoek, ontcijfer(id)) },
    ...(beheer
      ? [
          { methoden: ['POST'], pad: /^\/overzichten\/([^/]+)\/intrekken$/, label: '/overzichten/:naam/intrekken', behandel: (verzoek: HttpVerzoek, [naam]: string[]) => beheer.trekIn(verzoek, ontcijfer(naam)) },
          { methoden: ['GET'], pad: /^\/overzichten\/([^/]+)\/verslag$/, label: '/overzichten/:naam/verslag', behandel: (verzoek: HttpVerzoek, [naam]: string[]) => beheer.verslag(verzoek, ontcijfer(naam)) },
        ]
      : []),
  ];
}

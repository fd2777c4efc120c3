// Stap van het verzoekpad: wat een identiteit mag vragen, vóór de antwoordcache. Een
// analist (en wie meer mag) stuurt vrije queries; een partner alleen een vastgelegd
// overzicht, op id, met variabelen. Iedereen mag een overzicht op id vragen: dan gaat
// alleen het id over de lijn, en maakt deze stap er het document van (met de
// standaardwaarden van het overzicht voor wat de vraag niet meegeeft). Een uitgefaseerde
// versie antwoordt met Deprecation en Sunset (RFC 9745, RFC 8594) en een Link naar haar
// opvolger; na de uitfaseerdatum met 410 Gone.
import { leestAlsAnalist, type Identiteit } from '../../kern/identiteit.js';
import type { HttpVerzoek } from '../../kern/http.js';
import { Weigering } from '../fouten/weigering.js';
import type { Overzicht } from '../overzichten/register.js';
import type { Gevonden, Overzichtenstand, Uitfasering } from '../overzichten/stand.js';
import type { Stap } from '../stap.js';

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

/**
 * Het verzoek zoals Apollo Server het moet uitvoeren: een overzicht op id wordt zijn
 * document. Gooit een Weigering als deze identiteit dit niet mag vragen.
 */
export async function toegelatenVerzoek(
  verzoek: HttpVerzoek,
  identiteit: Identiteit,
  zoeker: Overzichtenzoeker,
  proef?: Overzicht,
): Promise<{ http: HttpVerzoek; gevonden?: Gevonden }> {
  const analist = leestAlsAnalist(identiteit);
  // Snel pad: een analist met een gewone query hoeft niet vooraf gelezen te worden.
  if (analist && !proef && !verzoek.tekst.includes('"documentId"')) return { http: verzoek };
  const body = verzoek.method === 'POST' ? leesBody(verzoek.tekst) : undefined;
  if (!body || body.documentId === undefined) {
    if (analist) return { http: verzoek };
    throw new Weigering(
      403,
      'ALLEEN_VASTGELEGDE_OPERATIES',
      `Als partner mag u alleen vastgelegde overzichten uitvoeren: POST {"documentId": "<id>", "variables": {…}}. Beschikbaar: ${namenIn(zoeker)}.`,
    );
  }
  if (body.query !== undefined) {
    throw new Weigering(400, 'QUERY_EN_DOCUMENTID', 'Stuur óf een query óf een documentId, niet allebei.');
  }
  const gevonden = proef ? { overzicht: proef } : typeof body.documentId === 'string' ? await zoeker.zoekOokNieuw(body.documentId) : undefined;
  if (!gevonden) {
    throw new Weigering(
      400,
      'ONBEKEND_OVERZICHT',
      `Er is geen overzicht met id ${JSON.stringify(body.documentId)}. Beschikbaar: ${namenIn(zoeker)} (of naam@versie, of sha256:<hash>; GET /overzichten).`,
    );
  }
  const { overzicht } = gevonden;
  const eigen = body.variables && typeof body.variables === 'object' && !Array.isArray(body.variables) ? (body.variables as Record<string, unknown>) : undefined;
  // Standaardwaarden van het overzicht voor wat de vraag niet meegeeft; iets anders dan een object meldt Apollo Server zelf.
  const variables = overzicht.standaardwaarden && (body.variables === undefined || body.variables === null || eigen) ? { ...overzicht.standaardwaarden, ...eigen } : body.variables;
  const tekst = JSON.stringify({ query: overzicht.document, operationName: overzicht.operatienaam, variables, extensions: body.extensions });
  return { http: { ...verzoek, tekst }, gevonden };
}

/** De stap: het verzoek zoals Apollo Server het moet uitvoeren, of een Weigering; een uitgefaseerde versie krijgt haar koppen. */
export function toelating(zoeker: Overzichtenzoeker, { klok = () => new Date(), proeven }: { klok?: () => Date; proeven?: Proeven } = {}): Stap {
  return {
    async voor(verzoek, verder) {
      const { http, gevonden } = await toegelatenVerzoek(verzoek.http, verzoek.wie, zoeker, proeven?.get(verzoek.http));
      const uitfasering = gevonden?.uitfasering;
      if (!uitfasering) return verder({ ...verzoek, http });
      if (klok().getTime() >= uitfasering.per.getTime()) throw uitgefaseerd(uitfasering, gevonden.overzicht);
      const antwoord = await verder({ ...verzoek, http });
      return { ...antwoord, headers: [...antwoord.headers, ...uitfaseringskoppen(uitfasering, gevonden.overzicht)] };
    },
  };
}

// Stap van het verzoekpad: wat een identiteit mag vragen, vóór de antwoordcache. Een
// analist (en wie meer mag) stuurt vrije queries; een partner alleen een vastgelegd
// overzicht, op id, met variabelen. Iedereen mag een overzicht op id vragen: dan gaat
// alleen het id over de lijn, en maakt deze stap er het document van.
import { leestAlsAnalist, type Identiteit } from '../../kern/identiteit.js';
import type { HttpVerzoek } from '../../kern/http.js';
import { Weigering } from '../fouten/weigering.js';
import type { Overzicht } from '../overzichten/register.js';
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

/**
 * Het verzoek zoals Apollo Server het moet uitvoeren: een overzicht op id wordt zijn
 * document. Gooit een Weigering als deze identiteit dit niet mag vragen.
 */
export function toegelatenVerzoek(verzoek: HttpVerzoek, identiteit: Identiteit, overzichten: ReadonlyMap<string, Overzicht>): HttpVerzoek {
  const analist = leestAlsAnalist(identiteit);
  const ids = () => [...new Set([...overzichten.values()].map((o) => o.id))].join(', ');
  // Snel pad: een analist met een gewone query hoeft niet vooraf gelezen te worden.
  if (analist && !verzoek.tekst.includes('"documentId"')) return verzoek;
  const body = verzoek.method === 'POST' ? leesBody(verzoek.tekst) : undefined;
  if (!body || body.documentId === undefined) {
    if (analist) return verzoek;
    throw new Weigering(
      403,
      'ALLEEN_VASTGELEGDE_OPERATIES',
      `Als partner mag u alleen vastgelegde overzichten uitvoeren: POST {"documentId": "<id>", "variables": {…}}. Beschikbaar: ${ids()}.`,
    );
  }
  if (body.query !== undefined) {
    throw new Weigering(400, 'QUERY_EN_DOCUMENTID', 'Stuur óf een query óf een documentId, niet allebei.');
  }
  const overzicht = typeof body.documentId === 'string' ? overzichten.get(body.documentId) : undefined;
  if (!overzicht) {
    throw new Weigering(400, 'ONBEKEND_OVERZICHT', `Er is geen overzicht met id ${JSON.stringify(body.documentId)}. Beschikbaar: ${ids()} (of hun sha256:<hash>).`);
  }
  const tekst = JSON.stringify({ query: overzicht.document, operationName: overzicht.operatienaam, variables: body.variables, extensions: body.extensions });
  return { ...verzoek, tekst };
}

/** De stap: het verzoek zoals Apollo Server het moet uitvoeren, of een Weigering. */
export function toelating(overzichten: ReadonlyMap<string, Overzicht>): Stap {
  return {
    voor: (verzoek, verder) => verder({ ...verzoek, http: toegelatenVerzoek(verzoek.http, verzoek.wie, overzichten) }),
  };
}

// Wat een identiteit mag vragen. Een analist (en wie meer mag) stuurt vrije queries;
// een partner alleen een vastgelegd overzicht, op id, met variabelen. Iedereen mag een
// overzicht op id vragen: dan gaat alleen het id over de lijn.
import { leestAlsAnalist, type Identiteit } from '../../kern/identiteit.js';
import type { HttpVerzoek } from '../../kern/http.js';
import { Toegangsfout } from './identificatie.js';
import type { Overzicht } from '../overzichten/register.js';

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
 * document. Gooit een Toegangsfout als deze identiteit dit niet mag vragen.
 */
export function toegelatenVerzoek(verzoek: HttpVerzoek, identiteit: Identiteit, overzichten: ReadonlyMap<string, Overzicht>): HttpVerzoek {
  const analist = leestAlsAnalist(identiteit);
  const ids = () => [...new Set([...overzichten.values()].map((o) => o.id))].join(', ');
  // Snel pad: een analist met een gewone query hoeft niet vooraf gelezen te worden.
  if (analist && !verzoek.tekst.includes('"documentId"')) return verzoek;
  const body = verzoek.method === 'POST' ? leesBody(verzoek.tekst) : undefined;
  if (!body || body.documentId === undefined) {
    if (analist) return verzoek;
    throw new Toegangsfout(
      403,
      'ALLEEN_VASTGELEGDE_OPERATIES',
      `Als partner mag u alleen vastgelegde overzichten uitvoeren: POST {"documentId": "<id>", "variables": {…}}. Beschikbaar: ${ids()}.`,
    );
  }
  if (body.query !== undefined) {
    throw new Toegangsfout(400, 'QUERY_EN_DOCUMENTID', 'Stuur óf een query óf een documentId, niet allebei.');
  }
  const overzicht = typeof body.documentId === 'string' ? overzichten.get(body.documentId) : undefined;
  if (!overzicht) {
    throw new Toegangsfout(400, 'ONBEKEND_OVERZICHT', `Er is geen overzicht met id ${JSON.stringify(body.documentId)}. Beschikbaar: ${ids()} (of hun sha256:<hash>).`);
  }
  const tekst = JSON.stringify({ query: overzicht.document, operationName: overzicht.operatienaam, variables: body.variables, extensions: body.extensions });
  return { ...verzoek, tekst };
}

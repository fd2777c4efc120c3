// De publicatie-eindpunten van de gateway: een ministerie publiceert een editie met een
// token, en de gateway stuurt haar door naar de subgraph van dat ministerie.
//
//   POST /edities/<ministerie>        de YAML van een nieuwe editie (alleen redacteur:<MINISTERIE>)
//   GET  /edities/<ministerie>        de edities die gelden en het publicatieverslag
//   GET  /edities/<ministerie>/<id>   de YAML van één publicatie, zoals ontvangen
//   POST /edities/<ministerie>/<id>/intrekken  {"reden": "…"} (redacteur:<MINISTERIE> of beheer)
//   GET  /edities/feed                de publicaties van alle ministeries als JSON Feed (gateway/editiefeed.ts)
//
// De gateway beslist wie mag; de subgraph controleert het nog eens (subgraphs/ministerie/editieroutes.ts)
// en valideert de editie zelf. Deze eindpunten staan naast de antwoordcache: een
// publicatie leegt die via Redis, zoals een import.
import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { SUBGRAFEN, standaardUrl, type Subgraafinstelling } from '../kern/config.js';
import type { HttpAntwoord, HttpVerzoek, Route } from '../kern/http.js';
import { geheimkop, KOPPEN, leestAlsAnalist, magPubliceren, type Identiteit } from '../kern/identiteit.js';
import { foutAntwoord } from '../kern/antwoord.js';
import { alsAsciiJson } from '../kern/kopwaarde.js';
import { voorIdentiteit } from './toegang/identificatie.js';
import { feedroutes } from './editiefeed.js';

export interface Publicatieopties {
  /** Stelt vast wie het verzoek doet; gooit een Weigering (401/403) als dat niet lukt. */
  identificeer: (verzoek: HttpVerzoek) => Promise<Identiteit>;
  /** GraphQL-URL per subgraph (bzk, vws, …), zoals de gateway ze gebruikt; ontbrekende: de standaardpoort. */
  subgraafUrls?: Partial<Record<string, string>>;
  /** SUBGRAAF_GEHEIM: zonder dit weigert een beveiligde subgraph het verzoek. */
  geheim?: string;
  /** Hoe lang de gateway op het antwoord van een subgraph wacht; een grote editie valideren kost even. */
  termijnMs?: number;
  /**
   * Na elke geslaagde POST (publiceren, intrekken). De gateway laat er zijn eigen cache mee
   * vervallen: wie net publiceerde, krijgt bij de volgende vraag de nieuwe editie, ook als
   * het Redis-bericht nog onderweg is. Andere gateways horen het via Redis.
   */
  naPublicatie?: () => void;
  /** Hoe lang GET /edities/feed op één ministerie wacht (standaard 5 s); een grote editie valideren hoort daar niet bij. */
  feedtermijnMs?: number;
}

const MINISTERIES = SUBGRAFEN.map((s) => s.naam).join(', ');

/** Koppen van het antwoord van de subgraph die de client iets zeggen. */
const DOORGEGEVEN = ['content-type', 'etag', 'content-disposition', 'allow'];


function weigerVoorMinisterie(wie: Identiteit, subgraaf: Subgraafinstelling, handeling: 'publiceren' | 'intrekken' = 'publiceren'): HttpAntwoord {
  const eigen = SUBGRAFEN.filter((s) => magPubliceren(wie, s.departement));
  const ook = handeling === 'intrekken' ? ' of beheer' : '';
  const melding =
    eigen.length > 0
      ? `${wie.onderwerp} mag alleen edities van ${eigen.map((s) => s.departement).join(', ')} ${handeling}, niet van ${subgraaf.departement}` +
        (handeling === 'publiceren' ? `: gebruik ${eigen.map((s) => `POST /edities/${s.naam}`).join(' of ')}.` : '.')
      : `${wie.onderwerp} mag geen edities ${handeling} (rollen: ${wie.rollen.join(', ')}); voor ${subgraaf.departement} is de rol redacteur:${subgraaf.departement}${ook} nodig.`;
  return foutAntwoord(403, 'GEEN_REDACTEUR', melding);
}

export function publicatieroutes({ identificeer, subgraafUrls = {}, geheim, termijnMs = 30_000, naPublicatie, feedtermijnMs = 5000 }: Publicatieopties): Route[] {
  const adres = (s: Subgraafinstelling, pad: string) => new URL(pad, subgraafUrls[s.naam] ?? standaardUrl(s)).toString();

  async function stuurDoor(verzoek: HttpVerzoek, s: Subgraafinstelling, wie: Identiteit, pad: string): Promise<HttpAntwoord> {
    // Het id dat luister() aan dit verzoek gaf (en de client terugkrijgt), ook in het logboek van de subgraph.
    const verzoekId = verzoek.verzoekId ?? verzoek.headers.get(KOPPEN.verzoekId) ?? randomUUID();
    const headers: Record<string, string> = { [KOPPEN.identiteit]: alsAsciiJson(wie), [KOPPEN.verzoekId]: verzoekId, ...geheimkop(geheim) };
    const soort = verzoek.headers.get('content-type');
    if (soort) headers['content-type'] = soort;
    try {
      const antwoord = await request(adres(s, `edities${pad}${verzoek.search}`), {
        method: verzoek.method === 'POST' ? 'POST' : 'GET',
        headers,
        body: verzoek.method === 'POST' ? verzoek.tekst : undefined,
        headersTimeout: termijnMs,
        bodyTimeout: termijnMs,
      });
      const body = await antwoord.body.text();
      if (antwoord.statusCode === 401) {
        // De gateway stuurt altijd een identiteit mee; een 401 betekent dat de subgraph het geheim niet herkent.
        const gevolg = verzoek.method === 'POST' ? ' De editie is niet gepubliceerd.' : '';
        return foutAntwoord(502, 'GEHEIM_VERSCHILT', `De subgraph van ${s.departement} herkent het SUBGRAAF_GEHEIM van de gateway niet; de beheerder moet het voor beide gelijk zetten.${gevolg}`);
      }
      const terug: [string, string][] = [[KOPPEN.verzoekId, verzoekId]];
      for (const naam of DOORGEGEVEN) {
        const waarde = antwoord.headers[naam];
        if (typeof waarde === 'string') terug.push([naam, waarde]);
      }
      // De subgraph kent zijn eigen pad; de client kent alleen dat van de gateway.
      const locatie = antwoord.headers.location;
      if (typeof locatie === 'string') terug.push(['location', locatie.replace(/^\/edities\//, `/edities/${s.naam}/`)]);
      return { status: antwoord.statusCode, headers: terug, body };
    } catch (fout) {
      const code = (fout as { code?: unknown }).code;
      const nooitAangekomen = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
      const gevolg =
        verzoek.method !== 'POST'
          ? 'Probeer het later opnieuw.'
          : nooitAangekomen
            ? 'De editie is niet gepubliceerd; probeer het later opnieuw.'
            : `Of de editie is aangekomen, is onbekend: GET /edities/${s.naam} laat het zien voordat u het opnieuw probeert.`;
      const antwoord = foutAntwoord(503, 'MINISTERIE_ONBEREIKBAAR', `De subgraph van ${s.departement} is nu niet bereikbaar (${code ?? (fout as Error).message}). ${gevolg}`);
      antwoord.headers.push([KOPPEN.verzoekId, verzoekId]);
      return antwoord;
    }
  }

  async function behandel(verzoek: HttpVerzoek, naam: string, id?: string, intrekken = false): Promise<HttpAntwoord> {
    const antwoord = await beslis(verzoek, naam, id, intrekken);
    if (verzoek.method === 'POST' && antwoord.status >= 200 && antwoord.status < 300) naPublicatie?.();
    return antwoord;
  }

  async function beslis(verzoek: HttpVerzoek, naam: string, id?: string, intrekken = false): Promise<HttpAntwoord> {
    const s = SUBGRAFEN.find((x) => x.naam === naam.toLowerCase());
    if (!s) return foutAntwoord(404, 'ONBEKEND_MINISTERIE', `Onbekend ministerie ${JSON.stringify(naam)}; kies uit: ${MINISTERIES} (bijvoorbeeld /edities/szw).`);
    return voorIdentiteit(identificeer, verzoek, (wie) => {
      if (intrekken) {
        // Intrekken mag de eigen redacteur, en beheer (die een editie van elk ministerie kan laten vervallen).
        if (!magPubliceren(wie, s.departement) && !wie.rollen.includes('beheer')) return weigerVoorMinisterie(wie, s, 'intrekken');
      } else if (verzoek.method === 'POST') {
        if (!magPubliceren(wie, s.departement)) return weigerVoorMinisterie(wie, s);
      } else if (!leestAlsAnalist(wie)) {
        return foutAntwoord(403, 'GEEN_LEESRECHT', `${wie.onderwerp} (${wie.rollen.join(', ')}) mag het publicatieverslag niet zien; dat mag elke rol behalve partner.`);
      }
      return stuurDoor(verzoek, s, wie, `${id === undefined ? '' : `/${encodeURIComponent(id)}`}${intrekken ? '/intrekken' : ''}`);
    });
  }

  return [
    // Vóór /edities/:ministerie: "feed" is geen ministerie.
    ...feedroutes({ identificeer, subgraafUrls, geheim, termijnMs: feedtermijnMs }),
    {
      methoden: ['GET', 'POST'],
      pad: /^\/edities\/?$/,
      label: '/edities',
      behandel: async () => foutAntwoord(404, 'ONBEKEND_MINISTERIE', `Noem het ministerie: /edities/<ministerie>, met <ministerie> een van ${MINISTERIES}.`),
    },
    { methoden: ['GET', 'POST'], pad: /^\/edities\/([^/]+)\/?$/, label: '/edities/:ministerie', behandel: (verzoek, [naam]) => behandel(verzoek, naam) },
    // Geen POST: een publicatie verandert niet meer; ze kan alleen ingetrokken worden.
    { methoden: ['GET'], pad: /^\/edities\/([^/]+)\/([^/]+)$/, label: '/edities/:ministerie/:id', behandel: (verzoek, [naam, id]) => behandel(verzoek, naam, id) },
    {
      methoden: ['POST'],
      pad: /^\/edities\/([^/]+)\/([^/]+)\/intrekken$/,
      label: '/edities/:ministerie/:id/intrekken',
      behandel: (verzoek, [naam, id]) => behandel(verzoek, naam, id, true),
    },
  ];
}

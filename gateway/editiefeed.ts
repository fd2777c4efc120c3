// GET /edities/feed: de aanvaarde publicaties van elk ministerie als JSON Feed 1.1
// (https://jsonfeed.org/version/1.1), nieuwste eerst, zodat een partner goedkoop kan
// peilen en weet wanneer hij opnieuw moet ophalen.
//
// - Eén item per aanvaarde publicatie (urn:thuis:editie:<ministerie>:<id>) en één per
//   intrekking (urn:thuis:intrekking:<ministerie>:<id>), met de samenvatting per tabel.
// - De gateway vraagt elk ministerie tegelijk, met het gedeelde geheim, één verzoek per
//   ministerie. Antwoordt er een niet, dan blijft het 200 met de andere; de kop
//   x-onvolledig en `_thuis.onvolledig` noemen wat ontbreekt.
// - ETag over de inhoud; If-None-Match geeft 304 zonder body. ?sinds=<ISO-tijd> filtert,
//   ?overslaan=<n> bladert (next_url), hooguit FEEDLIMIET items per pagina.
//
// Wie mag: elke geïdentificeerde rol, ook partner. De feed noemt geen personen (geen `wie`)
// en geen YAML. De `url` van een item wijst naar de publicatie zelf (/edities/<m>/<id>);
// die mag elke rol behalve partner lezen, net als het verslag. Een partner gebruikt de
// feed als signaal en haalt de gegevens daarna via /graphql of /overzichten opnieuw op.
import { createHash, randomUUID } from 'node:crypto';
import { request } from 'undici';
import { SUBGRAFEN, standaardUrl, type Subgraafinstelling } from '../kern/config.js';
import type { HttpAntwoord, HttpVerzoek, Route } from '../kern/http.js';
import { geheimkop, KOPPEN, leestAlsAnalist, type Identiteit } from '../kern/identiteit.js';
import { foutAntwoord } from '../kern/antwoord.js';
import { alsAsciiJson } from '../kern/kopwaarde.js';
import { voorIdentiteit } from './toegang/identificatie.js';

/** Hoeveel items één pagina van de feed hooguit heeft. */
export const FEEDLIMIET = 100;

export const FEED_MEDIATYPE = 'application/feed+json';

type Telling = { toegevoegd: number; gewijzigd: number; verwijderd: number };

/** Wat de feed leest uit GET /edities van een ministerie (subgraphs/ministerie/publicatie.ts). */
interface Verslagregel {
  id: number;
  bestand: string;
  editie: string;
  wanneer: string;
  sha256: string;
  samenvatting: Record<string, Telling>;
  ingetrokken: { wanneer: string; reden: string } | null;
}

export interface Feeditem {
  id: string;
  url: string;
  title: string;
  content_text: string;
  date_published: string;
  tags: string[];
  _thuis: {
    soort: 'publicatie' | 'intrekking';
    ministerie: string;
    departement: string;
    publicatie: number;
    editie: string;
    bestand: string;
    sha256: string;
    samenvatting: Record<string, Telling>;
    /** Bij een publicatie: of ze intussen is ingetrokken. */
    ingetrokken: boolean;
    /** Bij een intrekking: waarom. */
    reden?: string;
  };
}

export interface Feedopties {
  identificeer: (verzoek: HttpVerzoek) => Promise<Identiteit>;
  subgraafUrls?: Partial<Record<string, string>>;
  geheim?: string;
  /** Hoe lang de feed op één ministerie wacht; wie dan niet antwoordde, ontbreekt. */
  termijnMs?: number;
}

/** "instrumenten +1 ~0 -0, effecten …"; zonder wijzigingen een zin die dat zegt. */
export function beschrijfSamenvatting(samenvatting: Record<string, Telling>): string {
  const regels = Object.entries(samenvatting)
    .filter(([, t]) => t.toegevoegd + t.gewijzigd + t.verwijderd > 0)
    .map(([tabel, t]) => `${tabel}: ${t.toegevoegd} toegevoegd, ${t.gewijzigd} gewijzigd, ${t.verwijderd} verwijderd`);
  return regels.length > 0 ? regels.join('; ') : 'geen wijzigingen in de gegevens';
}

/** De items van één ministerie: een per publicatie, en een per intrekking. */
export function itemsVan(s: Subgraafinstelling, verslag: Verslagregel[], basis: string): Feeditem[] {
  const items: Feeditem[] = [];
  for (const p of verslag) {
    const url = `${basis}/edities/${s.naam}/${p.id}`;
    const gemeen = {
      ministerie: s.naam,
      departement: s.departement,
      publicatie: p.id,
      editie: p.editie,
      bestand: p.bestand,
      sha256: p.sha256,
      samenvatting: p.samenvatting,
      ingetrokken: p.ingetrokken !== null,
    };
    items.push({
      id: `urn:thuis:editie:${s.naam}:${p.id}`,
      url,
      title: `${s.departement} publiceerde editie ${p.editie}`,
      content_text: `Publicatie #${p.id} (${p.bestand}): ${beschrijfSamenvatting(p.samenvatting)}.`,
      date_published: p.wanneer,
      tags: [s.naam],
      _thuis: { soort: 'publicatie', ...gemeen },
    });
    if (p.ingetrokken) {
      items.push({
        id: `urn:thuis:intrekking:${s.naam}:${p.id}`,
        url,
        title: `${s.departement} trok editie ${p.editie} in`,
        content_text: `Publicatie #${p.id} (${p.bestand}) telt niet meer mee. Reden: ${p.ingetrokken.reden}`,
        date_published: p.ingetrokken.wanneer,
        tags: [s.naam],
        _thuis: { soort: 'intrekking', ...gemeen, reden: p.ingetrokken.reden },
      });
    }
  }
  return items;
}

/** Nieuwste eerst; bij gelijke tijd vast op id, zodat bladeren en ETag niet wisselen. */
const nieuwsteEerst = (a: Feeditem, b: Feeditem) => (a.date_published < b.date_published ? 1 : a.date_published > b.date_published ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export function feedroutes({ identificeer, subgraafUrls = {}, geheim, termijnMs = 10_000 }: Feedopties): Route[] {
  async function verslagVan(s: Subgraafinstelling, wie: Identiteit, verzoekId: string): Promise<Verslagregel[]> {
    // De subgraph laat alleen wie als analist leest het verslag zien. De feed toont daar
    // een deel van (zonder personen), ook aan een partner: de gateway vraagt dan namens zichzelf.
    const namens: Identiteit = leestAlsAnalist(wie) ? wie : { onderwerp: `gateway (feed voor ${wie.onderwerp})`, rollen: ['analist'], bron: 'intern' };
    const headers: Record<string, string> = { [KOPPEN.identiteit]: alsAsciiJson(namens), [KOPPEN.verzoekId]: verzoekId, ...geheimkop(geheim) };
    const antwoord = await request(new URL('edities', subgraafUrls[s.naam] ?? standaardUrl(s)).toString(), {
      method: 'GET',
      headers,
      headersTimeout: termijnMs,
      bodyTimeout: termijnMs,
      signal: AbortSignal.timeout(termijnMs),
    });
    const tekst = await antwoord.body.text();
    if (antwoord.statusCode !== 200) throw new Error(`status ${antwoord.statusCode}`);
    const { publicaties } = JSON.parse(tekst) as { publicaties?: Verslagregel[] };
    if (!Array.isArray(publicaties)) throw new Error('geen publicaties in het antwoord');
    return publicaties;
  }

  async function feed(verzoek: HttpVerzoek, wie: Identiteit): Promise<HttpAntwoord> {
    const zoek = new URLSearchParams(verzoek.search);
    const sinds = zoek.get('sinds');
    if (sinds !== null && Number.isNaN(Date.parse(sinds))) {
      return foutAntwoord(400, 'ONGELDIGE_TIJD', `?sinds=${sinds} is geen tijd; gebruik ISO 8601, bijvoorbeeld ?sinds=2026-01-01T00:00:00Z.`);
    }
    const overslaanTekst = zoek.get('overslaan') ?? '0';
    if (!/^\d{1,9}$/.test(overslaanTekst)) return foutAntwoord(400, 'ONGELDIG_OVERSLAAN', `?overslaan=${overslaanTekst} is geen aantal; gebruik de next_url van de vorige pagina.`);
    const overslaan = Number(overslaanTekst);

    const verzoekId = verzoek.verzoekId ?? verzoek.headers.get(KOPPEN.verzoekId) ?? randomUUID();
    const host = verzoek.headers.get('host');
    const protocol = verzoek.headers.get('x-forwarded-proto')?.split(',')[0].trim() || 'http';
    const basis = host ? `${protocol}://${host}` : '';

    const uitkomsten = await Promise.allSettled(SUBGRAFEN.map((s) => verslagVan(s, wie, verzoekId)));
    const onvolledig: { ministerie: string; departement: string; reden: string }[] = [];
    let items: Feeditem[] = [];
    uitkomsten.forEach((u, i) => {
      const s = SUBGRAFEN[i];
      if (u.status === 'fulfilled') items.push(...itemsVan(s, u.value, basis));
      else {
        const fout = u.reason as { code?: unknown; message?: unknown };
        onvolledig.push({ ministerie: s.naam, departement: s.departement, reden: String(fout.code ?? fout.message ?? fout) });
      }
    });
    if (sinds !== null) {
      const vanaf = Date.parse(sinds);
      items = items.filter((item) => Date.parse(item.date_published) >= vanaf);
    }
    items.sort(nieuwsteEerst);
    const pagina = items.slice(overslaan, overslaan + FEEDLIMIET);

    // De ETag hangt af van wat deze pagina laat zien: de items (id, tijd, hash, ingetrokken) en wat ontbreekt.
    const etag = `"${createHash('sha256')
      .update(JSON.stringify([verzoek.search, onvolledig.map((o) => o.ministerie), pagina.map((p) => [p.id, p.date_published, p._thuis.sha256, p._thuis.ingetrokken]), items.length > overslaan + FEEDLIMIET]))
      .digest('base64url')}"`;
    const koppen: [string, string][] = [
      ['etag', etag],
      ['cache-control', 'no-cache'],
      [KOPPEN.verzoekId, verzoekId],
    ];
    // Dezelfde vorm als de kop van een onvolledig overzicht (gateway/overzichten/routes.ts), met de namen van de routes erbij.
    if (onvolledig.length > 0) {
      koppen.push([
        'x-onvolledig',
        alsAsciiJson({ fouten: onvolledig.length, codes: ['MINISTERIE_ONBEREIKBAAR'], departementen: onvolledig.map((o) => o.departement), ministeries: onvolledig.map((o) => o.ministerie) }),
      ]);
    }
    const gevraagd = verzoek.headers.get('if-none-match');
    if (gevraagd !== undefined && gevraagd.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*')) {
      return { status: 304, headers: koppen, body: '' };
    }

    const volgende = new URLSearchParams(zoek);
    volgende.set('overslaan', String(overslaan + FEEDLIMIET));
    const inhoud = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Thuis: gepubliceerde edities van de ministeries',
      description:
        'Elke aanvaarde publicatie en intrekking van een editie, nieuwste eerst. Verandert de ETag, haal dan de gegevens opnieuw op. ' +
        'De url van een item (de publicatie zelf) mag elke rol behalve partner lezen.',
      language: 'nl',
      feed_url: `${basis}/edities/feed${verzoek.search}`,
      ...(items.length > overslaan + FEEDLIMIET ? { next_url: `${basis}/edities/feed?${volgende.toString()}` } : {}),
      _thuis: { onvolledig, items: items.length },
      items: pagina,
    };
    return { status: 200, headers: [['content-type', `${FEED_MEDIATYPE}; charset=utf-8`], ...koppen], body: JSON.stringify(inhoud) };
  }

  return [
    {
      methoden: ['GET'],
      pad: /^\/edities\/feed\/?$/,
      label: '/edities/feed',
      behandel: (verzoek) => voorIdentiteit(identificeer, verzoek, (wie) => feed(verzoek, wie)),
    },
  ];
}

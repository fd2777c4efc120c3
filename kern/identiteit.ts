// Wie een verzoek doet, en hoe de gateway dat aan de subgraphs doorgeeft.
//
// De gateway stelt de identiteit vast (gateway/toegang/identificatie.ts: JWT of API-sleutel). De
// subgraphs vertrouwen alleen verzoeken met het gedeelde geheim van de gateway; de
// identiteitskop lezen zij pas daarna (een publicatie noemt zo wie publiceerde).
import { timingSafeEqual, createHash } from 'node:crypto';
import { DEPARTEMENTEN, type DepartementCode } from './config.js';
import type { Logboek } from './logboek.js';

/**
 * - `analist`: elke leesvraag, introspectie en suggesties;
 * - `partner`: alleen de vastgelegde operaties (overzichten/), op id;
 * - `redacteur:<DEPARTEMENT>`: publiceert edities van dat ene ministerie (en leest als analist);
 * - `beheer`: leest als analist, ziet de publicatiegeschiedenis van elk ministerie en registreert
 *   het manifest van een partnerapp (PUT /partners/<app>/manifest);
 * - `samensteller`: het programmateam; publiceert en trekt eigen overzichten in (POST /overzichten),
 *   leest als analist, maar publiceert geen edities.
 */
export type Rol = 'analist' | 'partner' | 'beheer' | 'samensteller' | `redacteur:${DepartementCode}`;

export const VASTE_ROLLEN = ['analist', 'partner', 'beheer', 'samensteller'] as const;

export interface Identiteit {
  /** Wie: het `sub` van het token, of de naam van de API-sleutel. Nooit het token zelf. */
  onderwerp: string;
  rollen: Rol[];
  /** Hoe de identiteit is vastgesteld. */
  /** `intern`: de gateway zelf, bij het opwarmen van de overzichten; `sessie`: aangemeld in de browser (OpenID Connect). */
  bron: 'jwt' | 'api-sleutel' | 'sessie' | 'ontwikkelmodus' | 'intern';
  /**
   * De partnerapp namens wie het verzoek komt: `app` van de API-sleutel, of de claim `client_id`
   * of `azp` van het token. Een partner met een app mag ook de operaties uit het manifest van
   * die app sturen (kern/partners.ts).
   */
  app?: string;
}

/** Leest een rol zoals hij in een token of sleutelbestand staat; undefined als hij niet bestaat. */
export function leesRol(tekst: string): Rol | undefined {
  if ((VASTE_ROLLEN as readonly string[]).includes(tekst)) return tekst as Rol;
  // Precies redacteur:<DEPARTEMENT>: "redacteur:SZW:extra" is geen rol, ook geen analist.
  const redacteur = /^redacteur:([A-Z]+)$/.exec(tekst);
  if (redacteur && (DEPARTEMENTEN as readonly string[]).includes(redacteur[1])) return tekst as Rol;
  return undefined;
}

export const GELDIGE_ROLLEN = `${VASTE_ROLLEN.join(', ')}, ${DEPARTEMENTEN.map((d) => `redacteur:${d}`).join(', ')}`;

/** Mag lezen wat een analist leest (vrije queries, introspectie, suggesties). */
export const leestAlsAnalist = (i: Identiteit) => i.rollen.some((r) => r !== 'partner');

export const magPubliceren = (i: Identiteit, departement: DepartementCode) => i.rollen.includes(`redacteur:${departement}`);

/** Mag een overzicht publiceren (een nieuwe versie vastleggen): alleen het programmateam. */
export const magSamenstellen = (i: Identiteit) => i.rollen.includes('samensteller');

/** Mag het manifest van een partnerapp registreren, lezen en intrekken: alleen beheer. */
export const magPartnersBeheren = (i: Identiteit) => i.rollen.includes('beheer');

/** Mag een overzicht intrekken: het programmateam, en beheer. */
export const magOverzichtIntrekken = (i: Identiteit) => i.rollen.includes('samensteller') || i.rollen.includes('beheer');

/** Kopregels van de gateway naar de subgraphs. */
export const KOPPEN = {
  /** Het gedeelde geheim (SUBGRAAF_GEHEIM): zonder dit weigert een subgraph het verzoek. */
  geheim: 'x-gateway-geheim',
  /** De identiteit als JSON ({onderwerp, rollen, bron}); alleen geldig naast het geheim. */
  identiteit: 'x-identiteit',
  /** Het verzoek-id: de gateway geeft het door en stuurt het terug aan de client. */
  verzoekId: 'x-request-id',
} as const;

/** De kopregel met het gedeelde geheim voor een verzoek aan een subgraph of het register; leeg zonder geheim (ontwikkeling). */
export const geheimkop = (geheim: string | undefined): Record<string, string> => (geheim !== undefined ? { [KOPPEN.geheim]: geheim } : {});

const hash = (tekst: string) => createHash('sha256').update(tekst).digest();

/** Vergelijkt in constante tijd, ook bij verschillende lengtes (beide kanten eerst gehasht). */
export function geheimKlopt(gegeven: string | undefined, verwacht: string): boolean {
  return gegeven !== undefined && timingSafeEqual(hash(gegeven), hash(verwacht));
}

/** De identiteit uit de kop van de gateway; undefined als die ontbreekt of onleesbaar is. */
export function identiteitUitKop(kop: string | undefined): Identiteit | undefined {
  if (!kop) return undefined;
  try {
    const i = JSON.parse(kop) as Partial<Identiteit>;
    const rollen = Array.isArray(i.rollen) ? i.rollen.map((r) => leesRol(String(r))).filter((r): r is Rol => r !== undefined) : [];
    if (typeof i.onderwerp !== 'string' || rollen.length === 0) return undefined;
    return {
      onderwerp: i.onderwerp,
      rollen,
      bron: i.bron === 'jwt' || i.bron === 'api-sleutel' || i.bron === 'sessie' ? i.bron : 'ontwikkelmodus',
      ...(typeof i.app === 'string' ? { app: i.app } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Kortste gedeelde geheim dat productie aanvaardt: raden moet onbegonnen werk zijn. */
export const MINIMALE_GEHEIMLENGTE = 32;

export const inProductie = (omgeving: NodeJS.ProcessEnv = process.env) => omgeving.NODE_ENV === 'production';

/** Of HOST alleen deze machine is (ook niet gezet: luister() kiest dan 127.0.0.1). */
export const alleenLokaal = (omgeving: NodeJS.ProcessEnv = process.env) => ['127.0.0.1', 'localhost', '::1', '', undefined].includes(omgeving.HOST);

/**
 * Het gedeelde geheim tussen gateway en subgraphs (SUBGRAAF_GEHEIM). In productie
 * verplicht; daarbuiten zet `npm start` er per keer een, en draait een los gestarte
 * subgraph zonder (hij is dan alleen op 127.0.0.1 bereikbaar).
 */
export function subgraafgeheim(omgeving: NodeJS.ProcessEnv = process.env): string | undefined {
  const geheim = omgeving.SUBGRAAF_GEHEIM || undefined;
  if (inProductie(omgeving) && (geheim === undefined || geheim.length < MINIMALE_GEHEIMLENGTE)) {
    throw new Error(
      `SUBGRAAF_GEHEIM ${geheim === undefined ? 'ontbreekt' : `is ${geheim.length} tekens`}; in productie (NODE_ENV=production) is een geheim van minstens ${MINIMALE_GEHEIMLENGTE} tekens verplicht, ` +
        `gelijk voor de gateway en alle subgraphs. Maak er een met: openssl rand -base64 48`,
    );
  }
  if (geheim === undefined && !alleenLokaal(omgeving)) {
    throw new Error(`HOST=${omgeving.HOST} zonder SUBGRAAF_GEHEIM: dan kan iedereen op het netwerk de controles van de gateway overslaan. Zet SUBGRAAF_GEHEIM (gelijk voor gateway en subgraphs).`);
  }
  return geheim;
}

/** Het gedeelde geheim van de gateway; in productie verplicht, dus zonder: niet starten. */
export function geheimOfStop(logboek: Logboek): string | undefined {
  try {
    const geheim = subgraafgeheim();
    if (geheim === undefined) logboek.warn('zonder SUBGRAAF_GEHEIM: deze subgraph beantwoordt iedereen die 127.0.0.1 bereikt (alleen voor ontwikkeling).');
    return geheim;
  } catch (e) {
    logboek.fatal(`start niet: ${(e as Error).message}`);
    process.exit(2);
  }
}

// De sessies van wie zich in een browser aanmeldde (aanmelden.ts): op de server, nooit in de
// browser. De browser houdt alleen een willekeurig id van 256 bits in een HttpOnly-cookie;
// naam, rollen, CSRF-token en het ID-token van de provider blijven hier.
//
// Met Redis delen alle replica's de sessies (met een TTL, zodat Redis ze zelf opruimt); zonder
// Redis bewaart elke replica ze in een LRU in haar eigen geheugen (één replica, of een
// loadbalancer die een browser bij dezelfde replica houdt). In Redis staat een sessie onder de
// SHA-256 van haar id: wie Redis leest, heeft daarmee nog geen cookie.
//
// Dezelfde opslag bewaart een aanmelding die bezig is (state, nonce, PKCE-verifier) tot de
// provider de browser terugstuurt, hoogstens tien minuten en één keer te gebruiken; ook die
// moet bij elke replica te vinden zijn, want de terugkeer kan bij een andere landen.
import { createHash, randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Rol } from '../../kern/identiteit.js';
import type { Redisinstelling } from '../../kern/wijzigingsbericht.js';

/** Een aangemelde gebruiker, zoals de gateway hem bewaart. */
export interface Sessie {
  /** Het `sub` van de provider: wie het is, ook voor het budget en het logboek van een publicatie. */
  onderwerp: string;
  /** Wat het dashboard toont: `name`, anders `preferred_username`, `email` of `sub`. */
  naam: string;
  rollen: Rol[];
  /** Het CSRF-token: elk verzoek met het cookie stuurt het in x-csrf-token (identificatie.ts). */
  csrf: string;
  /** Aangemaakt en laatst gebruikt, in ms sinds 1970. */
  aangemaakt: number;
  laatst: number;
  /** Na dit moment (ms) geldt de sessie niet meer, hoe actief ook (SESSIE_MAXIMAAL_S). */
  uiterlijk: number;
  /** Het ID-token, alleen als id_token_hint bij het afmelden bij de provider; gaat nooit naar de browser. */
  idToken?: string;
}

/** Een aanmelding die op de terugkeer van de provider wacht. */
export interface LopendeAanmelding {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** De pagina van het dashboard waar de gebruiker na het aanmelden terugkomt. */
  terug: string;
}

export interface Sessieduur {
  /** Zonder verzoek vervalt een sessie na zoveel seconden (SESSIE_INACTIEF_S). */
  inactiefS: number;
  /** Hoe lang een sessie hoogstens geldt, ook als ze steeds gebruikt wordt (SESSIE_MAXIMAAL_S). */
  maximaalS: number;
}

/** Hoe lang de provider heeft om de browser terug te sturen. */
export const AANMELDTERMIJN_MS = 10 * 60_000;

/** Een id, token of state van 256 bits, als base64url. */
export const willekeurig = () => randomBytes(32).toString('base64url');

const hash = (tekst: string) => createHash('sha256').update(tekst).digest('base64url');

/** De opslag is er niet (Redis antwoordt niet): dan weet de gateway niet wie het is, en zegt dat (503). */
export class Opslagfout extends Error {}

interface Ruwe {
  zet(sleutel: string, waarde: string, ttlMs: number, alleenAlsBestaat?: boolean): Promise<void>;
  lees(sleutel: string): Promise<string | undefined>;
  /** Leest en verwijdert in één keer: een lopende aanmelding telt één keer. */
  neem(sleutel: string): Promise<string | undefined>;
  verwijder(sleutel: string): Promise<void>;
  sluit(): void;
}

function inRedis(instelling: Redisinstelling): Ruwe {
  // Wachtrij aan (de eerste aanmelding kan komen voordat de verbinding staat), maar elke opdracht
  // hoogstens 2 s: liever een 503 dan een browser die blijft hangen.
  const client = new Redis(instelling.url, { maxRetriesPerRequest: 1, connectTimeout: 2000, commandTimeout: 2000 });
  client.on('error', () => undefined);
  const sleutel = (s: string) => `${instelling.voorvoegsel}:${s}`;
  const metFout = async <T>(doe: () => Promise<T>): Promise<T> => {
    try {
      return await doe();
    } catch (e) {
      // Zonder URL en oorzaak in de melding: die gaat naar de browser, en een Redis-URL kan een wachtwoord bevatten.
      throw new Opslagfout('De sessies (in Redis) zijn nu niet te lezen of te schrijven', { cause: e });
    }
  };
  return {
    zet: (s, waarde, ttlMs, alleenAlsBestaat) =>
      metFout(async () => {
        const px = Math.max(1, Math.ceil(ttlMs));
        // XX: een sessie die net is afgemeld, komt niet terug doordat een lopend verzoek haar nog aanraakt.
        if (alleenAlsBestaat) await client.set(sleutel(s), waarde, 'PX', px, 'XX');
        else await client.set(sleutel(s), waarde, 'PX', px);
      }),
    lees: (s) => metFout(async () => (await client.get(sleutel(s))) ?? undefined),
    neem: (s) =>
      metFout(async () => {
        const uitkomst = await client.multi().get(sleutel(s)).del(sleutel(s)).exec();
        const [fout, waarde] = uitkomst?.[0] ?? [null, null];
        if (fout) throw fout;
        return typeof waarde === 'string' ? waarde : undefined;
      }),
    verwijder: (s) =>
      metFout(async () => {
        await client.del(sleutel(s));
      }),
    sluit: () => client.disconnect(),
  };
}

function inGeheugen(): Ruwe {
  // Hoogstens 10.000 sessies en aanmeldingen per replica; de oudste ongebruikte gaat eerst.
  const lru = new LRUCache<string, string>({ max: 10_000, ttlAutopurge: false });
  return {
    async zet(s, waarde, ttlMs, alleenAlsBestaat) {
      if (alleenAlsBestaat && !lru.has(s)) return;
      lru.set(s, waarde, { ttl: Math.max(1, Math.ceil(ttlMs)) });
    },
    lees: async (s) => lru.get(s),
    async neem(s) {
      const waarde = lru.get(s);
      lru.delete(s);
      return waarde;
    },
    async verwijder(s) {
      lru.delete(s);
    },
    sluit: () => lru.clear(),
  };
}

export interface Sessieopslag {
  /** Waar de sessies staan, voor de melding bij het starten. */
  readonly soort: 'redis' | 'geheugen';
  /** Een nieuwe sessie; geeft haar id (de waarde van het cookie). */
  maak(gegevens: Pick<Sessie, 'onderwerp' | 'naam' | 'rollen' | 'idToken'>): Promise<{ id: string; sessie: Sessie }>;
  /**
   * De sessie bij dit id, of undefined als ze onbekend of verlopen is. `aanraken`: dit verzoek
   * telt als gebruik (de inactieve termijn begint opnieuw); GET /sessie raakt niet aan.
   */
  lees(id: string, aanraken?: boolean): Promise<Sessie | undefined>;
  verwijder(id: string): Promise<void>;
  /** Tot wanneer (ms) een sessie geldt: de inactieve termijn of het maximum, wat eerst komt. */
  verlooptOm(sessie: Sessie): number;
  /** Een aanmelding die op de provider wacht, onder een eigen id (het cookie van de aanmelding). */
  bewaarAanmelding(id: string, aanmelding: LopendeAanmelding): Promise<void>;
  /** De lopende aanmelding, één keer: daarna is ze weg (een tweede terugkeer met dezelfde code vindt niets). */
  neemAanmelding(id: string): Promise<LopendeAanmelding | undefined>;
  sluit(): void;
}

/** Hoe vaak een sessie haar laatste gebruik bijwerkt: niet bij elk verzoek een schrijfopdracht naar Redis. */
const aanraakinterval = (duur: Sessieduur) => Math.min(60_000, (duur.inactiefS * 1000) / 4);

export function sessieopslag({ redis, duur, nu = Date.now }: { redis?: Redisinstelling | null; duur: Sessieduur; nu?: () => number }): Sessieopslag {
  const ruw = redis ? inRedis(redis) : inGeheugen();
  const verlooptOm = (s: Sessie) => Math.min(s.uiterlijk, s.laatst + duur.inactiefS * 1000);
  const lees = (tekst: string | undefined): Sessie | undefined => {
    if (tekst === undefined) return undefined;
    try {
      return JSON.parse(tekst) as Sessie;
    } catch {
      return undefined;
    }
  };
  return {
    soort: redis ? 'redis' : 'geheugen',
    verlooptOm,
    async maak(gegevens) {
      const id = willekeurig();
      const t = nu();
      const sessie: Sessie = { ...gegevens, csrf: willekeurig(), aangemaakt: t, laatst: t, uiterlijk: t + duur.maximaalS * 1000 };
      await ruw.zet(`sessie:${hash(id)}`, JSON.stringify(sessie), verlooptOm(sessie) - t);
      return { id, sessie };
    },
    async lees(id, aanraken = false) {
      const sleutel = `sessie:${hash(id)}`;
      const sessie = lees(await ruw.lees(sleutel));
      const t = nu();
      // De TTL van Redis ruimt op; of een sessie nog geldt, beslist deze klok (die tests vooruitzetten).
      if (!sessie || t >= verlooptOm(sessie)) return undefined;
      if (aanraken && t - sessie.laatst >= aanraakinterval(duur)) {
        const bijgewerkt = { ...sessie, laatst: t };
        await ruw.zet(sleutel, JSON.stringify(bijgewerkt), verlooptOm(bijgewerkt) - t, true);
        return bijgewerkt;
      }
      return sessie;
    },
    verwijder: (id) => ruw.verwijder(`sessie:${hash(id)}`),
    bewaarAanmelding: (id, aanmelding) => ruw.zet(`aanmelding:${hash(id)}`, JSON.stringify(aanmelding), AANMELDTERMIJN_MS),
    async neemAanmelding(id) {
      const tekst = await ruw.neem(`aanmelding:${hash(id)}`);
      if (tekst === undefined) return undefined;
      try {
        return JSON.parse(tekst) as LopendeAanmelding;
      } catch {
        return undefined;
      }
    },
    sluit: () => ruw.sluit(),
  };
}

/** De waarde van een cookie uit de kop Cookie, of undefined. */
export function cookieUit(kop: string | undefined, naam: string): string | undefined {
  if (!kop) return undefined;
  for (const deel of kop.split(';')) {
    const is = deel.indexOf('=');
    if (is < 0) continue;
    if (deel.slice(0, is).trim() === naam) {
      const waarde = deel.slice(is + 1).trim();
      return waarde === '' ? undefined : waarde;
    }
  }
  return undefined;
}

/**
 * Een Set-Cookie-kop: altijd HttpOnly, SameSite=Lax en Path=/, Secure achter https (en dan
 * met het voorvoegsel __Host-, dat de browser alleen met Secure, Path=/ en zonder Domain
 * aanneemt). Zonder maxAgeS een sessiecookie: weg als de browser sluit.
 */
export function zetCookie(naam: string, waarde: string, { secure, maxAgeS }: { secure: boolean; maxAgeS?: number }): string {
  return [`${naam}=${waarde}`, 'Path=/', 'HttpOnly', ...(secure ? ['Secure'] : []), 'SameSite=Lax', ...(maxAgeS === undefined ? [] : [`Max-Age=${maxAgeS}`])].join('; ');
}

/** Wist een cookie in de browser. */
export const wisCookie = (naam: string, secure: boolean) => zetCookie(naam, '', { secure, maxAgeS: 0 });

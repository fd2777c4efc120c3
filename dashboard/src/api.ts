// Eén weg naar de gateway voor elke pagina: api() stuurt elk verzoek met de sessiecookie
// (credentials) en de CSRF-kop uit GET /sessie, en stuurt de lezer naar het aanmelden als de
// gateway zegt dat de sessie verlopen is, met de pagina waar hij was als terugweg. Het
// dashboard ziet nooit een token: aanmelden gebeurt bij de gateway (OpenID Connect,
// backend-for-frontend), die alleen een sessiecookie zet die JavaScript niet kan lezen.
import { useEffect, useState } from 'react';

export interface Sessie {
  /** Of er een sessie is (aangemeld bij de OpenID-provider). */
  aangemeld: boolean;
  /** Wie er is aangemeld, zoals de provider hem noemt. */
  naam: string | null;
  rollen: string[];
  /** Gaat als kop x-csrf-token mee met elk verzoek dat op de sessiecookie leunt. */
  csrf: string | null;
  /** Wanneer de sessie verloopt (ISO 8601). */
  verlooptOm: string | null;
  /** Of deze gateway aanmelden kent (GET /sessie geeft dan een aanmeldlink); in de ontwikkelmodus niet. */
  aanmelden: boolean;
  /** Of een verzoek zonder aanmelden iets mag (in de ontwikkelmodus een analist; rollen zijn dan de zijne). */
  anoniem: boolean;
}

/** Zonder aanmelden (de ontwikkelmodus, of een gateway zonder /sessie): niemand, met de rollen die de gateway noemt. */
const ZONDER_AANMELDEN: Sessie = { aangemeld: false, naam: null, rollen: [], csrf: null, verlooptOm: null, aanmelden: false, anoniem: true };

export const CSRF_KOP = 'x-csrf-token';

/** De fout van de gateway als een sessie verlopen is. */
export const SESSIE_VERLOPEN = 'SESSIE_VERLOPEN';

/** Waar deze pagina staat, als terugweg na het aanmelden. */
export const huidigePagina = () => `${window.location.pathname}${window.location.search}`;

/** De URL van het aanmelden bij de gateway, met de terugweg. */
export function aanmeldpad(terug = huidigePagina(), basis = '/aanmelden'): string {
  const url = new URL(basis, window.location.origin);
  if (!url.searchParams.has('terug')) url.searchParams.set('terug', terug);
  return url.origin === window.location.origin ? `${url.pathname}${url.search}` : url.href;
}

function leesSessie(inhoud: unknown): Sessie {
  const s = (inhoud ?? {}) as Partial<Record<keyof Sessie, unknown>>;
  const tekst = (w: unknown) => (typeof w === 'string' && w !== '' ? w : null);
  return {
    aangemeld: s.aangemeld === true,
    naam: tekst(s.naam),
    rollen: Array.isArray(s.rollen) ? s.rollen.filter((r): r is string => typeof r === 'string') : [],
    csrf: tekst(s.csrf),
    verlooptOm: tekst(s.verlooptOm),
    aanmelden: typeof s.aanmelden === 'string',
    anoniem: s.anoniem === true,
  };
}

let sessie: Promise<Sessie> | null = null;
const luisteraars = new Set<(s: Sessie) => void>();

/** De sessie volgens de gateway; één keer gevraagd, opnieuw met `vers`. */
export function haalSessie(vers = false): Promise<Sessie> {
  if (sessie && !vers) return sessie;
  const nieuw = fetch('/sessie', { credentials: 'same-origin', headers: { accept: 'application/json' }, cache: 'no-store' }).then(
    async (antwoord) => (antwoord.ok ? leesSessie(await antwoord.json()) : ZONDER_AANMELDEN),
    () => ZONDER_AANMELDEN,
  );
  sessie = nieuw;
  void nieuw.then((s) => luisteraars.forEach((l) => l(s)));
  return nieuw;
}

/** Naar het aanmelden; wat daarna nog geladen wordt, doet er niet meer toe. */
function naarAanmelden(aanmelden: unknown): Promise<never> {
  window.location.assign(aanmeldpad(huidigePagina(), typeof aanmelden === 'string' && aanmelden ? aanmelden : '/aanmelden'));
  return new Promise<never>(() => undefined);
}

/** Zo vaak probeert een verzoek het opnieuw na een 429 of 503, en alleen als de gateway hooguit zo lang laat wachten. */
const POGINGEN_NA_DRUKTE = 2;
const MAXIMAAL_WACHTEN_S = 5;

/**
 * fetch naar de gateway, voor elke pagina (ook GraphiQL op de Query-pagina): met de
 * sessiecookie en de CSRF-kop; een verlopen sessie gaat naar het aanmelden.
 */
export async function api(invoer: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const { csrf } = await haalSessie();
  const headers = new Headers(init.headers);
  if (csrf) headers.set(CSRF_KOP, csrf);
  let antwoord = await fetch(invoer, { ...init, headers, credentials: 'same-origin' });
  // Het budget van deze analist was even op (429) of de gateway had het te druk (503): hij
  // zegt met Retry-After wanneer het weer kan. Een pagina die veel tegelijk vraagt, wacht dan
  // kort en probeert het opnieuw, in plaats van een fout te tonen; een Request kan dat niet
  // (zijn body is al gelezen), een tekst wel.
  for (let poging = 0; poging < POGINGEN_NA_DRUKTE && (antwoord.status === 429 || antwoord.status === 503) && !(invoer instanceof Request); poging++) {
    const seconden = Number(antwoord.headers.get('retry-after'));
    if (!Number.isFinite(seconden) || seconden <= 0 || seconden > MAXIMAAL_WACHTEN_S) break;
    await new Promise((klaar) => setTimeout(klaar, seconden * 1000));
    antwoord = await fetch(invoer, { ...init, headers, credentials: 'same-origin' });
  }
  if (antwoord.status === 401) {
    const inhoud = (await antwoord
      .clone()
      .json()
      .catch(() => null)) as { errors?: { extensions?: { code?: unknown; aanmelden?: unknown } }[] } | null;
    const fout = inhoud?.errors?.find((f) => f.extensions?.code === SESSIE_VERLOPEN);
    if (fout) return naarAanmelden(fout.extensions?.aanmelden);
  }
  return antwoord;
}

/** Een fout uit een JSON-antwoord van de gateway: de meldingen en de code van de eerste. */
export interface Gatewayfout {
  status: number;
  code: string | null;
  meldingen: string[];
  extensions: Record<string, unknown>;
}

export async function leesFout(antwoord: Response): Promise<Gatewayfout> {
  const inhoud = (await antwoord.json().catch(() => null)) as { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | null;
  const fouten = inhoud?.errors ?? [];
  const extensions = fouten[0]?.extensions ?? {};
  return {
    status: antwoord.status,
    code: typeof extensions.code === 'string' ? extensions.code : null,
    meldingen: fouten.map((f) => f.message ?? '').filter(Boolean),
    extensions,
  };
}

/** De sessie in een component; undefined zolang de gateway nog niet antwoordde. */
export function useSessie(): Sessie | undefined {
  const [huidig, zet] = useState<Sessie | undefined>();
  useEffect(() => {
    let actueel = true;
    void haalSessie().then((s) => actueel && zet(s));
    const bij = (s: Sessie) => actueel && zet(s);
    luisteraars.add(bij);
    return () => {
      actueel = false;
      luisteraars.delete(bij);
    };
  }, []);
  return huidig;
}

/** Afmelden: de gateway beëindigt de sessie; daarna naar wat zij aanwijst, of naar het begin van het dashboard. */
export async function afmelden(): Promise<void> {
  // Met accept: application/json antwoordt de gateway met JSON ({ afgemeld, naar }) in plaats van een redirect, die fetch niet kan volgen naar de provider.
  const antwoord = await api('/afmelden', { method: 'POST', headers: { accept: 'application/json' } });
  const doel = ((await antwoord.json().catch(() => null)) as { naar?: unknown } | null)?.naar;
  window.location.assign(typeof doel === 'string' && doel ? doel : '/dashboard/');
}

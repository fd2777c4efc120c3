// De gateway praat met het overzichtenregister (overzichtenregister/) over HTTP, met het
// gedeelde geheim, zoals met een subgraph. Geen MikroORM in de gateway: die zit in het register.
import { request } from 'undici';
import { geheimkop, KOPPEN, type Identiteit } from '../../kern/identiteit.js';
import { alsAsciiJson } from '../../kern/kopwaarde.js';
import type { Registerpublicatie, Registerstand } from '../../kern/overzichten.js';
import type { Partnerregistratie } from '../../kern/partners.js';

export interface Registerinstelling {
  /** De basis-URL, bijvoorbeeld http://overzichten:4100. */
  url: string;
}

/** Een antwoord van het register: status en JSON. */
export interface Registerantwoord {
  status: number;
  inhoud: unknown;
}

export interface Registerclient {
  readonly url: string;
  stand(termijnMs?: number): Promise<string>;
  lees(): Promise<Registerstand>;
  publiceer(publicatie: Registerpublicatie, wie: Identiteit, verzoekId?: string): Promise<Registerantwoord>;
  trekIn(naam: string, inhoud: { reden: string; per: string }, wie: Identiteit, verzoekId?: string): Promise<Registerantwoord>;
  verslag(naam: string, wie: Identiteit, verzoekId?: string): Promise<Registerantwoord>;
  /** Het manifest van een partnerapp (kern/partners.ts): vastleggen, intrekken, en het verslag. */
  registreerManifest(app: string, registratie: Partnerregistratie, wie: Identiteit, verzoekId?: string): Promise<Registerantwoord>;
  trekManifestIn(app: string, wie: Identiteit, verzoekId?: string): Promise<Registerantwoord>;
  partnerverslag(app: string, wie: Identiteit, verzoekId?: string): Promise<Registerantwoord>;
}

/** Het register antwoordde niet, of met iets onverwachts; de melding zegt wat. */
export class Registerfout extends Error {
  constructor(
    melding: string,
    /** Kwam het verzoek zeker niet aan (geen verbinding)? Dan is er zeker niets vastgelegd. */
    readonly nooitAangekomen: boolean,
  ) {
    super(melding);
  }
}

export function registerclient({ url }: Registerinstelling, geheim: string | undefined): Registerclient {
  const basis = url.replace(/\/+$/, '');
  const koppen = (wie?: Identiteit, verzoekId?: string): Record<string, string> => ({
    'content-type': 'application/json',
    ...geheimkop(geheim),
    ...(wie ? { [KOPPEN.identiteit]: alsAsciiJson(wie) } : {}),
    ...(verzoekId ? { [KOPPEN.verzoekId]: verzoekId } : {}),
  });
  const vraag = async (pad: string, init: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: string; wie?: Identiteit; verzoekId?: string; termijnMs?: number } = {}): Promise<Registerantwoord> => {
    const termijn = init.termijnMs ?? 10_000;
    try {
      const antwoord = await request(`${basis}${pad}`, {
        method: init.method ?? 'GET',
        headers: koppen(init.wie, init.verzoekId),
        body: init.body,
        headersTimeout: termijn,
        bodyTimeout: termijn,
      });
      const tekst = await antwoord.body.text();
      if (antwoord.statusCode === 401) throw new Registerfout('Het overzichtenregister herkent het SUBGRAAF_GEHEIM van de gateway niet; de beheerder moet het voor beide gelijk zetten.', false);
      let inhoud: unknown;
      try {
        inhoud = JSON.parse(tekst);
      } catch {
        throw new Registerfout(`Het overzichtenregister gaf geen JSON (HTTP ${antwoord.statusCode}).`, false);
      }
      return { status: antwoord.statusCode, inhoud };
    } catch (fout) {
      if (fout instanceof Registerfout) throw fout;
      const code = (fout as { code?: unknown }).code;
      const nooitAangekomen = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
      throw new Registerfout(`Het overzichtenregister op ${basis} is niet bereikbaar (${typeof code === 'string' ? code : (fout as Error).message}).`, nooitAangekomen);
    }
  };
  const verwacht200 = <T>(antwoord: Registerantwoord, wat: string): T => {
    if (antwoord.status !== 200) throw new Registerfout(`Het overzichtenregister gaf HTTP ${antwoord.status} op ${wat}.`, false);
    return antwoord.inhoud as T;
  };
  return {
    url: basis,
    stand: async (termijnMs = 2000) => verwacht200<{ stand: string }>(await vraag('/overzichten/stand', { termijnMs }), 'de stand').stand,
    lees: async () => verwacht200<Registerstand>(await vraag('/overzichten'), 'de lijst'),
    publiceer: (publicatie, wie, verzoekId) => vraag('/overzichten', { method: 'POST', body: JSON.stringify(publicatie), wie, verzoekId }),
    trekIn: (naam, inhoud, wie, verzoekId) => vraag(`/overzichten/${encodeURIComponent(naam)}/intrekken`, { method: 'POST', body: JSON.stringify(inhoud), wie, verzoekId }),
    verslag: (naam, wie, verzoekId) => vraag(`/overzichten/${encodeURIComponent(naam)}/verslag`, { wie, verzoekId }),
    registreerManifest: (app, registratie, wie, verzoekId) => vraag(`/partners/${encodeURIComponent(app)}`, { method: 'PUT', body: JSON.stringify(registratie), wie, verzoekId }),
    trekManifestIn: (app, wie, verzoekId) => vraag(`/partners/${encodeURIComponent(app)}`, { method: 'DELETE', wie, verzoekId }),
    partnerverslag: (app, wie, verzoekId) => vraag(`/partners/${encodeURIComponent(app)}/verslag`, { wie, verzoekId }),
  };
}

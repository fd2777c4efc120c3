// Een ministerie-subgraph met de publicatie-eindpunten achter het gedeelde geheim, zoals
// subgraphs/ministerie/proces.ts hem opzet, op poort 0 en met een eigen SQLite-bestand. Verzoeken gaan er
// rechtstreeks heen, met de koppen die de gateway zou meesturen.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DepartementCode } from '../../kern/config.js';
import { luister, MAXIMALE_SUBGRAAFBODY } from '../../kern/http.js';
import { KOPPEN, type Rol } from '../../kern/identiteit.js';
import { editieroutes } from '../../subgraphs/ministerie/editieroutes.js';
import { laadBijEersteStart } from '../../subgraphs/ministerie/proces.js';
import { bouwSubgraaf, type Subgraaf } from '../../subgraphs/ministerie/subgraaf.js';
import type { Redisinstelling } from '../../kern/wijzigingsbericht.js';
import { ministeries } from '../../subgraphs/ministeries.js';

export const GEHEIM = 'geheim-van-de-proefgateway';

export const nieuwSqlitePad = (departement: DepartementCode) => join(mkdtempSync(join(tmpdir(), `thuis-publicatie-${departement.toLowerCase()}-`)), 'db.sqlite');

export const sha256VanBestand = (pad: string) => createHash('sha256').update(readFileSync(pad)).digest('hex');
export const sha256 = (tekst: string) => createHash('sha256').update(tekst).digest('hex');

export interface Verzoekopties {
  methode?: 'GET' | 'POST' | 'PUT';
  /** De rol in de identiteitskop; null: geen identiteitskop. */
  rol?: Rol | null;
  onderwerp?: string;
  body?: string;
  contentType?: string;
  geheim?: string;
}

export interface Antwoord {
  status: number;
  headers: Headers;
  tekst: string;
  json<T = Record<string, unknown>>(): T;
}

export interface Publicatiesubgraaf {
  subgraaf: Subgraaf;
  /** De GraphQL-URL, zoals een gateway hem kent. */
  url: string;
  sqlitePad: string;
  /** Wat de subgraph logde, bij de start en na publicaties. */
  log: string[];
  verzoek(pad: string, opties?: Verzoekopties): Promise<Antwoord>;
  publiceer(yaml: string, opties?: Omit<Verzoekopties, 'body' | 'methode'> & { bestand?: string }): Promise<Antwoord>;
  stop(): Promise<void>;
}

export async function startPublicatiesubgraaf(
  departement: DepartementCode,
  { sqlitePad = nieuwSqlitePad(departement), data, redis = null }: { sqlitePad?: string; data?: URL; redis?: Redisinstelling | null } = {},
): Promise<Publicatiesubgraaf> {
  const ministerie = data ? { ...ministeries[departement], data } : ministeries[departement];
  const log: string[] = [];
  const schrijf = (tekst: string) => void log.push(tekst);
  const subgraaf = await bouwSubgraaf(ministerie, { sqlitePad, redis, waarschuw: schrijf });
  await laadBijEersteStart(subgraaf, schrijf);
  const http = await luister(subgraaf.server, async () => subgraaf.context(), {
    poort: 0,
    geheim: GEHEIM,
    maximaleBody: MAXIMALE_SUBGRAAFBODY,
    routes: editieroutes(subgraaf, { redis, log: schrijf }),
  });
  const basis = http.url.replace(/\/graphql$/, '');
  const verzoek = async (pad: string, { methode = 'GET', rol = 'analist', onderwerp = 'proefpersoon', body, contentType, geheim = GEHEIM }: Verzoekopties = {}): Promise<Antwoord> => {
    const headers: Record<string, string> = { [KOPPEN.geheim]: geheim, [KOPPEN.verzoekId]: 'proef' };
    if (rol !== null) headers[KOPPEN.identiteit] = JSON.stringify({ onderwerp, rollen: [rol], bron: 'jwt' });
    if (contentType) headers['content-type'] = contentType;
    const antwoord = await fetch(`${basis}${pad}`, { method: methode, headers, body });
    const tekst = await antwoord.text();
    return { status: antwoord.status, headers: antwoord.headers, tekst, json: <T>() => JSON.parse(tekst) as T };
  };
  return {
    subgraaf,
    url: http.url,
    sqlitePad,
    log,
    verzoek,
    publiceer: (yaml, { bestand, contentType = 'application/yaml', rol = `redacteur:${departement}` as Rol, ...rest } = {}) =>
      verzoek(`/edities${bestand ? `?bestand=${encodeURIComponent(bestand)}` : ''}`, { ...rest, methode: 'POST', body: yaml, contentType, rol }),
    async stop() {
      await http.stop();
      await subgraaf.sluit();
    },
  };
}

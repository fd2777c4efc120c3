// De lengtes van de lijsten zoals de subgraphs ze nu serveren (GET /lijstlengtes op elke
// subgraph), samengevoegd tot de kostentabel waarmee de gateway een operatie schat. Een
// lijst die (nog) niemand telde, houdt de gemeten lengte uit KOSTENTABEL: zo is de
// schatting nooit lager dan de gegevens rechtvaardigen, ook vóór de eerste telling.
import { request } from 'undici';
import { geheimkop } from '../../kern/identiteit.js';
import { samengevoegd, type Lijstlengtes } from '../../kern/lijstlengtes.js';
import type { Logboek } from '../../kern/logboek.js';
import { KOSTENTABEL, type Kostentabel } from './kosten.js';

export interface Gemetenlengtesopties {
  /** GraphQL-URL per subgraph; /lijstlengtes staat ernaast. */
  adressen: () => Map<string, string>;
  geheim?: string;
  /** Zo vaak vraagt de gateway de tellingen opnieuw; een publicatie verandert ze. */
  intervalMs?: number;
  logboek?: Pick<Logboek, 'debug'>;
}

export interface Gemetenlengtes {
  /** De kostentabel met de lengtes van nu, waar die bekend zijn. */
  tabel(): Kostentabel;
  /** De tellingen zoals de subgraphs ze gaven, samengevoegd (voor /statistiek en de README). */
  gemeten(): Lijstlengtes;
  /** Vraagt de tellingen nu op (na een publicatie, bij de start). */
  vernieuw(): Promise<void>;
  stop(): void;
}

export function gemetenlengtes({ adressen, geheim, intervalMs = 15_000, logboek }: Gemetenlengtesopties): Gemetenlengtes {
  let gemeten: Lijstlengtes = {};
  let tabel: Kostentabel = KOSTENTABEL;
  const haal = async (naam: string, url: string): Promise<Lijstlengtes> => {
    try {
      const antwoord = await request(url.replace(/\/graphql$/, '/lijstlengtes'), {
        headers: geheimkop(geheim),
        headersTimeout: 2000,
        bodyTimeout: 2000,
      });
      const tekst = await antwoord.body.text();
      return antwoord.statusCode === 200 ? (JSON.parse(tekst) as Lijstlengtes) : {};
    } catch (fout) {
      // Een subgraph die er niet is, telt niet; zijn lijsten houden de vorige of de vaste lengte.
      logboek?.debug({ subgraaf: naam, fout: fout instanceof Error ? fout.message : String(fout) }, 'lijstlengtes niet op te halen');
      return {};
    }
  };
  const vernieuw = async () => {
    const tellingen = await Promise.all([...adressen()].map(([naam, url]) => haal(naam, url)));
    const nieuw = samengevoegd(tellingen);
    // Wat nu niet geteld is (een subgraph die even wegviel), houdt de vorige telling.
    gemeten = { ...gemeten, ...nieuw };
    tabel = {
      ...KOSTENTABEL,
      lijstlengtes: { ...KOSTENTABEL.lijstlengtes, ...Object.fromEntries(Object.entries(gemeten).map(([sleutel, l]) => [sleutel, l.gemiddeld])) },
    };
  };
  const klok = setInterval(() => void vernieuw(), intervalMs);
  klok.unref();
  return { tabel: () => tabel, gemeten: () => gemeten, vernieuw, stop: () => clearInterval(klok) };
}

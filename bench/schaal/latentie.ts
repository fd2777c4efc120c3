// Eén client, verzoeken na elkaar: de mediaan van wat één analist merkt. Na een time-out
// stopt de reeks voor die vraag (nog negentien keer de termijn afwachten meet niets
// nieuws), en de reeks houdt een tijdsbudget, zodat de bench bij elke k eindigt.
import { percentiel } from '../meten.js';
import { subgraafstand, tijdPerVraag } from './subgraaftijd.js';
import { vraag, type Uitkomst } from './verzoek.js';
import type { Schaalvraag } from './vragen.js';

export interface Vraagmeting {
  vorm: string;
  /** Verzoeken na het eerste (dat opwarmt en apart staat). */
  verzoeken: number;
  geslaagd: number;
  p50: number | null;
  max: number | null;
  /** Het eerste verzoek, dat een koud pad kan treffen. */
  eersteMs: number;
  timeouts: number;
  /** Per code (extensions.code, HTTP-status of de time-out) hoe vaak. */
  fouten: Record<string, number>;
  /** Wat de telling zei, alleen bij de telling. */
  aantal?: number | null;
  /** Per subgraph de ms die één vraag daar kostte (subgraaftijd.ts), over de hele reeks. */
  subgrafenMs: Record<string, number>;
}

export interface Latentieopties {
  url: string;
  koppen: Record<string, string>;
  herhalingen: number;
  termijnMs: number;
  /** Na zoveel ms geen nieuw verzoek meer voor deze vraag. */
  budgetMs: number;
  /** De basis-URL van de gateway en een sleutel met de rol beheer, voor GET /metrics. */
  basis: string;
  beheersleutel: string;
}

const rond = (ms: number) => Math.round(ms * 10) / 10;

export async function meetVraag(v: Schaalvraag, o: Latentieopties): Promise<Vraagmeting> {
  const fouten: Record<string, number> = {};
  let timeouts = 0;
  // Een geweigerd verzoek (TE_DUUR) kwam niet bij de subgraphs: het telt niet mee in hun tijd per vraag.
  let uitgevoerd = 0;
  const noteer = (u: Uitkomst) => {
    if (u.soort !== 'fout' || !u.geweigerd) uitgevoerd += 1;
    if (u.soort === 'antwoord') return;
    fouten[u.code] = (fouten[u.code] ?? 0) + 1;
    if (u.soort === 'time-out') timeouts += 1;
  };
  const voor = await subgraafstand(o.basis, o.beheersleutel);
  const begin = Date.now();
  const eerste = await vraag(o.url, o.koppen, v.body, o.termijnMs);
  noteer(eerste);
  const meting: Vraagmeting = { vorm: v.vorm, verzoeken: 0, geslaagd: 0, p50: null, max: null, eersteMs: rond(eerste.ms), timeouts, fouten, subgrafenMs: {} };
  if (eerste.soort === 'antwoord' && v.aantal) meting.aantal = v.aantal(eerste.data);
  const subgrafenMs = async () => tijdPerVraag(voor, await subgraafstand(o.basis, o.beheersleutel), uitgevoerd);
  if (eerste.soort === 'time-out') return { ...meting, timeouts, subgrafenMs: await subgrafenMs() };
  const tijden: number[] = [];
  for (let i = 0; i < o.herhalingen && Date.now() - begin < o.budgetMs; i++) {
    const u = await vraag(o.url, o.koppen, v.body, o.termijnMs);
    meting.verzoeken += 1;
    noteer(u);
    if (u.soort === 'antwoord') tijden.push(u.ms);
    // Het aantal uit het eerste antwoord dat er was: het eerste verzoek kan een pauze van de onderbreker treffen.
    if (u.soort === 'antwoord' && v.aantal && meting.aantal == null) meting.aantal = v.aantal(u.data);
    if (u.soort === 'time-out') break;
  }
  return {
    ...meting,
    geslaagd: tijden.length,
    p50: tijden.length > 0 ? rond(percentiel(tijden, 50)) : null,
    max: tijden.length > 0 ? rond(Math.max(...tijden)) : null,
    timeouts,
    subgrafenMs: await subgrafenMs(),
  };
}

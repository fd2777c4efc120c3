// Het eerste antwoord na een import. Belast meten met cache meet vooral cachetreffers;
// wie na een import als eerste vraagt, wacht op de subgraphs. Daarom meldt de bench
// vóór elk verzoek een datawijziging, precies zoals een import dat doet.
import { performance } from 'node:perf_hooks';
import { DEPARTEMENTEN } from '../kern/config.js';
import { meldDataGewijzigd, type Redisinstelling } from '../kern/wijzigingsbericht.js';
import { vraag, type Antwoord } from './antwoorden.js';
import { percentiel, type Latentie } from './meten.js';

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `datageneratie` uit GET /health; undefined als de gateway dat veld niet geeft. */
async function datageneratie(gezondheid: string): Promise<string | null | undefined> {
  const inhoud = (await (await fetch(gezondheid)).json()) as { datageneratie?: string | null };
  return inhoud.datageneratie;
}

/** Meldt een wijziging en wacht tot de gateway het bericht binnen heeft. */
async function meldWijziging(gezondheid: string, redis: Redisinstelling, departement: string): Promise<void> {
  const voor = await datageneratie(gezondheid);
  await meldDataGewijzigd(departement, redis);
  if (voor === undefined) {
    // Zonder het veld is niet te zien wanneer het bericht binnen is; via een lokale
    // Redis duurt dat hooguit enkele milliseconden.
    await wacht(20);
    return;
  }
  const grens = performance.now() + 1000;
  while (performance.now() < grens) {
    if ((await datageneratie(gezondheid)) !== voor) return;
    await wacht(1);
  }
  throw new Error(`${gezondheid} gaf 1 s na een wijzigingsbericht nog dezelfde datageneratie; het eerste antwoord is zo niet te meten`);
}

export interface EersteAntwoordopties {
  url: string;
  gezondheid: string;
  body: string;
  redis: Redisinstelling;
  aantal: number;
  /** Gooit als het antwoord niet klopt; dan stopt de bench. */
  controleer: (antwoord: Antwoord) => void;
}

/**
 * Eén client, verzoeken na elkaar, vóór elk verzoek een wijzigingsbericht. Een
 * cachetreffer draagt een Age-kop; dat een gemeten antwoord er geen heeft, bewijst
 * alleen iets als een treffer er wel een heeft, dus dat wordt eerst nagegaan.
 */
export async function meetEersteAntwoord(opties: EersteAntwoordopties): Promise<Latentie> {
  await vraag(opties.url, opties.body);
  if ((await vraag(opties.url, opties.body)).leeftijd === null) {
    throw new Error(`${opties.url} gaf een herhaald verzoek niet uit de cache: staat de responscache aan?`);
  }
  // Opwarmen zoals bij elke meting: de belaste meting van deze variant bestond uit
  // cachetreffers, dus het pad van een gemiste cache is nog koud; in gebruik is het dat
  // niet (elke nieuwe vraag van een analist gaat erlangs). Deze ronde telt niet mee.
  await eersteAntwoorden(opties);
  return percentielen(await eersteAntwoorden(opties));
}

async function eersteAntwoorden(opties: EersteAntwoordopties): Promise<number[]> {
  const tijden: number[] = [];
  for (let i = 0; i < opties.aantal; i++) {
    // Wisselende ministeries, zoals opeenvolgende imports.
    await meldWijziging(opties.gezondheid, opties.redis, DEPARTEMENTEN[i % DEPARTEMENTEN.length]);
    const begin = performance.now();
    const antwoord = await vraag(opties.url, opties.body);
    tijden.push(performance.now() - begin);
    if (antwoord.leeftijd !== null) {
      throw new Error(`${opties.url} gaf na een wijzigingsbericht een antwoord uit de cache (Age: ${antwoord.leeftijd})`);
    }
    opties.controleer(antwoord);
  }
  return tijden;
}

/** p50 en p99 (nearest rank) van losse tijden in ms, op 0,1 ms. */
function percentielen(tijden: number[]): Latentie {
  const afgerond = (ms: number) => Math.round(ms * 10) / 10;
  return { p50: afgerond(percentiel(tijden, 50)), p99: afgerond(percentiel(tijden, 99)) };
}

// Eén meetfunctie voor elke variant en elke belasting: autocannon tegen een URL,
// met SQL-statements (opgeteld over de subgraphs) en piek-RSS van het gemeten proces.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { gatewaykoppen, subgraafkoppen } from './koppen.js';

export interface Meetdoel {
  url: string;
  /** Proces waarvan de piek-RSS telt. */
  pid: number | undefined;
  /** /statistiek-URL's van de subgraphs achter dit doel; leeg: er is geen SQL om te tellen. */
  statistiek: string[];
}

export interface Meting {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  sqlPerRequest: number | null;
  rssMb: number | null;
}

export interface Latentie {
  p50: number;
  p99: number;
}

/** Het p-de percentiel (nearest rank) van losse metingen: de kleinste waarde waar p % van de metingen niet boven ligt. */
export function percentiel(waarden: readonly number[], p: number): number {
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil((p / 100) * gesorteerd.length) - 1))];
}

/** Piek van het residente geheugen van een proces tijdens `werk`, in MB. */
async function metPiekRss<T>(pid: number | undefined, werk: () => Promise<T>): Promise<{ resultaat: T; rssMb: number | null }> {
  let piek = 0;
  const meet = () => {
    if (!pid) return;
    try {
      const regel = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      if (regel) piek = Math.max(piek, Number(regel[1]) / 1024);
    } catch {
      // proces weg of geen /proc: geen meting
    }
  };
  meet();
  const klok = setInterval(meet, 100);
  try {
    const resultaat = await werk();
    meet();
    return { resultaat, rssMb: piek > 0 ? Math.round(piek) : null };
  } finally {
    clearInterval(klok);
  }
}

async function sqlStatements(urls: string[]): Promise<number> {
  const tellingen = await Promise.all(urls.map(async (u) => ((await (await fetch(u, { headers: subgraafkoppen() })).json()) as { sqlStatements: number }).sqlStatements));
  return tellingen.reduce((a, b) => a + b, 0);
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Wacht tot de subgraphs geen SQL meer doen (hooguit 30 s). Als autocannon stopt,
 * lopen de verzoeken die nog onderweg waren door in gateway en subgraphs; bij een
 * seconde per verzoek en 16 verbindingen belasten ze anders de eerste seconden van
 * de volgende meting, en die meet dan een drukkere machine dan hij denkt.
 */
async function wachtTotStil(statistiek: string[]): Promise<void> {
  if (statistiek.length === 0) return;
  const grens = Date.now() + 30_000;
  let vorige = await sqlStatements(statistiek);
  while (Date.now() < grens) {
    await wacht(250);
    const nu = await sqlStatements(statistiek);
    if (nu === vorige) return;
    vorige = nu;
  }
}

export async function meet(doel: Meetdoel, body: string, belasting: { seconden: number; verbindingen: number }): Promise<Meting> {
  const voor = await sqlStatements(doel.statistiek);
  const { resultaat, rssMb } = await metPiekRss(doel.pid, () =>
    autocannon({
      url: doel.url,
      method: 'POST',
      headers: gatewaykoppen(),
      body,
      connections: belasting.verbindingen,
      duration: belasting.seconden,
    }),
  );
  // Vóór het uitlopen geteld: de SQL van de uitlopers hoort bij geen geteld verzoek.
  const na = await sqlStatements(doel.statistiek);
  await wachtTotStil(doel.statistiek);
  const totaal = resultaat.requests.total;
  return {
    rps: Math.round(resultaat.requests.average),
    p50: resultaat.latency.p50,
    p99: resultaat.latency.p99,
    // autocannon telt time-outs al mee in errors.
    errors: resultaat.errors + resultaat.non2xx,
    sqlPerRequest: doel.statistiek.length === 0 ? null : totaal > 0 ? Math.round(((na - voor) / totaal) * 100) / 100 : 0,
    rssMb,
  };
}

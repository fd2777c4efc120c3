// Een snelle variant met een ander antwoord meet niets: elk antwoord moet data zonder
// fouten zijn, gelijk aan de referentie.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'undici';
import { gatewaykoppen } from './koppen.js';

export interface Antwoord {
  status: number;
  /** De Age-kop: de responscache zet die alleen op een antwoord uit de cache. */
  leeftijd: string | null;
  tekst: string;
}

/**
 * Eén verzoek, met undici.request: het eerste antwoord wordt hiermee getimed, en de
 * meetlat mag niet zelf milliseconden kosten (fetch bouwt voor elk antwoord streams op;
 * gemeten ±2 ms bij een antwoord van 25 kB).
 */
export async function vraag(url: string, body: string): Promise<Antwoord> {
  const antwoord = await request(url, { method: 'POST', headers: gatewaykoppen(), body });
  const leeftijd = antwoord.headers.age;
  return { status: antwoord.statusCode, leeftijd: typeof leeftijd === 'string' ? leeftijd : null, tekst: await antwoord.body.text() };
}

function leesInhoud(antwoord: Antwoord): { data?: unknown; errors?: unknown } | null {
  try {
    return JSON.parse(antwoord.tekst) as { data?: unknown; errors?: unknown };
  } catch {
    return null;
  }
}

/** Waarom een antwoord geen bruikbare data is (geen JSON, een fout, lege data), of null als het dat wel is. */
export function foutUit(antwoord: Antwoord): string | null {
  const inhoud = leesInhoud(antwoord);
  if (!inhoud) return `geen JSON: ${antwoord.status} ${antwoord.tekst.slice(0, 300)}`;
  if (antwoord.status !== 200 || inhoud.errors || !inhoud.data) return `${antwoord.status} ${JSON.stringify(inhoud.errors ?? inhoud).slice(0, 500)}`;
  return null;
}

/** De data als vergelijkbare tekst; een fout, een lege data of geen JSON is een breuk. */
export function dataUit(antwoord: Antwoord, wie: string): string {
  const fout = foutUit(antwoord);
  if (fout !== null) throw new Error(`${wie} gaf een fout: ${fout}`);
  return JSON.stringify(leesInhoud(antwoord)?.data);
}

/** Gooit bij verschil, en laat beide antwoorden in `map` achter om ze te vergelijken. */
export function vergelijk(verwacht: string, gekregen: string, wie: string, operatie: string, map: string): void {
  if (gekregen === verwacht) return;
  const pad = join(map, `${operatie}-${wie.replace(/\W+/g, '-')}.json`);
  writeFileSync(pad, gekregen);
  writeFileSync(join(map, `${operatie}-referentie.json`), verwacht);
  throw new Error(`${wie} geeft voor ${operatie} een ander antwoord dan de referentie (zie ${pad})`);
}

// Of een subgraph verzoeken kan beantwoorden (GET /health/ready): een loadbalancer of
// docker-compose stuurt pas verkeer als de database antwoordt en er gegevens zijn.
import type { Subgraaf } from './subgraaf.js';

/** Langer wachten heeft geen zin: een database die zo traag is, telt als niet bereikbaar. */
export const DATABASETERMIJN_MS = 2000;

/** Waarom de subgraph niet gereed is; leeg als hij gereed is. */
export async function subgraafGereedheid(subgraaf: Subgraaf, termijnMs = DATABASETERMIJN_MS): Promise<string[]> {
  const redenen: string[] = [];
  let klok: NodeJS.Timeout | undefined;
  const termijn = new Promise<{ ok: false; reason: string }>((resolve) => {
    klok = setTimeout(() => resolve({ ok: false, reason: `geen antwoord binnen ${termijnMs} ms` }), termijnMs);
  });
  // Een triviale query (select 1): bewijst dat er een verbinding is zonder iets te lezen.
  const controle = await Promise.race([
    subgraaf.db.orm.checkConnection().catch((fout: unknown) => ({ ok: false as const, reason: fout instanceof Error ? fout.message : String(fout) })),
    termijn,
  ]);
  clearTimeout(klok);
  if (!controle.ok) redenen.push(`De database van ${subgraaf.ministerie.departement} is niet bereikbaar (${controle.reason}).`);
  if (subgraaf.momentopname.stempel === '') {
    redenen.push(`${subgraaf.ministerie.departement} heeft nog geen gegevens: er is geen editie geïmporteerd.`);
  }
  return redenen;
}

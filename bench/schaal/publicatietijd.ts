// npm run bench:publicatie -- [--schaal 1,5,20] [--publicaties N] [--bewaar]
//
// Waar gaat de tijd van één publicatie heen (issue 25: zichtbaar binnen 2 s)? Per k, in
// dit proces en zonder gateway: de edities van BZK k keer (vermenigvuldig.ts), de import,
// dan de subgraph zoals proces.ts hem start (laadBijEersteStart) en N keer na elkaar
// POST /edities met één kleine editie zoals de schaalbench haar stuurt (één doel met een
// nieuwe naam), via de route zelf: lezen in de werkthread, valideren, samenvoegen,
// schrijven en de momentopname laden. Zoals proces.ts leest de subgraph na de start de
// edities in de cache (vulCache, hier met een eigen werkthread, zodat die van de subgraph
// koud blijft zoals in productie na een halve minuut rust). Met --koude-cache vergeet de
// cache van gelezen edities (editie/editiecache.ts) alles vóór de eerste publicatie: een
// publicatie direct na een start, voordat die de edities gelezen heeft. Per fase de milliseconden (editie/fasen.ts); een
// fase die per bestand loopt, staat opgeteld. "totaal" is de route van verzoek tot antwoord.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { HeaderMap } from '@apollo/server';
import { tekstVan } from '../../kern/http.js';
import { KOPPEN } from '../../kern/identiteit.js';
import { openDatabase } from '../../subgraphs/ministerie/database.js';
import { editieroutes } from '../../subgraphs/ministerie/editieroutes.js';
import { vergeetEdities } from '../../subgraphs/ministerie/editie/editiecache.js';
import { meetFasen } from '../../subgraphs/ministerie/editie/fasen.js';
import { vulCache } from '../../subgraphs/ministerie/editie/bronnen.js';
import { editielezer } from '../../subgraphs/ministerie/editie/lezer.js';
import { importeer } from '../../subgraphs/ministerie/editie/importeren.js';
import { editiebestanden } from '../../subgraphs/ministerie/editie/lezen.js';
import { vandaag } from '../../subgraphs/ministerie/editie/schema.js';
import { laadBijEersteStart } from '../../subgraphs/ministerie/proces.js';
import { bouwSubgraaf } from '../../subgraphs/ministerie/subgraaf.js';
import { ministeries } from '../../subgraphs/ministeries.js';
import { wijziging } from './publicatie.js';
import { vermenigvuldig } from './vermenigvuldig.js';

/** `n` datums tot en met vandaag waarop de map nog geen editie heeft, nieuwste eerst. */
function vrijeDatums(map: string, n: number): string[] {
  const datums: string[] = [];
  const d = new Date(`${vandaag()}T00:00:00Z`);
  while (datums.length < n) {
    const datum = d.toISOString().slice(0, 10);
    if (!existsSync(join(map, `${datum}.yaml`))) datums.push(datum);
    d.setUTCDate(d.getUTCDate() - 1);
  }
  return datums;
}

export interface Publicatietijd {
  k: number;
  rijen: number;
  bestanden: number;
  importMs: number;
  /** Per publicatie: totaal en de fasen. */
  metingen: { status: number; totaalMs: number; fasen: Record<string, number> }[];
}

export async function meetPublicatietijd(k: number, publicaties: number, bewaar: boolean, koudeCache = false): Promise<Publicatietijd> {
  const doel = mkdtempSync(join(tmpdir(), `thuis-publicatietijd-k${k}-`));
  try {
    const { mappen } = vermenigvuldig({ k, doel });
    const map = mappen.BZK;
    const sqlitePad = join(doel, 'bzk.sqlite');
    const db = await openDatabase({ sqlitePad });
    const begin = performance.now();
    const { toestand } = await importeer(db.orm.em, map, 'BZK');
    const importMs = performance.now() - begin;
    await db.sluit();
    const rijen = Object.values(toestand).reduce((n, lijst) => n + lijst.length, 0);

    const subgraaf = await bouwSubgraaf({ ...ministeries.BZK, data: pathToFileURL(map + '/') }, { sqlitePad });
    const metingen: Publicatietijd['metingen'] = [];
    try {
      await laadBijEersteStart(subgraaf, () => undefined);
      const route = editieroutes(subgraaf, { log: () => undefined }).find((r) => r.label === '/edities');
      if (!route) throw new Error('geen route /edities');
      // Wat laadBijEersteStart al las, telt niet: op main leest isActueel bij een herstart niets.
      vergeetEdities();
      if (!koudeCache) {
        const lezer = editielezer();
        await vulCache(subgraaf.db.orm.em, map, 'BZK', lezer.lees);
        await lezer.sluit();
      }
      for (const datum of vrijeDatums(map, publicaties)) {
        const headers = new HeaderMap();
        headers.set('content-type', 'application/yaml');
        headers.set(KOPPEN.identiteit, JSON.stringify({ onderwerp: 'publicatiebench', rollen: ['redacteur:BZK'], bron: 'api-sleutel' }));
        const tekst = wijziging(map, `publicatiebench ${Date.now()}`, datum, 'Publicatie van de publicatiebench (issue 25)').yaml;
        const start = performance.now();
        const { resultaat, fasen } = await meetFasen(() => route.behandel({ method: 'POST', headers, search: '', tekst, pad: '/edities' }, []));
        const totaalMs = performance.now() - start;
        if (resultaat.status !== 201) throw new Error(`publicatie ${datum}: ${resultaat.status} ${tekstVan(resultaat.body).slice(0, 500)}`);
        metingen.push({ status: resultaat.status, totaalMs, fasen: Object.fromEntries(fasen) });
      }
    } finally {
      await subgraaf.sluit();
    }
    return { k, rijen, bestanden: editiebestanden(map).length, importMs, metingen };
  } finally {
    if (!bewaar) rmSync(doel, { recursive: true, force: true });
    else console.log(`bewaard: ${doel}`);
  }
}

const rond = (ms: number) => String(Math.round(ms)).padStart(6);

/** Eén tabel per k: de fasen in de volgorde waarin ze voor het eerst liepen, per publicatie een kolom. */
export function toonPublicatietijd(m: Publicatietijd): string {
  const fasen = [...new Set(m.metingen.flatMap((x) => Object.keys(x.fasen)))];
  const breedte = Math.max(...fasen.map((f) => f.length), 'totaal (route)'.length);
  const regels = [
    `k=${m.k}: BZK ${m.bestanden} editiebestanden, ${m.rijen} rijen; eerste import ${Math.round(m.importMs)} ms`,
    `${''.padEnd(breedte)} ${m.metingen.map((_, i) => `#${i + 1}`.padStart(6)).join(' ')}`,
    ...fasen.map((f) => `${f.padEnd(breedte)} ${m.metingen.map((x) => rond(x.fasen[f] ?? 0)).join(' ')}`),
    `${'totaal (route)'.padEnd(breedte)} ${m.metingen.map((x) => rond(x.totaalMs)).join(' ')}`,
  ];
  return regels.join('\n');
}

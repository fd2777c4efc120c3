// De import zoals npm run import haar doet (dezelfde functie, in dit proces zodat alleen
// de import zelf getimed wordt en niet het starten van tsx), per ministerie in zijn eigen
// SQLite-bestand, vóór de stapel start. Het ministerie vindt bij zijn start dan een
// database die bij zijn map past, zoals na een import in productie.
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { DEPARTEMENTEN, subgraaf, type DepartementCode } from '../../kern/config.js';
import { openDatabase } from '../../subgraphs/ministerie/database.js';
import { importeer } from '../../subgraphs/ministerie/editie/importeren.js';
import type { Tabelnaam } from '../../subgraphs/ministerie/entiteiten.js';

export interface Ministerieimport {
  ms: number;
  /** Rijen per tabel na de import. */
  rijen: Partial<Record<Tabelnaam, number>>;
}

export interface Importuitkomst {
  /** De vijf imports na elkaar, samen. */
  ms: number;
  rijen: number;
  perMinisterie: Record<DepartementCode, Ministerieimport>;
}

/** Waar de stapel het SQLite-bestand van elk ministerie zoekt (scripts/productiestapel.ts). */
export const sqlitePad = (map: string, departement: DepartementCode) => join(map, `${subgraaf(departement).naam}.sqlite`);

export async function importeerAlles(map: string, mappen: Record<DepartementCode, string>): Promise<Importuitkomst> {
  const perMinisterie = {} as Record<DepartementCode, Ministerieimport>;
  for (const departement of DEPARTEMENTEN) {
    const db = await openDatabase({ sqlitePad: sqlitePad(map, departement) });
    try {
      const begin = performance.now();
      const { toestand } = await importeer(db.orm.em, mappen[departement], departement);
      const ms = performance.now() - begin;
      const rijen = Object.fromEntries(Object.entries(toestand).map(([tabel, lijst]) => [tabel, lijst.length]));
      perMinisterie[departement] = { ms: Math.round(ms), rijen };
    } finally {
      await db.sluit();
    }
  }
  const waarden = Object.values(perMinisterie);
  return {
    ms: waarden.reduce((t, m) => t + m.ms, 0),
    rijen: waarden.reduce((t, m) => t + Object.values(m.rijen).reduce((a, b) => a + b, 0), 0),
    perMinisterie,
  };
}

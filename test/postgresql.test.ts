// Dezelfde controles op PostgreSQL, met één database en rol per ministerie.
// Eén bestand, zodat geen twee testbestanden tegelijk dezelfde databases vullen.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUBGRAFEN } from '../kern/config.js';
import { importeer } from '../subgraphs/ministerie/editie/importeren.js';
import { aantalWijzigingen } from '../subgraphs/ministerie/editie/synchroniseren.js';
import { vocabulaire } from '../kern/vocabulaire.js';
import { ministeries } from '../subgraphs/ministeries.js';
import { controleerAcceptatie } from './e2e/acceptatie.js';
import { moetPostgresTesten } from './hulp/postgres.js';
import { statementsVoor } from './hulp/statements.js';
import { gebruikStapel } from './hulp/gebruik.js';

const metPostgres = await moetPostgresTesten();

describe.skipIf(!metPostgres)('PostgreSQL', () => {
  const stapel = gebruikStapel('postgresql');

  it('draait elk ministerie op zijn eigen database met zijn eigen rol', async () => {
    for (const [i, s] of SUBGRAFEN.entries()) {
      const subgraaf = stapel.subgrafen[i];
      expect(subgraaf.db.soort).toBe('postgresql');
      const [rij] = await subgraaf.db.orm.em.getConnection().execute('select current_user as rol, current_database() as db');
      expect(rij).toEqual({ rol: `thuis_${s.naam}`, db: `thuis_${s.naam}` });
    }
  });

  it('verandert niets bij een tweede import', async () => {
    for (const [i, s] of SUBGRAFEN.entries()) {
      const ministerie = ministeries[s.departement];
      const r = await importeer(stapel.subgrafen[i].db.orm.em, fileURLToPath(ministerie.data), s.departement);
      expect(aantalWijzigingen(r.wijzigingen), s.naam).toBe(0);
    }
  });

  it('beantwoordt een _entities-fetch uit de momentopname, zonder SQL', async () => {
    for (const [i, s] of SUBGRAFEN.entries()) {
      expect(await statementsVoor(stapel.subgrafen[i], s.naam, vocabulaire.aandachtsgroepen), s.naam).toEqual([]);
    }
  });

  it('beantwoordt de acceptatiequery door de gateway', async () => {
    await controleerAcceptatie(stapel);
  });
});

// Dezelfde controles op PostgreSQL, met één database en rol per ministerie, en het
// overzichtenregister op zijn eigen database (thuis_overzichten) met twee replica's.
// Eén bestand, zodat geen twee testbestanden tegelijk dezelfde databases vullen.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUBGRAFEN } from '../kern/config.js';
import { importeer } from '../subgraphs/ministerie/editie/importeren.js';
import { aantalWijzigingen } from '../subgraphs/ministerie/editie/synchroniseren.js';
import { vocabulaire } from '../kern/vocabulaire.js';
import { ministeries } from '../subgraphs/ministeries.js';
import { controleerAcceptatie } from './e2e/acceptatie.js';
import pg from 'pg';
import { moetPostgresTesten, postgresRegisterUrl } from './hulp/postgres.js';
import { publicatie, SAMENSTELLER, startTestregister } from './hulp/overzichtenregister.js';
import { leesStand, publiceer } from '../overzichtenregister/opslag.js';
import { leesOverzichten } from '../gateway/overzichten/register.js';
import { statementsVoor } from './hulp/statements.js';
import { gebruik, gebruikStapel } from './hulp/gebruik.js';

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

describe.skipIf(!metPostgres)('het overzichtenregister op PostgreSQL, met twee replica\'s', () => {
  // Een lege database, zoals bij de eerste start.
  const leeg = async () => {
    const client = new pg.Client({ connectionString: postgresRegisterUrl() });
    await client.connect();
    await client.query('drop table if exists overzichtversie, overzichtintrekking');
    await client.end();
  };
  const a = gebruik(
    'Register A',
    async () => {
      await leeg();
      return startTestregister({ databaseUrl: postgresRegisterUrl() });
    },
    (r) => r.stop(),
  );
  const b = gebruik('Register B', () => startTestregister({ databaseUrl: postgresRegisterUrl() }), (r) => r.stop());

  it('draait op zijn eigen database met zijn eigen rol, en neemt de ingebouwde set één keer op', async () => {
    expect(a.db.soort).toBe('postgresql');
    const [rij] = await a.db.orm.em.getConnection().execute('select current_user as rol, current_database() as db');
    expect(rij).toEqual({ rol: 'thuis_overzichten', db: 'thuis_overzichten' });
    expect(a.ingebouwd.opgenomen).toHaveLength(leesOverzichten().length);
    expect(b.ingebouwd.opgenomen).toEqual([]);
  });

  it('verliest niets bij gelijktijdige publicaties via beide replica\'s: elke naam één keer versie 1, één naam precies één versie 2', async () => {
    const namen = Array.from({ length: 10 }, (_, i) => `pg-${i}`);
    const eerste = await Promise.all(namen.map((naam, i) => (i % 2 === 0 ? a : b).stuur('/overzichten', { body: publicatie(naam, 0) })));
    expect(eerste.map((e) => e.status)).toEqual(Array(10).fill(201));
    const tweede = await Promise.all(
      Array.from({ length: 10 }, (_, i) => publiceer((i % 2 === 0 ? a : b).db.orm.em, publicatie('pg-0', 1, `query Pg0 { aandachtsgroepen { code } n${i}: aandachtsgroepen { naam } }`), SAMENSTELLER, new Date())),
    );
    expect(tweede.filter((u) => u.soort === 'gepubliceerd')).toHaveLength(1);
    expect(tweede.filter((u) => u.soort === 'verouderd')).toHaveLength(9);
    const stand = await leesStand(b.db.orm.em);
    for (const naam of namen) expect(stand.versies.filter((v) => v.naam === naam).map((v) => v.versie), naam).toEqual(naam === 'pg-0' ? [1, 2] : [1]);
  });

  it('houdt alles na een herstart', async () => {
    const voor = await leesStand(a.db.orm.em);
    const opnieuw = await startTestregister({ databaseUrl: postgresRegisterUrl() });
    try {
      expect(opnieuw.ingebouwd.opgenomen).toEqual([]);
      expect((await leesStand(opnieuw.db.orm.em)).versies).toEqual(voor.versies);
    } finally {
      await opnieuw.stop();
    }
  });
});

// Een subgraph beantwoordt verzoeken uit zijn momentopname: een _entities-fetch kost
// geen enkel SQL-statement, hoeveel groepen er ook gevraagd worden, en het opbouwen
// van de momentopname leest elke tabel precies één keer. Een N+1 kan zo niet ontstaan.
import { describe, expect, it } from 'vitest';
import { DEPARTEMENTEN } from '../../kern/config.js';
import { TABELLEN } from '../../subgraphs/ministerie/entiteiten.js';
import { vocabulaire } from '../../kern/vocabulaire.js';
import { statementsVoor, tabelVan } from '../hulp/statements.js';
import { gebruikSubgraaf } from '../hulp/gebruik.js';

describe.each(DEPARTEMENTEN)('momentopname van subgraph %s', (departement) => {
  const veld = departement.toLowerCase();
  const subgraaf = gebruikSubgraaf(departement);

  it.each([
    ['één groep', vocabulaire.aandachtsgroepen.slice(0, 1)],
    ['drie groepen', vocabulaire.aandachtsgroepen.slice(0, 3)],
    ['alle negen groepen', vocabulaire.aandachtsgroepen],
  ])('beantwoordt %s zonder SQL', async (_, codes) => {
    expect(await statementsVoor(subgraaf, veld, codes)).toEqual([]);
  });

  it('leest bij het herladen elke tabel met precies één statement', async () => {
    const { statements } = await subgraaf.db.teller.neemOp(() => subgraaf.herlaad());
    const tabellen = statements.map(tabelVan);
    expect(tabellen).toEqual([...new Set(tabellen)]);
    expect(tabellen).toHaveLength(Object.keys(TABELLEN).length);
  });
});

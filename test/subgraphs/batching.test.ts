// Een _entities-fetch kost één SQL-statement per tabel, hoeveel groepen er ook gevraagd worden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPARTEMENTEN } from '../../kern/config.js';
import type { Subgraaf } from '../../kern/subgraaf.js';
import { vocabulaire } from '../../kern/vocabulaire.js';
import { subgraafMetData } from '../hulp/subgraaf.js';
import { statementsVoor, tabelVan } from '../hulp/statements.js';

describe.each(DEPARTEMENTEN)('batching in subgraph %s', (departement) => {
  const veld = departement.toLowerCase();
  let subgraaf: Subgraaf;
  beforeAll(async () => {
    subgraaf = await subgraafMetData(departement);
  });
  afterAll(() => subgraaf?.sluit());

  it.each([
    ['één groep', vocabulaire.aandachtsgroepen.slice(0, 1)],
    ['drie groepen', vocabulaire.aandachtsgroepen.slice(0, 3)],
    ['alle negen groepen', vocabulaire.aandachtsgroepen],
  ])('leest voor %s elke tabel met hooguit één statement', async (_, codes) => {
    const statements = await statementsVoor(subgraaf, veld, codes);
    const tabellen = statements.map(tabelVan);
    expect(tabellen.length).toBeGreaterThan(0);
    expect(tabellen).toEqual([...new Set(tabellen)]);
  });
});

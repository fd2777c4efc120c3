// De schaalbench van issue 25 meet alleen iets als de vermenigvuldigde edities echte
// edities zijn: de lezer en de import van elk ministerie nemen ze aan, elke code is uniek,
// elke verwijzing wijst naar een record dat er is, en de brontoets zegt over een kopie
// precies wat hij over het origineel zegt (bron en citaat zijn gelijk gebleven).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPARTEMENTEN, type DepartementCode } from '../../kern/config.js';
import { vermenigvuldig, type Vermenigvuldiging } from '../../bench/schaal/vermenigvuldig.js';
import { toetsEdities } from '../../subgraphs/ministerie/editie/brontoets/toets.js';
import { editiebestanden, leesEdities } from '../../subgraphs/ministerie/editie/lezen.js';
import { bepaalToestand } from '../../subgraphs/ministerie/editie/toestand.js';
import type { Tabelnaam, Toestand } from '../../subgraphs/ministerie/entiteiten.js';
import { ministeries } from '../../subgraphs/ministeries.js';

const K = 3;
/** Tabellen met BZK's vaste lijsten (codes uit een enum): die blijven zoals ze zijn. */
const VAST: Tabelnaam[] = ['aandachtsgroepen', 'partijen', 'partijrollen', 'eisen'];
const origineleMap = (d: DepartementCode) => fileURLToPath(ministeries[d].data);
const toestandVan = (map: string, d: DepartementCode) => bepaalToestand(leesEdities(map, d));

let map: string;
let geschaald: Vermenigvuldiging;
let origineel: Record<DepartementCode, Toestand>;
let kopie: Record<DepartementCode, Toestand>;

beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'thuis-vermenigvuldig-'));
  const voor = DEPARTEMENTEN.map((d) => readdirSync(origineleMap(d)).join(','));
  geschaald = vermenigvuldig({ k: K, doel: map });
  expect(DEPARTEMENTEN.map((d) => readdirSync(origineleMap(d)).join(',')), 'schrijft nooit in subgraphs/<ministerie>/data/').toEqual(voor);
  origineel = Object.fromEntries(DEPARTEMENTEN.map((d) => [d, toestandVan(origineleMap(d), d)])) as Record<DepartementCode, Toestand>;
  // leesEdities en bepaalToestand gooien bij elke melding van de lezer of de import.
  kopie = Object.fromEntries(DEPARTEMENTEN.map((d) => [d, toestandVan(geschaald.mappen[d], d)])) as Record<DepartementCode, Toestand>;
});

afterAll(() => rmSync(map, { recursive: true, force: true }));

describe(`de edities ${K} keer`, () => {
  it('schrijft per ministerie het origineel en twee kopieën in de tijdelijke map', () => {
    for (const d of DEPARTEMENTEN) {
      expect(geschaald.mappen[d].startsWith(map)).toBe(true);
      expect(editiebestanden(geschaald.mappen[d])).toHaveLength(K * editiebestanden(origineleMap(d)).length);
    }
  });

  it(`heeft ${K} keer zoveel rijen in elke tabel, behalve de vaste lijsten van BZK`, () => {
    for (const d of DEPARTEMENTEN) {
      for (const tabel of Object.keys(origineel[d]) as Tabelnaam[]) {
        const verwacht = VAST.includes(tabel) ? origineel[d][tabel].length : K * origineel[d][tabel].length;
        expect(kopie[d][tabel].length, `${d} ${tabel}`).toBe(verwacht);
      }
    }
  });

  it('geeft elk record een eigen code, over alle edities van een ministerie', () => {
    for (const d of DEPARTEMENTEN) {
      const edities = leesEdities(geschaald.mappen[d], d);
      for (const sectie of ['verantwoordelijkheden', 'doelen', 'instrumenten', 'maatregelen', 'monitoring', 'verbanden', 'cijfers'] as const) {
        const codes = edities.flatMap((e) => e.inhoud[sectie].map((r) => r.code));
        expect(new Set(codes).size, `${d} ${sectie}`).toBe(codes.length);
      }
    }
  });

  it('laat elke verwijzing naar een record wijzen dat er is', () => {
    for (const d of DEPARTEMENTEN) {
      const instrumenten = new Set(kopie[d].instrumenten.map((i) => i.code));
      for (const m of kopie[d].maatregelen) for (const i of m.instrumenten) expect(instrumenten.has(i), `${d} ${m.code} > ${i}`).toBe(true);
      for (const v of kopie[d].cijferverwijzingen) {
        const reeksen = new Set(kopie[v.departement as DepartementCode].cijferreeksen.map((r) => r.code));
        expect(reeksen.has(v.code), `${d} verwijst naar ${v.departement}:${v.code}`).toBe(true);
      }
      const effectVan = new Set(kopie[d].effecten.map((e) => e.instrument));
      for (const i of effectVan) expect(instrumenten.has(i), `${d} effect van ${i}`).toBe(true);
      const reeksen = new Set(kopie[d].cijferreeksen.map((r) => r.code));
      for (const w of kopie[d].waarnemingen) expect(reeksen.has(w.reeks), `${d} waarneming van ${w.reeks}`).toBe(true);
    }
    // De eisen van de partijen noemen instrumenten als DEPARTEMENT:CODE; de partijen worden niet gekopieerd, hun verwijzingen blijven dus naar de originelen wijzen.
    for (const e of kopie.BZK.eisen) {
      for (const verwijzing of e.instrumenten) {
        const [departement, code] = verwijzing.split(':') as [DepartementCode, string];
        expect(kopie[departement].instrumenten.some((i) => i.code === code), verwijzing).toBe(true);
      }
    }
  });

  it('laat de brontoets over elke kopie zeggen wat hij over het origineel zegt', () => {
    const ministerieMappen = (kies: (d: DepartementCode) => string) => DEPARTEMENTEN.map((d) => ({ departement: d, map: kies(d) }));
    const voor = toetsEdities(ministerieMappen(origineleMap));
    const na = toetsEdities(ministerieMappen((d) => geschaald.mappen[d]));
    expect(na.leesfouten).toEqual([]);
    const sleutel = (departement: string, waar: string, bronveld: string) => `${departement} ${waar.replace(/_K\d+\b/g, '')} ${bronveld}`;
    const oordeel = new Map(voor.getoetst.map((g) => [sleutel(g.departement, g.bewering.waar, g.bewering.bronveld), [g.citaatfout, g.rubriekfout]]));
    const kopieen = na.getoetst.filter((g) => /_K\d+\b/.test(g.bewering.waar) || !g.bestand.endsWith('2021-07-08.yaml'));
    expect(kopieen.length).toBeGreaterThan(0);
    for (const g of kopieen) {
      expect(oordeel.get(sleutel(g.departement, g.bewering.waar, g.bewering.bronveld)), `${g.bestand}: ${g.bewering.waar}`).toEqual([g.citaatfout, g.rubriekfout]);
    }
  });
});

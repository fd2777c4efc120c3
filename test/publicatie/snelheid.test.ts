// Een publicatie doet alleen het werk dat zij nieuw maakt (issue 25: zichtbaar binnen 2 s):
// edities die niet veranderden, worden niet opnieuw gelezen (editie/editiecache.ts), en van de
// beleidstabellen worden alleen de rijen gelezen en geschreven die zij verandert
// (synchroniseerVerschil). De uitkomst is dezelfde als met de volledige vergelijking: zelfde
// telling in het verslag, zelfde database, en een import daarna verandert niets.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify, parse } from 'yaml';
import { openDatabase, type Database } from '../../subgraphs/ministerie/database.js';
import { vulCache } from '../../subgraphs/ministerie/editie/bronnen.js';
import { aantalOnthouden, vergeetEdities } from '../../subgraphs/ministerie/editie/editiecache.js';
import { editielezer } from '../../subgraphs/ministerie/editie/lezer.js';
import { importeer } from '../../subgraphs/ministerie/editie/importeren.js';
import { leesEditietekst, leesEdities, opEditiedatum, type GelezenEditie } from '../../subgraphs/ministerie/editie/lezen.js';
import { aantalWijzigingen, gelijk, synchroniseer } from '../../subgraphs/ministerie/editie/synchroniseren.js';
import { bepaalToestand } from '../../subgraphs/ministerie/editie/toestand.js';
import { tabel, TABELLEN, type Tabelnaam } from '../../subgraphs/ministerie/entiteiten.js';
import { publiceerEditie } from '../../subgraphs/ministerie/publicatie.js';
import { proefeditieTekst, SZW_DATA } from '../hulp/proefeditie.js';
import { nieuwSqlitePad } from './hulp.js';

const identiteit = { onderwerp: 'redacteur', rollen: ['redacteur:SZW' as const], bron: 'jwt' as const };

const open: Database[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((d) => d.sluit()));
});

async function database(map: string): Promise<Database> {
  const db = await openDatabase({ sqlitePad: nieuwSqlitePad('SZW') });
  open.push(db);
  await importeer(db.orm.em, map, 'SZW');
  return db;
}

function eigenMap(): string {
  const map = mkdtempSync(join(tmpdir(), 'thuis-publicatiesnelheid-'));
  cpSync(SZW_DATA, map, { recursive: true });
  return map;
}

/** Elke beleidstabel als gesorteerde JSON: twee databases met dezelfde inhoud geven hetzelfde. */
async function inhoud(db: Database): Promise<Record<string, string[]>> {
  const em = db.orm.em.fork();
  const uit: Record<string, string[]> = {};
  for (const naam of Object.keys(TABELLEN) as Tabelnaam[]) {
    uit[naam] = (await em.find(tabel(naam), {})).map((r) => JSON.stringify(r)).sort();
  }
  return uit;
}

/** Een editie die een bestaand SZW-instrument een andere naam geeft, een nieuw instrument toevoegt en een effect van het bestaande weglaat. */
function wijzigendeEditie(editie: string): string {
  const origineel = parse(readFileSync(join(SZW_DATA, '2021-07-08.yaml'), 'utf8')) as { instrumenten: { code: string; naam: string; effecten: unknown[] }[] };
  const bestaand = origineel.instrumenten.find((i) => i.effecten.length > 1);
  if (!bestaand) throw new Error('SZW heeft geen instrument met twee effecten');
  const nieuw = parse(proefeditieTekst('SNEL_NIEUW', 2, editie)) as { instrumenten: unknown[] };
  return stringify({ departement: 'SZW', editie, instrumenten: [{ ...bestaand, naam: `${bestaand.naam} (hernoemd)`, effecten: bestaand.effecten.slice(0, 1) }, ...nieuw.instrumenten] });
}

describe('een publicatie doet alleen het nieuwe werk', () => {
  it('schrijft alleen wat zij verandert, met dezelfde telling en dezelfde database als de volledige vergelijking', async () => {
    const tekst = wijzigendeEditie('2022-03-01');
    // Via de publicatie: de database bevat precies de edities in de map, dus alleen het verschil.
    const snel = await database(SZW_DATA);
    const { statements, resultaat } = await snel.teller.neemOp(() => publiceerEditie(snel.orm.em, SZW_DATA, 'SZW', { tekst, identiteit }));
    if (resultaat.soort !== 'gepubliceerd') throw new Error(JSON.stringify(resultaat));
    // Geen beleidstabel meer in zijn geheel gelezen: alleen de kleine tabel van de edities en de publicaties.
    const heleTabellen = statements.filter((s) => /^select/i.test(s) && !/\bwhere\b/i.test(s) && !/from [`"](editie|publicatie)[`"]/i.test(s));
    expect(heleTabellen).toEqual([]);

    // Dezelfde toestand met de volledige vergelijking van elke rij.
    const volledig = await database(SZW_DATA);
    const nieuw = leesEditietekst(tekst, { naam: 'editie', departement: 'SZW', herkomst: 'api' }) as GelezenEditie;
    const telling = await synchroniseer(volledig.orm.em, bepaalToestand([...leesEdities(SZW_DATA, 'SZW'), nieuw].sort(opEditiedatum)));
    expect(resultaat.publicatie.samenvatting).toEqual(telling);
    expect(telling.instrumenten).toEqual({ toegevoegd: 1, gewijzigd: 1, verwijderd: 0 });
    expect(telling.effecten?.verwijderd).toBeGreaterThan(0);
    const a = await inhoud(snel);
    const b = await inhoud(volledig);
    expect(a).toEqual(b);

    // En een import daarna (die elke rij vergelijkt) vindt niets meer te doen.
    expect(aantalWijzigingen((await importeer(snel.orm.em, SZW_DATA, 'SZW')).wijzigingen)).toBe(0);
  });

  it('vergelijkt elke rij als de map veranderde sinds de laatste import, en laat de database dan gelijk aan een import', async () => {
    const map = eigenMap();
    const db = await database(map);
    // Een bestand erbij zonder import: de database bevat niet meer wat de edities zeggen.
    writeFileSync(join(map, '2022-01-01.yaml'), proefeditieTekst('IN_DE_MAP', 1, '2022-01-01'));
    const uitkomst = await publiceerEditie(db.orm.em, map, 'SZW', { tekst: proefeditieTekst('GEPUBLICEERD', 2, '2022-02-01'), identiteit });
    if (uitkomst.soort !== 'gepubliceerd') throw new Error(JSON.stringify(uitkomst));
    expect(uitkomst.publicatie.samenvatting.instrumenten).toEqual({ toegevoegd: 2, gewijzigd: 0, verwijderd: 0 });
    expect(aantalWijzigingen((await importeer(db.orm.em, map, 'SZW')).wijzigingen)).toBe(0);
  });

  it('leest een bestand dat veranderde opnieuw, met dezelfde meldingen als zonder cache, en onthoudt alleen de edities die nu gelden', async () => {
    const map = eigenMap();
    const db = await database(map);
    expect(aantalOnthouden('SZW')).toBe(1);
    for (const [i, datum] of ['2022-01-01', '2022-02-01', '2022-03-01'].entries()) {
      const u = await publiceerEditie(db.orm.em, map, 'SZW', { tekst: proefeditieTekst(`REEKS_${i}`, 1, datum), identiteit });
      expect(u.soort).toBe('gepubliceerd');
    }
    // De map en drie publicaties: vier edities, geen eerdere rondes.
    expect(aantalOnthouden('SZW')).toBe(4);

    // Een bestand in de map dat nu niet meer deugt: zelfde melding met en zonder cache, en niets geschreven.
    writeFileSync(join(map, '2021-07-08.yaml'), readFileSync(join(map, '2021-07-08.yaml'), 'utf8').replace(/^departement: SZW$/m, 'departement: SZW\nonbekend: 1'));
    const fout = proefeditieTekst('NA_DE_FOUT', 1, '2022-04-01');
    const metCache = await publiceerEditie(db.orm.em, map, 'SZW', { tekst: fout, identiteit });
    vergeetEdities();
    const zonderCache = await publiceerEditie(db.orm.em, map, 'SZW', { tekst: fout, identiteit });
    expect(metCache.soort).toBe('ongeldig');
    expect(metCache).toEqual(zonderCache);
    expect(JSON.stringify(metCache)).toContain('onbekend veld onbekend');
    expect((await inhoud(db)).instrumenten.join()).not.toContain('NA_DE_FOUT');
  });
});

describe('de cache vullen na een start', () => {
  it('leest elke geldige editie uit map en publicaties via de werkthread, en laat een editie die niet deugt erbuiten', async () => {
    const map = eigenMap();
    const db = await database(map);
    expect((await publiceerEditie(db.orm.em, map, 'SZW', { tekst: proefeditieTekst('GEVULD', 1, '2022-01-01'), identiteit })).soort).toBe('gepubliceerd');
    writeFileSync(join(map, '2022-02-01.yaml'), 'departement: SZW\neditie: 2022-02-01\nonbekend: 1\n');
    vergeetEdities();
    const lezer = editielezer();
    try {
      expect(await vulCache(db.orm.em, map, 'SZW', lezer.lees)).toBe(2);
    } finally {
      await lezer.sluit();
    }
    expect(aantalOnthouden('SZW')).toBe(2);
    // Wat de cache gaf, is wat een import zonder cache vindt: de foute editie weigert zij met dezelfde melding.
    const metCache = await importeer(db.orm.em, map, 'SZW').catch((f: unknown) => f);
    vergeetEdities();
    const zonderCache = await importeer(db.orm.em, map, 'SZW').catch((f: unknown) => f);
    expect(metCache).toBeInstanceOf(Error);
    expect((metCache as Error).message).toBe((zonderCache as Error).message);
  });
});

describe('gelijk', () => {
  // Zelfde oordeel als de vergelijking via JSON die er was: sleutels in elke volgorde, ontbrekend gelijk aan null.
  it.each([
    [null, undefined, true],
    [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [{ a: 1, b: null }, { a: 1 }, false],
    [[undefined], [null], true],
    [[1, 2], [2, 1], false],
    [{ van: 18, tot: null }, { van: 18, tot: 23 }, false],
    ['1', 1, false],
    [new Date('2026-01-01T00:00:00Z'), '2026-01-01T00:00:00.000Z', true],
  ])('%j en %j: %s', (a, b, verwacht) => {
    expect(gelijk(a, b)).toBe(verwacht);
  });
});

// Een gepubliceerde editie is bron, geen afgeleide: een herstart, `npm run import`, de
// controle van de database en een herbouw van het schema laten haar staan. Staat later
// een bestand met dezelfde datum in de map, dan telt het als dezelfde editie, of de
// import weigert met een melding die de publicatie noemt.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../subgraphs/ministerie/database.js';
import { editiestempel, importeer } from '../../subgraphs/ministerie/editie/importeren.js';
import { Importfout } from '../../subgraphs/ministerie/editie/lezen.js';
import { aantalWijzigingen } from '../../subgraphs/ministerie/editie/synchroniseren.js';
import { Editie, Publicatie } from '../../subgraphs/ministerie/entiteiten.js';
import { proefeditieTekst, SZW_DATA } from '../hulp/proefeditie.js';
import { nieuwSqlitePad, startPublicatiesubgraaf, type Publicatiesubgraaf } from './hulp.js';

const open: Publicatiesubgraaf[] = [];
const start = async (...args: Parameters<typeof startPublicatiesubgraaf>) => {
  const s = await startPublicatiesubgraaf(...args);
  open.push(s);
  return s;
};
const stop = async (s: Publicatiesubgraaf) => {
  open.splice(open.indexOf(s), 1);
  await s.stop();
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.stop()));
});

const instrumentcodes = (s: Publicatiesubgraaf) => s.subgraaf.momentopname.alles().instrumenten.map((i) => i.code);

/** Een kopie van de SZW-map, zodat een test er een bestand bij kan zetten. */
function eigenMap(): { map: string; data: URL } {
  const map = mkdtempSync(join(tmpdir(), 'thuis-publicatie-map-'));
  cpSync(SZW_DATA, map, { recursive: true });
  return { map, data: pathToFileURL(`${map}/`) };
}

async function metEenPublicatie(opties: Parameters<typeof startPublicatiesubgraaf>[1] = {}) {
  const szw = await start('SZW', opties);
  const antwoord = await szw.publiceer(proefeditieTekst('BLIJFT_STAAN', 2, '2022-01-01'));
  expect(antwoord.status, antwoord.tekst).toBe(201);
  expect(instrumentcodes(szw)).toContain('BLIJFT_STAAN');
  return szw;
}

describe('een gepubliceerde editie blijft', () => {
  it('na een herstart op dezelfde database, zonder melding dat de database achterloopt', async () => {
    const sqlitePad = nieuwSqlitePad('SZW');
    const eerste = await metEenPublicatie({ sqlitePad });
    const stempel = eerste.subgraaf.momentopname.stempel;
    await stop(eerste);

    const tweede = await start('SZW', { sqlitePad });
    expect(tweede.log).toEqual([]);
    expect(tweede.subgraaf.momentopname.stempel).toBe(stempel);
    expect(instrumentcodes(tweede)).toContain('BLIJFT_STAAN');
    // De controle van de database (volgEdities) vergelijkt dit stempel: gelijk, dus geen herladen naar een oudere stand.
    expect(editiestempel(await tweede.subgraaf.db.orm.em.fork().find(Editie, {}))).toBe(stempel);
  });

  it('bij `npm run import`: de import voegt map en publicaties samen en verandert niets', async () => {
    const szw = await metEenPublicatie();
    const r = await importeer(szw.subgraaf.db.orm.em, SZW_DATA, 'SZW');
    expect(aantalWijzigingen(r.wijzigingen)).toBe(0);
    expect(r.edities).toEqual(['2021-07-08.yaml', '2022-01-01.yaml']);
    expect(await szw.subgraaf.herlaad()).toBe(false);
    expect(instrumentcodes(szw)).toContain('BLIJFT_STAAN');
  });

  it('bij een herbouw van het schema: de beleidstabellen worden opnieuw gevuld uit map én publicaties', async () => {
    const sqlitePad = nieuwSqlitePad('SZW');
    const eerste = await metEenPublicatie({ sqlitePad });
    const stempel = eerste.subgraaf.momentopname.stempel;
    // Zoals na een nieuwe versie van de code: een kolom die de entiteiten kennen, ontbreekt.
    await eerste.subgraaf.db.orm.em.getConnection().execute('alter table leeftijdsgrens drop column volwassen_vanaf');
    await stop(eerste);

    const tweede = await start('SZW', { sqlitePad });
    expect(tweede.subgraaf.db.schemaHerbouwd).toBe(true);
    expect(tweede.log).toEqual([expect.stringMatching(/^nieuw databaseschema: 2 editie\(s\) geïmporteerd in sqlite$/)]);
    expect(tweede.subgraaf.momentopname.stempel).toBe(stempel);
    expect(instrumentcodes(tweede)).toContain('BLIJFT_STAAN');
    expect(await tweede.subgraaf.db.orm.em.fork().count(Publicatie)).toBe(1);
  });

  it('als dezelfde editie later ook in de map komt; met een andere inhoud weigert de import en noemt hij de publicatie', async () => {
    const { map, data } = eigenMap();
    const szw = await metEenPublicatie({ data });
    const em = szw.subgraaf.db.orm.em;

    writeFileSync(join(map, '2022-01-01.yaml'), `# overgenomen uit de publicatie\n${proefeditieTekst('BLIJFT_STAAN', 2, '2022-01-01')}`);
    // Dezelfde editie, alleen een andere tekst (het commentaar): het controlegetal wijzigt, het beleid niet.
    const { wijzigingen } = await importeer(em, map, 'SZW');
    expect(wijzigingen.edities).toEqual({ toegevoegd: 0, gewijzigd: 1, verwijderd: 0 });
    expect(aantalWijzigingen(wijzigingen)).toBe(1);
    expect(instrumentcodes(szw)).toContain('BLIJFT_STAAN');

    writeFileSync(join(map, '2022-01-01.yaml'), proefeditieTekst('BLIJFT_STAAN', -3, '2022-01-01'));
    const stempel = editiestempel(await em.fork().find(Editie, {}));
    const fout = await importeer(em, map, 'SZW').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(fout).toBeInstanceOf(Importfout);
    expect((fout as Importfout).meldingen).toEqual([
      expect.stringMatching(/^2022-01-01\.yaml: staat in de map met een andere inhoud dan publicatie #1 \(2022-01-01\.yaml\) van proefpersoon op .*GET \/edities\/1\)\.$/),
    ]);
    expect(editiestempel(await em.fork().find(Editie, {}))).toBe(stempel);
  });

  it('als iemand de database los opent en importeert, zoals scripts/import.ts doet', async () => {
    const sqlitePad = nieuwSqlitePad('SZW');
    await stop(await metEenPublicatie({ sqlitePad }));
    const db = await openDatabase({ sqlitePad });
    try {
      const r = await importeer(db.orm.em, SZW_DATA, 'SZW');
      expect(aantalWijzigingen(r.wijzigingen)).toBe(0);
      expect(r.toestand.instrumenten.map((i) => i.code)).toContain('BLIJFT_STAAN');
    } finally {
      await db.sluit();
    }
  });
});

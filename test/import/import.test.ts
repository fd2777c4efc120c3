// De importopdracht: valideren, alles-of-niets schrijven, idempotent, edities aanvullen.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { openDatabase, type Database } from '../../subgraphs/ministerie/database.js';
import { importeer } from '../../subgraphs/ministerie/editie/importeren.js';
import { Importfout } from '../../subgraphs/ministerie/editie/lezen.js';
import { aantalWijzigingen } from '../../subgraphs/ministerie/editie/synchroniseren.js';
import { Doel, Instrument, Maatregel, Waarneming } from '../../subgraphs/ministerie/entiteiten.js';
import { ministeries } from '../../subgraphs/ministeries.js';

const BRON = { document: '003_92de307edde85196.txt', vindplaats: 'Bijlage Opgave huisvesting per aandachtsgroep > Statushouders > De omvang' };

let map: string;
let db: Database;

beforeEach(async () => {
  map = mkdtempSync(join(tmpdir(), 'thuis-import-'));
  cpSync(fileURLToPath(ministeries.JENV.data), map, { recursive: true });
  db = await openDatabase({ sqlitePad: join(map, 'jenv.sqlite') });
});
afterEach(() => db.sluit());

const editie = () => parse(readFileSync(join(map, '2021-07-08.yaml'), 'utf8'));
const aantallen = async () => {
  const em = db.orm.em.fork();
  return { doelen: await em.count(Doel), instrumenten: await em.count(Instrument), waarnemingen: await em.count(Waarneming) };
};

async function foutmeldingen(werk: () => Promise<unknown>): Promise<string[]> {
  try {
    await werk();
  } catch (fout) {
    if (fout instanceof Importfout) return fout.meldingen;
    throw fout;
  }
  throw new Error('import had geweigerd moeten worden');
}

describe('import van edities', () => {
  it('schrijft de eerste keer alles en verandert bij een tweede import niets', async () => {
    const eerste = await importeer(db.orm.em, map, 'JENV');
    expect(aantalWijzigingen(eerste.wijzigingen)).toBeGreaterThan(0);
    const tweede = await importeer(db.orm.em, map, 'JENV');
    expect(aantalWijzigingen(tweede.wijzigingen)).toBe(0);
  });

  it('weigert een fout bestand in zijn geheel, noemt bestand, record en veld, en schrijft niets', async () => {
    await importeer(db.orm.em, map, 'JENV');
    const voor = await aantallen();
    const inhoud = editie();
    inhoud.instrumenten[0].effecten[0].score = 5;
    inhoud.instrumenten[0].effecten[0].indicator = 'GELUK';
    inhoud.doelen.push({ ...inhoud.doelen[0], code: 'NIEUW_DOEL', naam: 'Nieuw doel' });
    writeFileSync(join(map, '2021-07-08.yaml'), stringify(inhoud));

    const meldingen = await foutmeldingen(() => importeer(db.orm.em, map, 'JENV'));
    const instrument = inhoud.instrumenten[0].code;
    expect(meldingen).toContainEqual(expect.stringMatching(new RegExp(`2021-07-08\\.yaml: instrumenten\\[0\\] \\(${instrument}\\) > effecten\\[0\\] > score: .*-3 en \\+3`)));
    expect(meldingen).toContainEqual(expect.stringMatching(/effecten\[0\] > indicator: ongeldige waarde "GELUK"; geldig: AANBOD_BETAALBARE_WOONPLEKKEN, /));
    // Het geldige nieuwe doel in hetzelfde bestand is ook niet geschreven.
    expect(await aantallen()).toEqual(voor);
  });

  it('meldt een waarde zonder getal zonder reden, een onbekend document en een foute peildatum', async () => {
    const inhoud = editie();
    const reeks = inhoud.cijfers[0];
    reeks.waarnemingen[0] = { ...reeks.waarnemingen[0], waarde: null, peildatum: '1 januari 2020' };
    delete reeks.waarnemingen[0].redenGeenWaarde;
    inhoud.doelen[0].bron.document = 'krant.txt';
    writeFileSync(join(map, '2021-07-08.yaml'), stringify(inhoud));
    const meldingen = (await foutmeldingen(() => importeer(db.orm.em, map, 'JENV'))).join('\n');
    expect(meldingen).toContain(`cijfers[0] (${reeks.code}) > waarnemingen[0] > redenGeenWaarde: verplicht als waarde null is`);
    expect(meldingen).toContain(`cijfers[0] (${reeks.code}) > waarnemingen[0] > peildatum: peildatum volgens ISO 8601`);
    expect(meldingen).toContain(`doelen[0] (${inhoud.doelen[0].code}) > bron > document: onbekend document`);
    expect(await aantallen()).toEqual({ doelen: 0, instrumenten: 0, waarnemingen: 0 });
  });

  it('weigert een editie die in de map van een ander ministerie staat', async () => {
    const inhoud = editie();
    inhoud.departement = 'OCW';
    writeFileSync(join(map, '2021-07-08.yaml'), stringify(inhoud));
    const meldingen = await foutmeldingen(() => importeer(db.orm.em, map, 'JENV'));
    expect(meldingen.join('\n')).toContain('departement: OCW hoort niet in de map van JENV');
  });

  it('laat een ministerie geen partijen en geen toezegging of monitoringadvies van een ander ministerie schrijven', async () => {
    await importeer(db.orm.em, map, 'JENV');
    const voor = await aantallen();
    const inhoud = editie();
    inhoud.partijen = [{ code: 'GEMEENTEN', naam: 'Gemeenten', omschrijving: 'Door JenV vastgelegd.', bron: BRON }];
    inhoud.maatregelen[0].eigenaar = 'BZK';
    inhoud.monitoring = [{ code: 'TEL_STATUSHOUDERS', omschrijving: 'Tel.', eigenaar: 'VWS', status: 'AANBEVOLEN', indicatoren: ['DOORSTROOM_STATUSHOUDERS_UIT_OPVANG'], aandachtsgroepen: ['STATUSHOUDERS'], bron: BRON }];
    writeFileSync(join(map, '2021-07-08.yaml'), stringify(inhoud));
    const meldingen = (await foutmeldingen(() => importeer(db.orm.em, map, 'JENV'))).join('\n');
    expect(meldingen).toContain('partijen: alleen BZK legt de partijen vast');
    expect(meldingen).toContain(`maatregelen[0] (${inhoud.maatregelen[0].code}) > eigenaar: BZK is een ander ministerie; JENV legt alleen eigen records vast`);
    expect(meldingen).toContain('monitoring[0] (TEL_STATUSHOUDERS) > eigenaar: VWS is een ander ministerie');
    expect(await aantallen()).toEqual(voor);
  });

  it('laat een ministerie wel een toezegging van een partij vastleggen, met termijn en streefwaarde', async () => {
    const inhoud = editie();
    inhoud.maatregelen[0] = {
      ...inhoud.maatregelen[0],
      eigenaar: 'GEMEENTEN',
      termijn: { tekst: 'binnen twee jaar', binnen: 'P2Y', vanaf: '2021-07-08' },
      streefwaarde: { waarde: 30, eenheid: '%', soort: 'ONDERGRENS' },
    };
    writeFileSync(join(map, '2021-07-08.yaml'), stringify(inhoud));
    await importeer(db.orm.em, map, 'JENV');
    const opgeslagen = await db.orm.em.fork().findOneOrFail(Maatregel, { code: inhoud.maatregelen[0].code });
    expect(opgeslagen).toMatchObject({ eigenaar: 'GEMEENTEN', termijn: { binnen: 'P2Y', vanaf: '2021-07-08', datum: null }, streefwaarde: { waarde: 30, soort: 'ONDERGRENS' } });
  });

  it('weigert een termijn zonder vertrekpunt en een waarneming met zowel waarde als ondergrens', async () => {
    const inhoud = editie();
    inhoud.maatregelen[0].termijn = { tekst: 'binnen twee jaar', binnen: 'P2Y' };
    inhoud.cijfers[0].waarnemingen[0].ondergrens = 1;
    writeFileSync(join(map, '2021-07-08.yaml'), stringify(inhoud));
    const meldingen = (await foutmeldingen(() => importeer(db.orm.em, map, 'JENV'))).join('\n');
    expect(meldingen).toContain('> termijn: geef een vaste datum, of binnen (P2Y) met vanaf');
    expect(meldingen).toMatch(/waarnemingen\[0\] > ondergrens: geef hooguit één van waarde, bandbreedte, ondergrens en bovengrens/);
  });

  it('vult met een nieuwe editie een reeks aan zonder eerdere waarnemingen te verliezen', async () => {
    await importeer(db.orm.em, map, 'JENV');
    const voor = await aantallen();
    const reeks = editie().cijfers[0];
    writeFileSync(
      join(map, '2022-07-01.yaml'),
      stringify({
        departement: 'JENV',
        editie: '2022-07-01',
        cijfers: [{ ...reeks, waarnemingen: [{ peildatum: '2022', waarde: 1234, soort: 'SCHATTING', bron: BRON }] }],
      }),
    );
    const r = await importeer(db.orm.em, map, 'JENV');
    expect(r.wijzigingen.waarnemingen).toEqual({ toegevoegd: 1, gewijzigd: 0, verwijderd: 0 });
    expect(await aantallen()).toEqual({ ...voor, waarnemingen: voor.waarnemingen + 1 });
    const rijen = await db.orm.em.fork().find(Waarneming, { reeks: reeks.code }, { orderBy: { peildatum: 'asc' } });
    expect(rijen.map((w) => w.peildatum)).toEqual([...reeks.waarnemingen.map((w: { peildatum: string }) => String(w.peildatum)), '2022'].sort());
  });

  it('bouwt bij een afwijkend schema de tabellen opnieuw op, waarna een import alles terugzet', async () => {
    await importeer(db.orm.em, map, 'JENV');
    const voor = await aantallen();
    // Zoals na een nieuwe versie van de code: een kolom die de entiteiten kennen, ontbreekt.
    await db.orm.em.getConnection().execute('alter table leeftijdsgrens drop column volwassen_vanaf');
    await db.sluit();
    db = await openDatabase({ sqlitePad: join(map, 'jenv.sqlite') });
    expect(db.schemaHerbouwd).toBe(true);
    expect(await aantallen()).toEqual({ doelen: 0, instrumenten: 0, waarnemingen: 0 });
    await importeer(db.orm.em, map, 'JENV');
    expect(await aantallen()).toEqual(voor);
    await db.sluit();
    db = await openDatabase({ sqlitePad: join(map, 'jenv.sqlite') });
    expect(db.schemaHerbouwd).toBe(false);
  });
});

// isActueel: loopt de database achter op de map en de publicaties? Bij een herstart met
// niets veranderd kijkt hij alleen naar namen en controlegetallen, zonder de edities te
// lezen (dat kostte bij een grote map het meeste geheugen van de start, issue 25); bij
// elke verandering leest hij ze zoals een import en komt hij op hetzelfde uit.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { importeer, isActueel } from '../../subgraphs/ministerie/editie/importeren.js';
import { Importfout } from '../../subgraphs/ministerie/editie/lezen.js';
import { proefeditieTekst, SZW_DATA } from '../hulp/proefeditie.js';
import { startPublicatiesubgraaf, type Publicatiesubgraaf } from '../publicatie/hulp.js';

const open: Publicatiesubgraaf[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.stop()));
});

async function metEigenMap() {
  const map = mkdtempSync(join(tmpdir(), 'thuis-actueel-'));
  cpSync(SZW_DATA, map, { recursive: true });
  const szw = await startPublicatiesubgraaf('SZW', { data: pathToFileURL(`${map}/`) });
  open.push(szw);
  return { map, szw, actueel: () => isActueel(szw.subgraaf.db.orm.em, map, 'SZW') };
}

describe('isActueel', () => {
  it('na een import: ja; een ander commentaar, een nieuw of een verdwenen bestand: nee', async () => {
    const { map, actueel } = await metEigenMap();
    expect(await actueel()).toBe(true);

    const origineel = readFileSync(join(map, '2021-07-08.yaml'), 'utf8');
    writeFileSync(join(map, '2021-07-08.yaml'), `# alleen commentaar erbij\n${origineel}`);
    expect(await actueel()).toBe(false);
    writeFileSync(join(map, '2021-07-08.yaml'), origineel);
    expect(await actueel()).toBe(true);

    writeFileSync(join(map, '2022-01-01.yaml'), proefeditieTekst('NIEUW', 2, '2022-01-01'));
    expect(await actueel()).toBe(false);
    rmSync(join(map, '2022-01-01.yaml'));
    expect(await actueel()).toBe(true);
  });

  it('met een publicatie: ja, ook als dezelfde editie daarna in de map staat; met een andere inhoud in de map: de melding van de import', async () => {
    const { map, szw, actueel } = await metEigenMap();
    const tekst = proefeditieTekst('GEPUBLICEERD', 2, '2022-01-01');
    expect((await szw.publiceer(tekst)).status).toBe(201);
    expect(await actueel()).toBe(true);

    writeFileSync(join(map, '2022-01-01.yaml'), tekst);
    expect(await actueel()).toBe(true);
    // Dezelfde editie, een andere tekst: het controlegetal in de database is dat van de publicatie.
    writeFileSync(join(map, '2022-01-01.yaml'), `# overgenomen\n${tekst}`);
    expect(await actueel()).toBe(false);
    await importeer(szw.subgraaf.db.orm.em, map, 'SZW');
    expect(await actueel()).toBe(true);

    writeFileSync(join(map, '2022-01-01.yaml'), proefeditieTekst('GEPUBLICEERD', -3, '2022-01-01'));
    await expect(actueel()).rejects.toBeInstanceOf(Importfout);
  });
});

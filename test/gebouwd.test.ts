// De productiebouw (npm run build → dist/) draait zoals in de image: `node` op het
// gecompileerde JavaScript, zonder tsx, elk ministerie, de analyse, het overzichtenregister
// en de gateway als eigen proces. Dezelfde voorbeelden (README.md en docs/*.md) als test/readme.test.ts moeten hetzelfde antwoord geven.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSE, MINISTERIEPROCES, OVERZICHTENREGISTER, SUBGRAFEN } from '../kern/config.js';
import { ontwikkelsleutel, tekenToken } from '../gateway/toegang/ontwikkelsleutel.js';
import { PROJECTMAP } from '../kern/projectmap.js';
import { gecompileerdPad } from '../scripts/bouwplan.js';
import { Procesgroep, vrijePoort } from '../scripts/procesgroep.js';
import { controleer, leesAlleVoorbeelden } from './hulp/readme.js';

const wortel = fileURLToPath(new URL('../', import.meta.url));
const { voorbeelden } = leesAlleVoorbeelden();

describe('de gecompileerde stapel (dist/)', () => {
  const groep = new Procesgroep();
  const map = mkdtempSync(join(tmpdir(), 'thuis-gebouwd-'));
  let url = '';

  beforeAll(async () => {
    const bouw = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bouw.ts'], { cwd: wortel, encoding: 'utf8' });
    expect(bouw.status, bouw.stderr + bouw.stdout).toBe(0);
    const geheim = 'gebouwd-'.padEnd(40, 'x');
    const gemeenschappelijk = { SUBGRAAF_GEHEIM: geheim, REDIS_URL: 'uit', LOG_LEVEL: 'warn', HOST: '127.0.0.1' };
    const urls: Record<string, string> = {};
    // De poorten eerst: het leesmodel van de analyselaag leest de ministeries op hun adres.
    const ministeriepoorten = await Promise.all(SUBGRAFEN.map(() => vrijePoort()));
    const ministeries = Object.fromEntries(SUBGRAFEN.map((s, i) => [s.urlVariabele, `http://127.0.0.1:${ministeriepoorten[i]}/graphql`]));
    const diensten = [
      ...SUBGRAFEN.map((s, i) => ({
        naam: s.naam,
        bron: MINISTERIEPROCES,
        urlVariabele: s.urlVariabele,
        poort: ministeriepoorten[i],
        omgeving: { ...s.procesomgeving, [s.sqliteVariabele]: join(map, `${s.naam}.sqlite`) },
      })),
      { naam: ANALYSE.naam, bron: 'subgraphs/analyse/index.ts', urlVariabele: ANALYSE.urlVariabele, poort: undefined, omgeving: ministeries },
      { naam: OVERZICHTENREGISTER.naam, bron: OVERZICHTENREGISTER.proces, urlVariabele: OVERZICHTENREGISTER.urlVariabele, poort: undefined, omgeving: { [OVERZICHTENREGISTER.sqliteVariabele]: join(map, 'overzichten.sqlite') } },
    ];
    await Promise.all(
      diensten.map(async (d) => {
        const poort = d.poort ?? (await vrijePoort());
        groep.start(d.naam, [process.execPath, gecompileerdPad(d.bron)], { omgeving: { ...gemeenschappelijk, ...d.omgeving, PORT: String(poort) }, uitvoer: 'stil' });
        urls[d.urlVariabele] = d.naam === OVERZICHTENREGISTER.naam ? `http://127.0.0.1:${poort}` : `http://127.0.0.1:${poort}/graphql`;
        await groep.wachtOp(`http://127.0.0.1:${poort}/health/ready`, d.naam, 60);
      }),
    );
    const poort = await vrijePoort();
    groep.start('gateway', [process.execPath, gecompileerdPad('gateway/index.ts')], {
      omgeving: { ...gemeenschappelijk, ...urls, PORT: String(poort) },
      uitvoer: 'stil',
    });
    url = `http://127.0.0.1:${poort}`;
    await groep.wachtOp(`${url}/health/ready`, 'gateway', 60);
  }, 180_000);

  afterAll(async () => {
    await groep.stop();
    rmSync(map, { recursive: true, force: true });
  });

  it('draait zonder tsx: elk proces is node op een .js-bestand in dist/', () => {
    expect(gecompileerdPad('gateway/index.ts')).toBe('dist/gateway/index.js');
    expect(readFileSync(join(wortel, 'dist/gateway/index.js'), 'utf8')).not.toMatch(/\btsx\b/);
  });

  it('gebruikt de lokale bestanden van de projectmap, niet van dist/, zodat een build ze niet weggooit', async () => {
    const gebouwd = (await import(join(wortel, 'dist/kern/projectmap.js'))) as { PROJECTMAP: string };
    expect(gebouwd.PROJECTMAP).toBe(PROJECTMAP);
    // Een token van `npm run token` (uit de bronmap) geldt ook op de gecompileerde gateway.
    const token = await tekenToken(await ontwikkelsleutel(), { onderwerp: 'gebouwd', rollen: ['redacteur:SZW'] });
    const r = await fetch(`${url}/edities/szw`, { headers: { authorization: `Bearer ${token}` } });
    expect(r.status, await r.text()).toBe(200);
  });

  it('neemt in het gecompileerde overzichtenregister de ingebouwde overzichten op, en de gateway leest ze daar', async () => {
    const { overzichten } = (await (await fetch(`${url}/overzichten`)).json()) as { overzichten: { naam: string; versies: { id: string }[] }[] };
    expect(overzichten.find((o) => o.naam === 'cijfers')?.versies.map((v) => v.id)).toEqual(['cijfers@1']);
    const token = await tekenToken(await ontwikkelsleutel(), { onderwerp: 'gebouwd', rollen: ['analist'] });
    const verslag = await fetch(`${url}/overzichten/cijfers/verslag`, { headers: { authorization: `Bearer ${token}` } });
    expect(verslag.status, await verslag.clone().text()).toBe(200);
    expect(((await verslag.json()) as { versies: { wie: string }[] }).versies[0].wie).toBe('overzichten/ (ingebouwd)');
  });

  it.each(voorbeelden)('geeft bij voorbeeld $naam ($plaats) hetzelfde antwoord', async (voorbeeld) => {
    const antwoord = (await (
      await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: voorbeeld.query }) })
    ).json()) as { data?: unknown; errors?: { message: string }[] };
    const verschil = controleer(voorbeeld, antwoord);
    if (verschil !== undefined) throw new Error(`voorbeeld "${voorbeeld.naam}" (${voorbeeld.plaats}) op dist/: ${verschil}`);
  });
});

// De voorbeelden van "## Voor integratiepartners" in README.md blijven waar: elke regel met `$`
// gaat zoals hij er staat door bash (met curl en jq) naar een draaiende gateway, in één shell en
// op volgorde, en wat eruit komt, is wat de README eronder laat zien. Alleen wat per stapel
// anders is, telt niet: de ETag (uit de generatie van de gegevens) en, bij de vloed, hoeveel
// verzoeken van elke soort er waren (dat hangt af van waar de seconde van het budget begint).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../gateway/toegang/identificatie.js';
import { leesApiSleutels } from '../../gateway/toegang/sleutelbestand.js';
import { gebruikStapel } from '../hulp/gebruik.js';
import { overslaanBuitenCI } from '../hulp/overslaan.js';
import { testRedis } from '../hulp/redis.js';

const WORTEL = new URL('../../', import.meta.url).pathname;
const SLEUTEL = 'thuis_readme-partner-0123456789abcdef';
const map = mkdtempSync(join(tmpdir(), 'thuis-partnervoorbeelden-'));
const sleutelbestand = join(map, 'api-sleutels.json');
writeFileSync(sleutelbestand, JSON.stringify({ sleutels: [{ naam: 'partner-gemeente', rollen: ['partner'], sha256: sha256(SLEUTEL), app: 'gemeente-app' }] }));

/** Elke `$`-regel uit de console-blokken van de sectie, met de regels uitvoer eronder. */
function stappen(): { opdracht: string; uitvoer: string[] }[] {
  const readme = readFileSync(join(WORTEL, 'README.md'), 'utf8');
  const begin = readme.indexOf('## Voor integratiepartners');
  const sectie = readme.slice(begin, readme.indexOf('\n## ', begin + 1));
  const uit: { opdracht: string; uitvoer: string[] }[] = [];
  for (const blok of sectie.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    for (const regel of blok[1]!.trimEnd().split('\n')) {
      if (regel.startsWith('$ ')) uit.push({ opdracht: regel.slice(2), uitvoer: [] });
      else uit.at(-1)!.uitvoer.push(regel);
    }
  }
  return uit;
}

/** Wat per stapel verschilt: de ETag, en de aantallen voor `uniq -c`. */
const gelijkTeMaken = (regels: string[]) => regels.map((r) => r.replace(/"[\w-]{32}"/g, '"<etag>"').replace(/^\s*\d+ (\d{3} )/, '<aantal> $1'));

const redis = await testRedis();
const hulpmiddelen = ['curl', 'jq', 'xargs'].every((p) => ['/usr/bin', '/bin'].some((m) => existsSync(join(m, p))));

describe.runIf((redis !== null || overslaanBuitenCI('README-voorbeelden voor partners', 'geen Redis (de ETag komt uit de generatie van de gegevens)', 'start Redis op 127.0.0.1:6379')) && (hulpmiddelen || overslaanBuitenCI('README-voorbeelden voor partners', 'curl of jq ontbreekt', 'apt-get install -y curl jq')))(
  'README.md: de voorbeelden voor integratiepartners',
  () => {
    const stapel = gebruikStapel('sqlite', {
      redis,
      toegang: { apiSleutels: leesApiSleutels(sleutelbestand), sleutelbestand: { pad: sleutelbestand, controleMs: 1000 } },
    });

    it('geven door de gateway dezelfde uitvoer', async () => {
      const basis = stapel.url.replace(/\/graphql$/, '');
      // Wat de README vooraf noemt: het manifest van de kleine client, en een publicatie van SZW.
      writeFileSync(join(map, 'persisted-query-manifest.config.json'), JSON.stringify({ documents: [join(WORTEL, 'test/fixtures/partnerclient/*.graphql')], output: 'persisted-query-manifest.json' }));
      await promisify(execFile)(process.execPath, [join(WORTEL, 'node_modules/@apollo/generate-persisted-query-manifest/cli.js'), '--config', 'persisted-query-manifest.config.json'], { cwd: map });
      const editie = readFileSync(join(WORTEL, 'subgraphs/szw/data/2021-07-08.yaml'), 'utf8').replace(/^editie: 2021-07-08$/m, 'editie: 2026-12-01');
      const publicatie = await fetch(`${basis}/edities/szw`, {
        method: 'POST',
        headers: { 'content-type': 'application/yaml', authorization: `Bearer ${await stapel.token(['redacteur:SZW'], { onderwerp: 'redacteur-szw' })}` },
        body: editie,
      });
      expect(publicatie.status).toBe(201);

      const lijst = stappen();
      expect(lijst.length).toBeGreaterThanOrEqual(7);
      // Eén shell, zodat ETAG van de ene regel in de volgende geldt; een merkteken vóór elke opdracht.
      // Geen invoer: xargs leest anders wat na zijn regel komt.
      const script = lijst.map((s, i) => `echo '@@@${i}'\n{ ${s.opdracht.replaceAll('localhost:4000', basis.replace(/^http:\/\//, ''))}; } < /dev/null`).join('\n');
      const { stdout } = await promisify(execFile)('bash', ['-c', script], {
        cwd: map,
        env: { PATH: process.env.PATH, SLEUTEL, BEHEER: await stapel.token(['beheer'], { onderwerp: 'beheer-bob' }) },
        timeout: 60_000,
      });
      const uitvoer = stdout.split(/^@@@\d+\n/m).slice(1).map((u) => u.trimEnd().split('\n').filter((r) => r !== ''));
      expect(uitvoer).toHaveLength(lijst.length);
      lijst.forEach((stap, i) => {
        const gekregen = uitvoer[i]!;
        if (stap.opdracht.includes('uniq -c')) {
          // Zoveel verzoeken als de lus stuurt; elke soort regel komt uit de README, en er is minstens één 429.
          const som = (regels: string[]) => regels.reduce((t, r) => t + Number(/^\s*(\d+)/.exec(r)![1]), 0);
          expect(som(gekregen), stap.opdracht).toBe(som(stap.uitvoer));
          expect(new Set(gelijkTeMaken(gekregen)), stap.opdracht).toEqual(new Set(gelijkTeMaken(stap.uitvoer)));
          return;
        }
        expect(gelijkTeMaken(gekregen), stap.opdracht).toEqual(gelijkTeMaken(stap.uitvoer));
      });
    }, 120_000);
  },
);

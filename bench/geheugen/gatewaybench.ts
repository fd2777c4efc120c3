// npm run bench:geheugen -- --gateway [--schaal 1,20] [--vragen 10] [--operatie heel-het-beleid] [--snapshot]
//
// Issue 25: groeit het geheugen van de gateway met de grootte van de antwoorden die hij
// samenvoegt? Per k de stapel zoals de schaalbench hem start (bench/schaal/: edities k keer,
// import, scripts/productiestapel.ts zonder responscache), met in elk proces
// bench/geheugen/meter-signaal.mjs. Gemeten in de gateway: bij gereed; na `--vragen` keer
// een grote vraag uit bench/operaties/ (zonder gc, zoals RSS in productie, en na gc); de
// grootte van dat antwoord. Wat de gateway na gc vasthoudt, hoort niet met k mee te groeien.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEPARTEMENTEN, subgraaf } from '../../kern/config.js';
import { Procesgroep } from '../../scripts/procesgroep.js';
import { startProductiestapel } from '../../scripts/productiestapel.js';
import { schrijfSleutels } from '../koppen.js';
import { importeerAlles } from '../schaal/importeren.js';
import { vermenigvuldig } from '../schaal/vermenigvuldig.js';

interface Stand {
  rss: number;
  rssAnon: number;
  threads: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  piek: number;
}

const METER = fileURLToPath(new URL('./meter-signaal.mjs', import.meta.url));
const mb = (b: number) => (b / 1024 / 1024).toFixed(1);

/** SIGUSR2 naar `pid` en wacht op zijn meting (meter-signaal.mjs). */
async function meet(pid: number, map: string): Promise<{ zonderGc: Stand; naGc: Stand }> {
  const pad = join(map, `${pid}.json`);
  rmSync(pad, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 300; i++) {
    if (existsSync(pad)) return JSON.parse(readFileSync(pad, 'utf8')) as { zonderGc: Stand; naGc: Stand };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`proces ${pid} gaf geen meting`);
}

export async function gatewaybench(args: readonly string[]): Promise<void> {
  const waarde = (naam: string) => {
    const i = args.indexOf(naam);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const schaal = (waarde('--schaal') ?? '1,20').split(',').map(Number);
  const vragen = Number(waarde('--vragen') ?? 10);
  const operatie = waarde('--operatie') ?? 'heel-het-beleid';
  const query = readFileSync(new URL(`../operaties/${operatie}.graphql`, import.meta.url), 'utf8');
  process.env.REDIS_URL = 'uit';
  const regels: string[] = [];
  for (const k of schaal) {
    const map = mkdtempSync(join(tmpdir(), `thuis-gatewaygeheugen-k${k}-`));
    const metingen = join(map, 'metingen');
    const groep = new Procesgroep();
    try {
      const { mappen } = vermenigvuldig({ k, doel: join(map, 'edities') });
      await importeerAlles(map, mappen);
      const { pad, sleutels } = schrijfSleutels(map, 'geheugen', ['analist'] as const);
      const { mkdirSync } = await import('node:fs');
      mkdirSync(metingen);
      const stapel = await startProductiestapel(groep, {
        map,
        apiSleutelbestand: pad,
        gateway: { KOSTENBUDGET_PER_S: '0' },
        ministerie: Object.fromEntries(DEPARTEMENTEN.map((d) => [subgraaf(d).dataVariabele, mappen[d]])),
        alle: { NODE_OPTIONS: `--import=${METER}`, GEHEUGENMETER_MAP: metingen, GEHEUGENMETER_SNAPSHOT: args.includes('--snapshot') ? '1' : '0' },
        meld: (m) => console.error(`k=${k}: ${m}`),
      });
      await groep.wachtOp(`${stapel.url.replace(/\/graphql$/, '')}/health/ready`, 'gateway (opgewarmd)', 300);
      const pid = stapel.pids.gateway!;
      const gereed = await meet(pid, metingen);
      let bytes = 0;
      let fout = '';
      for (let i = 0; i < vragen; i++) {
        const antwoord = await fetch(stapel.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${sleutels.analist}` },
          body: JSON.stringify({ query }),
        });
        const tekst = await antwoord.text();
        bytes = tekst.length;
        if (!antwoord.ok || tekst.startsWith('{"errors"')) fout = `${antwoord.status} ${tekst.slice(0, 200)}`;
      }
      const na = await meet(pid, metingen);
      regels.push(
        `| ${k} | ${operatie} | ${(bytes / 1024).toFixed(0)} | ${mb(gereed.zonderGc.rss)} | ${mb(gereed.naGc.heapUsed)} | ${mb(na.zonderGc.rss)} | ${mb(na.zonderGc.piek)} | ${mb(na.naGc.rss)} | ${mb(na.naGc.heapUsed)} | ${mb(na.naGc.external)} | ${fout || '—'} |`,
      );
      console.error(regels.at(-1));
      console.error(`k=${k}: threads ${gereed.naGc.threads} → ${na.naGc.threads}, RssAnon ${mb(gereed.naGc.rssAnon)} → ${mb(na.naGc.rssAnon)} MB, heap ${mb(gereed.naGc.heapUsed)} → ${mb(na.naGc.heapUsed)} MB`);
    } finally {
      await groep.stop();
      if (args.includes('--snapshot')) console.error(`bewaard: ${metingen}`);
      else rmSync(map, { recursive: true, force: true });
    }
  }
  console.log(`\ngateway, ${vragen} keer de vraag na elkaar, zonder responscache (REDIS_URL=uit)\n`);
  console.log('| k | vraag | antwoord (kB) | RSS bij gereed (MB) | heap bij gereed na gc (MB) | RSS na vragen (MB) | piek RSS (MB) | RSS na gc (MB) | heap na gc (MB) | external na gc (MB) | fout |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of regels) console.log(r);
}

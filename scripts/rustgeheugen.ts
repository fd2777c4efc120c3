// Het geheugen van elk proces in rust, zoals in productie: de stapel als losse processen
// (NODE_ENV=production, sleutels, een geheim, eigen SQLite), de gateway opgewarmd
// (/health/ready), dan 15 s niets. Drie keer, want één start verschilt zo'n 30 MB van de
// andere; de mediaan telt. Zo is te zien wat een verandering aan de gateway of een
// subgraph in rust kost. Gebruik: npm run bench:rust [-- <aantal starts>]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schrijfSleutels } from '../bench/koppen.js';
import { Procesgroep, rssMb } from './procesgroep.js';
import { startProductiestapel } from './productiestapel.js';

const RUST_MS = 15_000;
const starts = Number(process.argv[2] ?? 3);
if (!Number.isInteger(starts) || starts < 1) throw new Error(`aantal starts moet een geheel getal ≥ 1 zijn, niet ${process.argv[2]}`);

const perProces = new Map<string, number[]>();
for (let i = 1; i <= starts; i++) {
  const groep = new Procesgroep();
  const map = mkdtempSync(join(tmpdir(), 'thuis-rust-'));
  try {
    const { pad } = schrijfSleutels(map, 'rust', ['analist'] as const);
    const stapel = await startProductiestapel(groep, { map, apiSleutelbestand: pad, meld: (m) => console.error(`[rust] ${m}`) });
    await groep.wachtOp(`${stapel.url.replace(/\/graphql$/, '')}/health/ready`, 'gateway (opgewarmd)', 120);
    await new Promise((r) => setTimeout(r, RUST_MS));
    const regel = Object.entries(stapel.pids).map(([naam, pid]) => {
      const mb = rssMb(pid) ?? NaN;
      perProces.set(naam, [...(perProces.get(naam) ?? []), mb]);
      return `${naam} ${mb}`;
    });
    console.log(`start ${i}: RSS in MB na ${RUST_MS / 1000} s rust: ${regel.join(', ')}`);
  } finally {
    await groep.stop();
    rmSync(map, { recursive: true, force: true });
  }
}

const mediaan = (w: number[]) => [...w].sort((a, b) => a - b)[Math.floor((w.length - 1) / 2)];
console.log(`\n| proces | mediaan RSS (MB) | per start |\n| --- | --- | --- |`);
for (const [naam, waarden] of perProces) console.log(`| ${naam} | ${mediaan(waarden)} | ${waarden.join(', ')} |`);

// npm run build: compileert de diensten naar dist/ (tsconfig.build.json) en zet ernaast
// wat zij tijdens het draaien lezen. De code vindt die bestanden relatief aan zichzelf
// (import.meta.url), dus dist/ heeft dezelfde indeling als de bronmap.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIJ_DE_CODE } from './bouwplan.js';

const wortel = fileURLToPath(new URL('../', import.meta.url));
const DOEL = join(wortel, 'dist');

const begin = Date.now();
rmSync(DOEL, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [join(wortel, 'node_modules/typescript/bin/tsc'), '-p', join(wortel, 'tsconfig.build.json')], { stdio: 'inherit' });
if (tsc.status !== 0) {
  console.error('npm run build: tsc faalde (zie hierboven); dist/ is onvolledig.');
  process.exit(1);
}
if (!existsSync(join(wortel, 'dashboard/dist/index.html'))) {
  console.error('npm run build: dashboard/dist ontbreekt; bouw het eerst met npm run build:dashboard.');
  process.exit(1);
}
let aantal = 0;
for (const [map, neem] of BIJ_DE_CODE) {
  cpSync(join(wortel, map), join(DOEL, map), {
    recursive: true,
    // Mappen altijd doorlopen (behalve var/ met lokale SQLite-bestanden), bestanden alleen als ze nodig zijn.
    filter: (bron) => {
      const pad = relative(wortel, bron).replaceAll('\\', '/');
      if (/(^|\/)var(\/|$)/.test(pad)) return false;
      if (statSync(bron).isDirectory()) return true;
      const nodig = neem.test(pad);
      if (nodig) aantal += 1;
      return nodig;
    },
  });
}
console.log(`dist/ gebouwd in ${((Date.now() - begin) / 1000).toFixed(1)} s: de gecompileerde diensten en ${aantal} bestanden die zij lezen.`);

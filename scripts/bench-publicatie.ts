// npm run bench:publicatie -- [--schaal 1,5,20] [--publicaties N] [--bewaar] [--koude-cache]
// Per k de fasen van een publicatie bij BZK, in dit proces (bench/schaal/publicatietijd.ts).
import { meetPublicatietijd, toonPublicatietijd } from '../bench/schaal/publicatietijd.js';

const args = process.argv.slice(2);
const waarde = (naam: string) => {
  const i = args.indexOf(naam);
  return i >= 0 ? args[i + 1] : undefined;
};
const schaal = (waarde('--schaal') ?? '1,5,20').split(',').map(Number);
const publicaties = Number(waarde('--publicaties') ?? 3);
if (schaal.some((k) => !Number.isInteger(k) || k < 1) || !Number.isInteger(publicaties) || publicaties < 1) {
  console.error('gebruik: npm run bench:publicatie -- [--schaal 1,5,20] [--publicaties N] [--bewaar] [--koude-cache]');
  process.exit(2);
}
for (const k of schaal) {
  console.log(toonPublicatietijd(await meetPublicatietijd(k, publicaties, args.includes('--bewaar'), args.includes('--koude-cache'))));
  console.log();
}

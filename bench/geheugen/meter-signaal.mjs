// Vooraf geladen via NODE_OPTIONS=--import=<dit bestand> in elk proces van de stapel die
// bench/geheugen/gatewaybench.ts meet; nooit in productie. Gewoon JavaScript: NODE_OPTIONS
// laadt het vóór tsx. Op SIGUSR2 ruimt het proces op (gc, via de V8-vlag die het hier zelf
// zet, want --expose-gc mag niet in NODE_OPTIONS) en schrijft het process.memoryUsage()
// naar GEHEUGENMETER_MAP/<pid>.json, met het hoogste RSS tot nu toe (VmHWM); met
// GEHEUGENMETER_SNAPSHOT=1 daarnaast een heap-snapshot.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';

const map = process.env.GEHEUGENMETER_MAP;
if (map) {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc');
  const meet = (metGc) => {
    if (metGc) for (let i = 0; i < 4; i++) gc();
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (veld) => Number(new RegExp(`${veld}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) * 1024;
    // RssAnon: heap van alle isolates (ook werkthreads) en malloc; Threads: hoeveel threads het proces heeft.
    return { ...process.memoryUsage(), piek: kb('VmHWM'), rssAnon: kb('RssAnon'), rssFile: kb('RssFile'), threads: kb('Threads') / 1024 };
  };
  process.on('SIGUSR2', () => {
    const zonder = meet(false);
    const met = meet(true);
    const pad = join(map, `${process.pid}.json`);
    writeFileSync(`${pad}.tmp`, JSON.stringify({ zonderGc: zonder, naGc: met, tijd: Date.now() }));
    // Met GEHEUGENMETER_SNAPSHOT=1 ook een heap-snapshot (na de gc), vóór de meting klaarstaat.
    if (process.env.GEHEUGENMETER_SNAPSHOT === '1') writeHeapSnapshot(join(map, `${process.pid}-${Date.now()}.heapsnapshot`));
    renameSync(`${pad}.tmp`, pad);
  });
}

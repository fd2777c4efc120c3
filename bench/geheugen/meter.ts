// Vooraf geladen (node --expose-gc --import tsx --import ./bench/geheugen/meter.ts) in het
// ministerieproces dat bench/geheugen/geheugenbench.ts meet; nooit in productie. Op een
// bericht over het IPC-kanaal ruimt het proces op als daarom gevraagd is (gc, een paar keer,
// zodat ook wat pas na een eerste ronde vrijkomt weg is) en stuurt het process.memoryUsage()
// en het hoogste RSS tot nu toe terug, of schrijft het een heap-snapshot. Zo hoeft de ministeriecode zelf niets voor de meting te weten.
import { readFileSync } from 'node:fs';
import { getHeapStatistics, writeHeapSnapshot } from 'node:v8';

type Opdracht = { soort: 'meet'; gc: boolean } | { soort: 'snapshot'; pad: string };

const gc = (globalThis as { gc?: () => void }).gc;
const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ruimOp(): Promise<void> {
  if (!gc) throw new Error('start het proces met --expose-gc');
  for (let i = 0; i < 4; i++) {
    gc();
    await wacht(50);
  }
}

if (process.send) {
  process.channel?.unref();
  process.on('message', (bericht: Opdracht) => {
    void (async () => {
      if (bericht.soort === 'snapshot' || bericht.gc) await ruimOp();
      if (bericht.soort === 'snapshot') {
        const pad = writeHeapSnapshot(bericht.pad);
        process.send?.({ soort: 'snapshot', pad });
        return;
      }
      const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
      // Het hoogste RSS sinds de start (VmHWM, Linux): wat het besturingssysteem het proces ooit gaf.
      const piek = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) * 1024;
      process.send?.({ soort: 'meet', rss, heapUsed, heapTotal, external, arrayBuffers, malloced: getHeapStatistics().malloced_memory, piek });
    })();
  });
}

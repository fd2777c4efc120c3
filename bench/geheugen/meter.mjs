// Vooraf geladen (node --expose-gc --import tsx --import ./bench/geheugen/meter.mjs) in het
// ministerieproces dat bench/geheugen/geheugenbench.ts meet; nooit in productie. Gewoon
// JavaScript: een werkthread van het proces erft --import, en daar is tsx (nog) niet actief.
// Op een bericht over het IPC-kanaal ruimt het proces op als daarom gevraagd is (gc, een paar
// keer, zodat ook wat pas na een eerste ronde vrijkomt weg is) en stuurt het
// process.memoryUsage() en het hoogste RSS tot nu toe terug, of schrijft het een heap-snapshot.
// Zo hoeft de ministeriecode zelf niets voor de meting te weten.
import { readFileSync } from 'node:fs';
import { getHeapStatistics, writeHeapSnapshot } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

const wacht = (ms) => new Promise((r) => setTimeout(r, ms));

async function ruimOp() {
  if (!globalThis.gc) throw new Error('start het proces met --expose-gc');
  for (let i = 0; i < 4; i++) {
    globalThis.gc();
    await wacht(50);
  }
}

if (isMainThread && process.send) {
  process.channel?.unref();
  process.on('message', (bericht) => {
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

// Kindprocessen voor npm start en npm run bench: starten, wachten tot ze bereikbaar
// zijn, en samen stoppen.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const wortel = fileURLToPath(new URL('../', import.meta.url));

/** Een TypeScript-bestand van dit project als eigen Node-proces, via tsx. */
export const tsx = (bestand: string) => [process.execPath, '--import', 'tsx', bestand];

/** Of dit script zelf uit dist/ draait (npm run build); dan start het ook de andere diensten gecompileerd. */
export const gecompileerd = import.meta.url.endsWith('.js');

/**
 * Een dienst als eigen Node-proces: `bestand` is het pad van de bron (subgraphs/ministerie/index.ts).
 * Gecompileerd draait `node` het JavaScript ernaast in dist/, zonder tsx; anders via tsx.
 */
export const dienst = (bestand: string) => (gecompileerd ? [process.execPath, bestand.replace(/\.ts$/, '.js')] : tsx(bestand));

export interface Startopties {
  omgeving?: NodeJS.ProcessEnv;
  /** 'inherit' toont de uitvoer; 'stil' bewaart alleen de laatste foutuitvoer voor een melding. */
  uitvoer?: 'inherit' | 'stil';
  /** Wordt aangeroepen als het proces stopt terwijl de groep niet aan het stoppen is. */
  onverwachtGestopt?: (melding: string) => void;
}

export class Procesgroep {
  private readonly processen: ChildProcess[] = [];
  private stoppend = false;

  /** Of de groep aan het stoppen is (dan start niemand iets opnieuw). */
  get stopt(): boolean {
    return this.stoppend;
  }

  start(naam: string, commando: string[], opties: Startopties = {}): ChildProcess {
    const stdio: StdioOptions = opties.uitvoer === 'stil' ? ['ignore', 'ignore', 'pipe'] : ['ignore', 'inherit', 'inherit'];
    const kind = spawn(commando[0], commando.slice(1), { env: { ...process.env, ...opties.omgeving }, cwd: wortel, stdio });
    let fouten = '';
    kind.stderr?.on('data', (d: Buffer) => (fouten = (fouten + d.toString()).slice(-4000)));
    kind.once('exit', (code, signaal) => {
      if (this.stoppend) return;
      opties.onverwachtGestopt?.(`${naam} stopte onverwacht (${signaal ?? `code ${code}`})${fouten ? `:\n${fouten}` : ''}`);
    });
    this.processen.push(kind);
    return kind;
  }

  /** Wacht tot `url` een 2xx geeft, met `init` voor bijvoorbeeld een POST. */
  async wachtOp(url: string, naam: string, seconden = 90, init?: RequestInit): Promise<void> {
    const grens = Date.now() + seconden * 1000;
    while (Date.now() < grens) {
      try {
        if ((await fetch(url, init)).ok) return;
      } catch {
        // nog niet bereikbaar
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${naam} was na ${seconden} s niet bereikbaar op ${url}`);
  }

  /** Stuurt elk nog lopend proces SIGTERM en wacht tot ze allemaal weg zijn. */
  async stop(): Promise<void> {
    this.stoppend = true;
    await Promise.all(
      this.processen
        .filter((p) => p.exitCode === null && p.signalCode === null)
        .map((p) => new Promise((resolve) => { p.once('exit', resolve); p.kill('SIGTERM'); })),
    );
  }
}

/** Een poort waar nu niemand luistert (het besturingssysteem kiest; daarna meteen weer vrij). */
export async function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const adres = server.address();
      server.close(() => (typeof adres === 'object' && adres ? resolve(adres.port) : reject(new Error('geen vrije poort'))));
    });
  });
}

/** Het geheugen (RSS) van een proces in MB, of null als het niet (meer) bestaat. */
export function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

// Hoeveel JavaScript het dashboard laadt, uit het manifest van Vite: wat het eerste beeld
// van elke pagina nodig heeft (het ingangsbestand en alles wat het statisch importeert) en
// wat een pagina met een zware bibliotheek daar pas bij het openen aan toevoegt.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Manifestregel {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * Het budget, in kB JavaScript na gzip. Het eerste beeld telt voor elke pagina; de lazy
 * pagina's laden hun bibliotheek (cytoscape, Observable Plot, GraphiQL met Monaco) erbij;
 * Overzichten heeft Observable Plot voor de grafiek van een overzicht.
 */
export const BUDGET_KB = {
  eersteBeeld: 300,
  /** Per lazy pagina, bovenop het eerste beeld. */
  pagina: { Netwerk: 250, Cijfers: 250, Overzichten: 250, Query: 1300 } as Record<string, number>,
  /** De web workers van Monaco (editor, GraphQL, JSON): alleen op de Query-pagina. */
  workers: 400,
};

export interface Bundelmeting {
  /** kB gzip van wat het eerste beeld laadt. */
  eersteBeeld: number;
  /** kB gzip per lazy pagina, bovenop het eerste beeld (naam van het bronbestand zonder .tsx). */
  paginas: Record<string, number>;
  /** kB gzip van JavaScript buiten de chunks: web workers, die pas in hun pagina (Query) starten. */
  workers: number;
  totaal: number;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export function meetBundel(map: string): Bundelmeting {
  const manifestpad = join(map, '.vite', 'manifest.json');
  if (!existsSync(manifestpad)) throw new Error(`${manifestpad} ontbreekt: bouw het dashboard met npm run build:dashboard`);
  const manifest = JSON.parse(readFileSync(manifestpad, 'utf8')) as Record<string, Manifestregel>;
  const grootte = new Map<string, number>();
  const gzip = (bestand: string) => grootte.get(bestand) ?? grootte.set(bestand, gzipSync(readFileSync(join(map, bestand))).length).get(bestand)!;
  /** Het bestand van een manifestregel en alles wat het statisch (en met `dynamisch` ook later) importeert. */
  const sluiting = (sleutel: string, dynamisch: boolean, gezien = new Set<string>()): Set<string> => {
    const regel = manifest[sleutel];
    if (!regel || gezien.has(regel.file)) return gezien;
    gezien.add(regel.file);
    for (const i of [...(regel.imports ?? []), ...(dynamisch ? (regel.dynamicImports ?? []) : [])]) sluiting(i, dynamisch, gezien);
    return gezien;
  };
  const ingang = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!ingang) throw new Error(`${manifestpad} heeft geen ingang`);
  const eerste = sluiting(ingang, false);
  const som = (bestanden: Iterable<string>) => [...bestanden].filter((f) => f.endsWith('.js')).reduce((n, f) => n + gzip(f), 0);
  const paginas: Record<string, number> = {};
  const inChunks = new Set(eerste);
  for (const sleutel of manifest[ingang].dynamicImports ?? []) {
    // Wat de pagina zelf weer lazy laadt (Monaco bij GraphiQL), hoort bij haar.
    // Het eerste beeld is er al; daar niet opnieuw in afdalen (het noemt alle lazy pagina's).
    const extra = [...sluiting(sleutel, true, new Set(eerste))].filter((f) => !eerste.has(f));
    extra.forEach((f) => inChunks.add(f));
    paginas[sleutel.replace(/^.*\//, '').replace(/\.tsx?$/, '')] = kb(som(extra));
  }
  const alleJs = readdirSync(join(map, 'assets')).map((f) => `assets/${f}`).filter((f) => f.endsWith('.js'));
  return {
    eersteBeeld: kb(som(eerste)),
    paginas,
    workers: kb(som(alleJs.filter((f) => !inChunks.has(f)))),
    totaal: kb(som(alleJs)),
  };
}

/** Wat boven het budget uitkomt, in woorden; leeg als alles past. */
export function overschrijdingen(m: Bundelmeting): string[] {
  const fout: string[] = [];
  if (m.eersteBeeld > BUDGET_KB.eersteBeeld) fout.push(`eerste beeld ${m.eersteBeeld} kB > ${BUDGET_KB.eersteBeeld} kB`);
  if (m.workers > BUDGET_KB.workers) fout.push(`workers ${m.workers} kB > ${BUDGET_KB.workers} kB`);
  for (const [pagina, grootte] of Object.entries(m.paginas)) {
    const budget = BUDGET_KB.pagina[pagina];
    if (budget === undefined) fout.push(`pagina ${pagina} (${grootte} kB) heeft geen budget in bench/bundel.ts`);
    else if (grootte > budget) fout.push(`pagina ${pagina} ${grootte} kB > ${budget} kB`);
  }
  return fout;
}

// Geen verzonnen getallen: elk getal in de gegevens (waarde, grens, bandbreedte, streefwaarde,
// budget, bedrag van een eis) staat letterlijk in het document dat het record als bron noemt,
// in een van de schrijfwijzen die de bronnen gebruiken (331.000, 331000, "331 duizend",
// "5 miljard", "vijf miljard", "30%", "1,4"). Een getal dat eruit is afgeleid, staat hier
// niet stil tussen: dan faalt deze test en moet de bron of het getal worden rechtgezet.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editiebestanden } from '../../subgraphs/ministerie/editie/lezen.js';
import { ministeries } from '../../subgraphs/ministeries.js';

const SEEDS = new URL('../../docs/bronnen/', import.meta.url);
const documenten = new Map<string, string>();
const tekst = (document: string) => {
  if (!documenten.has(document)) documenten.set(document, readFileSync(new URL(document, SEEDS), 'utf8').replace(/\s+/g, ' '));
  return documenten.get(document)!;
};

const TELWOORDEN: Record<number, string> = { 2: 'twee', 3: 'drie', 4: 'vier', 5: 'vijf', 6: 'zes', 10: 'tien', 20: 'twintig', 50: 'vijftig' };

/** De schrijfwijzen van een getal zoals Nederlandse beleidsteksten ze gebruiken. */
function schrijfwijzen(getal: number): string[] {
  const nl = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 3 });
  const vormen = new Set<string>([nl(getal), String(getal).replace('.', ',')]);
  vormen.add(String(getal));
  for (const [deler, woord] of [[1e9, 'miljard'], [1e6, 'miljoen'], [1e3, 'duizend']] as const) {
    if (Math.abs(getal) >= deler && (getal / deler) * 10 === Math.round((getal / deler) * 10)) {
      const q = getal / deler;
      vormen.add(`${String(q).replace('.', ',')} ${woord}`);
      if (TELWOORDEN[q]) vormen.add(`${TELWOORDEN[q]} ${woord}`);
    }
  }
  return [...vormen];
}

/** Komt een schrijfwijze voor als los getal: 36 niet binnen 360, 1.360 of 3,6. */
function staatErin(document: string, getal: number): boolean {
  const t = tekst(document);
  return schrijfwijzen(getal).some((vorm) => {
    const rand = /^\d/.test(vorm) ? '(?<![\\d.,])' : '(?<![\\p{L}])';
    return new RegExp(`${rand}${vorm.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d]|[.,]\\d)`, 'u').test(t);
  });
}

interface Bron { document: string; vindplaats: string }
interface Getal { waar: string; getal: number; bron: Bron }

/** Elk getal in een editie met de bron van zijn record. */
function getallen(editie: Record<string, any>, bestand: string): Getal[] {
  const uit: Getal[] = [];
  const voeg = (waar: string, getal: unknown, bron: Bron) => typeof getal === 'number' && uit.push({ waar: `${bestand}: ${waar}`, getal, bron });
  for (const r of editie.cijfers ?? []) {
    for (const w of r.waarnemingen) {
      const waar = `${r.code}@${w.peildatum}`;
      voeg(waar, w.waarde, w.bron);
      voeg(`${waar} ondergrens`, w.ondergrens, w.bron);
      voeg(`${waar} bovengrens`, w.bovengrens, w.bron);
      voeg(`${waar} bandbreedte.min`, w.bandbreedte?.min, w.bron);
      voeg(`${waar} bandbreedte.max`, w.bandbreedte?.max, w.bron);
    }
  }
  for (const m of editie.maatregelen ?? []) {
    voeg(`maatregel ${m.code} streefwaarde`, m.streefwaarde?.waarde, m.bron);
    voeg(`maatregel ${m.code} budget`, m.budget?.waarde, m.bron);
  }
  for (const p of editie.partijen ?? []) for (const e of p.eisen ?? []) voeg(`eis ${e.code} bedrag`, e.bedrag?.waarde, e.bron);
  return uit;
}

const alle = Object.values(ministeries).flatMap((m) =>
  editiebestanden(fileURLToPath(m.data)).flatMap((pad) => getallen(parse(readFileSync(pad, 'utf8')), pad.split('/subgraphs/')[1])),
);

describe('getallen in de gegevens', () => {
  it('staan elk letterlijk in hun brondocument', () => {
    const ontbrekend = alle.filter((g) => !staatErin(g.bron.document, g.getal)).map((g) => `${g.waar} = ${g.getal} (${g.bron.document} > ${g.bron.vindplaats})`);
    expect(ontbrekend).toEqual([]);
    expect(alle.length).toBeGreaterThan(100);
  });

  it('herkennen een getal alleen als geheel, in de schrijfwijzen van de bronnen', () => {
    documenten.set('proef', 'ruim 500.000 arbeidsmigranten, 360 woningen, vijf miljard euro, 1,4 procent en 30%');
    expect(staatErin('proef', 500000)).toBe(true);
    expect(staatErin('proef', 5e9)).toBe(true);
    expect(staatErin('proef', 1.4)).toBe(true);
    expect(staatErin('proef', 30)).toBe(true);
    expect(staatErin('proef', 36)).toBe(false);
    expect(staatErin('proef', 50000)).toBe(false);
    expect(staatErin('proef', 4)).toBe(false);
  });
});

// De acceptatiequery uit issue 2 en de controles die een analist zou doen.
import { expect } from 'vitest';
import { vocabulaire, PEILDATUM } from '../../kern/vocabulaire.js';
import type { Stapel } from '../hulp/stapel.js';
import { SUBGRAFEN, type Ministerieveld } from '../../kern/config.js';

const beleid = 'doelen { naam } instrumenten { naam } cijfers { waarde peildatum bron { document vindplaats } }';
export const ACCEPTATIEQUERY = `{ aandachtsgroepen { code naam ${SUBGRAFEN.map((s) => `${s.naam} { ${beleid} }`).join(' ')} } }`;

type Beleid = { doelen: { naam: string }[]; instrumenten: { naam: string }[]; cijfers: { waarde: number | null; peildatum: string; bron: { document: string; vindplaats: string } }[] };
type Groep = { code: string; naam: string } & Record<Ministerieveld, Beleid>;

export async function controleerAcceptatie(stapel: Stapel): Promise<Groep[]> {
  const r = await stapel.query<{ aandachtsgroepen: Groep[] }>(ACCEPTATIEQUERY);
  expect(r.errors).toBeUndefined();
  const groepen = r.data!.aandachtsgroepen;
  expect(groepen.map((g) => g.code)).toEqual(vocabulaire.aandachtsgroepen);
  for (const g of groepen) expect(g.naam.length).toBeGreaterThan(0);
  for (const { naam: ministerie } of SUBGRAFEN) {
    const totaal = groepen.flatMap((g) => [...g[ministerie].doelen, ...g[ministerie].instrumenten, ...g[ministerie].cijfers]);
    expect(totaal.length, `gegevens van ${ministerie}`).toBeGreaterThan(0);
  }
  const cijfers = groepen.flatMap((g) => SUBGRAFEN.flatMap((s) => g[s.naam].cijfers));
  expect(cijfers.length).toBeGreaterThan(0);
  for (const c of cijfers) {
    expect(c.peildatum).toMatch(PEILDATUM);
    expect(c.bron.document).toMatch(/^00\d_[0-9a-f]{16}\.txt$/);
    expect(c.bron.vindplaats.length).toBeGreaterThan(0);
  }
  return groepen;
}

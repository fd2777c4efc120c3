// Elk record in een editie dat iets beweert, met zijn bron: de lijst die de citaattoets
// (test/data/citaten.test.ts, scripts/citaten.ts) en de rubriektoets aflopen. Een
// instrument dat niet meer geldt, beweert dat met zijn statusbron: ook die telt.
import type { Bron, Editiebestand } from './schema.js';

export const CATEGORIEEN = [
  'aandachtsgroep',
  'verantwoordelijkheid',
  'doel',
  'instrument',
  'instrumentstatus',
  'effect',
  'leeftijdsgrens',
  'maatregel',
  'partij',
  'rol',
  'eis',
  'monitoringadvies',
  'verband',
  'waarneming',
] as const;

export type Categorie = (typeof CATEGORIEEN)[number];

export interface Afgeleid {
  velden: string[];
  reden: string;
}

export interface Bewering {
  categorie: Categorie;
  /** Waar het record staat, zoals de importmeldingen het zeggen: "instrumenten[3] (HUURTOESLAG) > effecten[0] (WONINGTEKORT)". */
  waar: string;
  /** bron, of statusbron bij de status van een instrument. */
  bronveld: 'bron' | 'statusbron';
  bron: Bron;
  afgeleid?: Afgeleid;
  /** Bij een effect of verband: de score, voor de rubriek. */
  score?: number;
}

const plek = (lijst: string, n: number, code?: string | number) => `${lijst}[${n}]${code !== undefined ? ` (${code})` : ''}`;

/** Alle beweringen van een gelezen editie, in de volgorde van het bestand. */
export function beweringen(e: Editiebestand): Bewering[] {
  const uit: Bewering[] = [];
  const voeg = (categorie: Categorie, waar: string, r: { bron: Bron; afgeleid?: Afgeleid }, score?: number) =>
    uit.push({ categorie, waar, bronveld: 'bron', bron: r.bron, afgeleid: r.afgeleid, score });

  (e.aandachtsgroepen ?? []).forEach((g, n) => voeg('aandachtsgroep', plek('aandachtsgroepen', n, g.code), g));
  e.verantwoordelijkheden.forEach((v, n) => voeg('verantwoordelijkheid', plek('verantwoordelijkheden', n, v.code), v));
  e.doelen.forEach((d, n) => voeg('doel', plek('doelen', n, d.code), d));
  e.instrumenten.forEach((i, n) => {
    const waar = plek('instrumenten', n, i.code);
    voeg('instrument', waar, i);
    if (i.statusbron) uit.push({ categorie: 'instrumentstatus', waar, bronveld: 'statusbron', bron: i.statusbron, afgeleid: i.afgeleid });
    i.effecten.forEach((f, m) => voeg('effect', `${waar} > ${plek('effecten', m, f.indicator)}`, f, f.score));
    i.leeftijdsgrenzen.forEach((g, m) => voeg('leeftijdsgrens', `${waar} > ${plek('leeftijdsgrenzen', m, g.leeftijd)}`, g));
  });
  e.maatregelen.forEach((m, n) => voeg('maatregel', plek('maatregelen', n, m.code), m));
  (e.partijen ?? []).forEach((p, n) => {
    const waar = plek('partijen', n, p.code);
    voeg('partij', waar, p);
    p.rollen.forEach((r, m) => voeg('rol', `${waar} > ${plek('rollen', m)}`, r));
    p.eisen.forEach((x, m) => voeg('eis', `${waar} > ${plek('eisen', m, x.code)}`, x));
  });
  e.monitoring.forEach((m, n) => voeg('monitoringadvies', plek('monitoring', n, m.code), m));
  e.verbanden.forEach((v, n) => voeg('verband', plek('verbanden', n, v.code), v, v.score));
  e.cijfers.forEach((c, n) => c.waarnemingen.forEach((w, m) => voeg('waarneming', `${plek('cijfers', n, c.code)} > ${plek('waarnemingen', m, w.peildatum)}`, w)));
  return uit;
}

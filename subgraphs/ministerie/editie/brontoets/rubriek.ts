// De rubriek voor de sterkte van een score (docs/dataformaat.md, "Rubriek voor de
// score"): welke woorden in een citaat een |score| van 1, 2 of 3 dragen. Eén lijst voor
// de documentatie en de toets (test/data/rubriek.test.ts controleert dat de
// documentatie precies deze woorden noemt). De lijsten zijn geijkt op de woorden die de
// bronnen gebruiken bij de instrumenten met ongewenste gevolgen (003, hoofdstuk 3 en de
// bijlagen): "vermindert de investeringskracht", "kan een belemmering vormen", "zorgt voor
// een perverse prikkel", "geen aanspraak op", "lijken van invloed".
//
// Schrijfwijze van een woordgroep: woorden met spaties ertussen; … staat voor hooguit
// acht willekeurige woorden binnen dezelfde zin; een * aan het eind van een woord staat
// voor elke uitgang (belemmer* = belemmert, belemmeren, belemmering).

export const RUBRIEK = {
  /** ±3: het instrument sluit iets uit, maakt het onmogelijk of is de hoofdoorzaak. */
  3: ['onmogelijk*', 'niet mogelijk', 'geen … mogelijk', 'geen aanspraak', 'sluit … uit', 'uitgesloten', 'hoofdoorzaak', 'belangrijkste oorzaak', 'grootste probleem'],
  /** ±2: een duidelijk, direct gevolg zonder voorbehoud. */
  2: [
    'leidt tot',
    'leiden tot',
    'leidt … tot',
    'leiden … tot',
    'ertoe geleid',
    'zorgt voor',
    'zorgen voor',
    'zorgt … ervoor dat',
    'belemmer*',
    'bemoeilijkt',
    'in de weg',
    'vermindert',
    'verminderen',
    'vergroot',
    'vergroten',
    'verkleint',
    'verhoogt',
    'verlaagt',
    'remt',
    'ontmoedig*',
    'pervers* … prikkel',
    'maakt het … moeilijk',
    'maakt het … aantrekkelijk',
    'stimuleert',
    'bevordert',
    'veroorza*',
    'stagneert',
    'stokt',
    'stukt',
    'stopt',
    'gestraft',
    'waardoor',
    'doordat',
    'daardoor',
    'hoe … hoe',
  ],
  /** ±1: een bijdrage, invloed of gevolg zonder richting of kracht. */
  1: ['draagt bij', 'bijdragen', 'van invloed', 'heeft invloed', 'hebben invloed', 'invloed heeft', 'invloed hebben', 'gevolgen voor', 'effect op', 'maakt … mogelijk'],
  /** Voorbehoud: een (bij)zin met een van deze woorden telt hooguit als ±1, welk werkwoord er ook staat ("kan een belemmering vormen"). */
  voorbehoud: ['kan', 'kunnen', 'kon', 'konden', 'zou', 'zouden', 'lijkt', 'lijken', 'mogelijk', 'waarschijnlijk', 'vermoedelijk', 'wellicht', 'naar verwachting', 'eventueel', 'soms'],
  /** Beperking: een (bij)zin met een van deze woorden telt hooguit als ±2 ("in beginsel geen aanspraak"). */
  beperking: ['mede', 'deels', 'vaak', 'veelal', 'doorgaans', 'onder meer', 'onder andere', 'in beginsel', 'in principe'],
} as const;

export type Sterkte = 0 | 1 | 2 | 3;

/** Een woordgroep uit de rubriek als reguliere expressie op hele woorden. */
function patroon(woordgroep: string): RegExp {
  const delen = woordgroep.split(' ').map((w) =>
    w === '…' ? '(?:\\S+\\s+){0,8}?' : `${w.replace(/\*$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${w.endsWith('*') ? '\\p{L}*' : ''}\\s+`,
  );
  const bron = delen.join('').replace(/\\s\+$/, '');
  return new RegExp(`(?<!\\p{L})${bron}(?!\\p{L})`, 'giu');
}

const patronen = (lijst: readonly string[]) => lijst.map((w) => ({ woordgroep: w, re: patroon(w) }));
const NIVEAUS = [
  { sterkte: 3 as const, patronen: patronen(RUBRIEK[3]) },
  { sterkte: 2 as const, patronen: patronen(RUBRIEK[2]) },
  { sterkte: 1 as const, patronen: patronen(RUBRIEK[1]) },
];
const VOORBEHOUD = patronen(RUBRIEK.voorbehoud);
const BEPERKING = patronen(RUBRIEK.beperking);

export interface Weging {
  sterkte: Sterkte;
  /** De woordgroepen die de sterkte bepalen, en een voorbehoud of beperking als die haar verlaagde. */
  woorden: string[];
}

/**
 * Waar een bijzin begint: een voorbehoud in "… moeilijk om een woning te vinden als ze
 * niet op hun ouders kunnen terugvallen" hoort bij de bijzin, niet bij "moeilijk".
 */
const BIJZIN = /(?<!\p{L})(?:als|wanneer|indien|omdat|doordat|zodat|terwijl|waardoor|waarbij|om|mits|tenzij|nadat|voordat|zodra)(?!\p{L})|[;:]/giu;

/**
 * De sterkte van één zin: per gevonden woordgroep haar niveau, begrensd door een
 * voorbehoud (±1) of beperking (±2) in dezelfde (bij)zin; de zin telt als haar sterkste
 * woordgroep.
 */
function weegZin(zin: string): Weging {
  let rest = zin;
  const gevonden: { sterkte: Sterkte; woordgroep: string; plek: number }[] = [];
  for (const niveau of NIVEAUS) {
    for (const { woordgroep, re } of niveau.patronen) {
      // Een gevonden woordgroep wordt uit de zin gehaald, zodat 'mogelijk' in 'geen huurtoeslag mogelijk' geen voorbehoud wordt.
      rest = rest.replace(re, (m: string, plek: number) => {
        gevonden.push({ sterkte: niveau.sterkte, woordgroep, plek });
        return ' '.repeat(m.length);
      });
    }
  }
  const grenzen = [...zin.matchAll(BIJZIN)].map((m) => m.index);
  const bijzin = (plek: number) => grenzen.filter((g) => g <= plek).length;
  const in_ = (patronen: typeof VOORBEHOUD) =>
    patronen.flatMap(({ woordgroep, re }) => [...rest.matchAll(re)].map((m) => ({ woordgroep, bijzin: bijzin(m.index) })));
  const voorbehouden = in_(VOORBEHOUD);
  const beperkingen = in_(BEPERKING);
  const gewogen = gevonden.map((g) => {
    const voorbehoud = voorbehouden.find((v) => v.bijzin === bijzin(g.plek));
    if (voorbehoud && g.sterkte > 1) return { sterkte: 1 as Sterkte, woorden: [g.woordgroep, `voorbehoud '${voorbehoud.woordgroep}'`] };
    const beperking = beperkingen.find((v) => v.bijzin === bijzin(g.plek));
    if (beperking && g.sterkte > 2) return { sterkte: 2 as Sterkte, woorden: [g.woordgroep, `beperking '${beperking.woordgroep}'`] };
    return { sterkte: g.sterkte, woorden: [g.woordgroep] };
  });
  return gewogen.reduce<Weging>((a, b) => (b.sterkte > a.sterkte ? b : a), { sterkte: 0, woorden: [] });
}

/** De sterkte die een citaat draagt: die van zijn sterkste zin. */
export function weegCitaat(citaat: string): Weging {
  const zinnen = citaat.split(/\s*(?:…|\.\.\.)\s*|(?<=[.!?])\s+/).filter((z) => z.trim() !== '');
  return zinnen.map(weegZin).reduce<Weging>((a, b) => (b.sterkte > a.sterkte ? b : a), { sterkte: 0, woorden: [] });
}

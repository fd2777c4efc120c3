// De indeling van elk brondocument in secties, zodat een vindplaats ("3 Rode draden >
// Markt en overheid") naar een stuk tekst wijst en een citaat daar gezocht kan worden.
// Welke koppen er zijn, staat in docs/bronnen/indeling.json: de tekstbestanden zijn
// omzettingen van pdf's waarin koppen er verschillend uitzien (HOOFDLETTERS, **vet**, een
// hoofdstuknummer op een eigen regel, een kop die als beeld ontbrak). Waar elke kop staat,
// leidt deze module af uit de tekst zelf; een kop die er niet (meer) staat, is een fout.
import { readFileSync } from 'node:fs';
import { maakDoorzoekbaar, normaliseer, type Doorzoekbaar } from './normaliseren.js';

const BRONNEN = new URL('../../../../docs/bronnen/', import.meta.url);

/** Een sectie zoals docs/bronnen/indeling.json haar beschrijft. */
export interface Kopbeschrijving {
  kop: string;
  regel?: string;
  begin?: string;
  tot?: string;
  waarom?: string;
  secties?: Kopbeschrijving[];
}

export interface Documentbeschrijving {
  regels: 'alinea' | 'afgebroken';
  voetnoten?: 'superscript' | 'regel';
  secties: Kopbeschrijving[];
}

/** Een sectie in de tekst: regels [van, tot) (0-gebaseerd, tot exclusief). */
export interface Sectie {
  kop: string;
  pad: string[];
  van: number;
  tot: number;
  beschrijving: Kopbeschrijving;
  secties: Sectie[];
}

export interface Voetnoot {
  nummer: number;
  van: number;
  tot: number;
}

export interface Documentindeling {
  document: string;
  regels: string[];
  soort: Documentbeschrijving['regels'];
  secties: Sectie[];
  voetnoten: Voetnoot[];
  /**
   * De voetnootnummers die in dit document als gewoon cijfer achter een woord staan
   * ("woningen2."): in de tekst en in een citaat vallen ze weg. Superscripttekens vallen
   * altijd weg (normaliseer).
   */
  voetnoottekens: number[];
  /** Koppen uit indeling.json die niet (op hun plaats) in de tekst staan. */
  fouten: string[];
}

/** Een vindplaats die naar een stuk tekst wijst. */
export interface Vindplaats {
  document: string;
  pad: string[];
  van: number;
  tot: number;
  voetnoot: boolean;
}

const PIJL = ' > ';

let beschrijvingen: Record<string, Documentbeschrijving> | undefined;
function leesBeschrijvingen(): Record<string, Documentbeschrijving> {
  beschrijvingen ??= (JSON.parse(readFileSync(new URL('indeling.json', BRONNEN), 'utf8')) as { documenten: Record<string, Documentbeschrijving> }).documenten;
  return beschrijvingen;
}

export const beschrevenDocumenten = (): string[] => Object.keys(leesBeschrijvingen());

/** Hoe een regel als kop leest: zonder opsommingsteken, nadruk en dubbele punt erachter. Een koppeling is nooit een kop. */
function alsKop(regel: string): string | undefined {
  if (regel.includes('](')) return undefined;
  const k = normaliseer(regel).replace(/^[-•]\s+/, '').replace(/\s*:$/, '');
  return k || undefined;
}

function isKopregel(regels: string[], i: number, b: Kopbeschrijving): boolean {
  if (b.begin !== undefined) return normaliseer(regels[i]).startsWith(normaliseer(b.begin));
  const gezocht = b.regel !== undefined ? [normaliseer(b.regel)] : [normaliseer(b.kop), normaliseer(b.kop).toUpperCase()];
  // Een lange kop loopt in een afgebroken tekst soms over twee regels.
  if (!regels[i].trim()) return false;
  const kandidaten = [alsKop(regels[i]), regels[i + 1]?.trim() ? alsKop(`${regels[i]} ${regels[i + 1]}`) : undefined];
  return kandidaten.some((k) => k !== undefined && gezocht.includes(k));
}

function zoekRegel(regels: string[], van: number, tot: number, past: (i: number) => boolean): number | undefined {
  for (let i = van; i < tot; i++) if (past(i)) return i;
  return undefined;
}

/** De secties op één niveau binnen [van, tot): elke kop na de vorige, elk tot de volgende. */
function bouwSecties(regels: string[], beschrijvingen: Kopbeschrijving[], van: number, tot: number, ouder: string[], fouten: string[]): Sectie[] {
  const gevonden: { b: Kopbeschrijving; regel: number }[] = [];
  let vanaf = van;
  for (const b of beschrijvingen) {
    const regel = zoekRegel(regels, vanaf, tot, (i) => isKopregel(regels, i, b));
    const waar = [...ouder, b.kop].join(PIJL);
    if (regel === undefined) {
      const wat = b.begin !== undefined ? `een regel die begint met "${b.begin}"` : `de kopregel "${b.regel ?? b.kop}"`;
      fouten.push(`${waar}: ${wat} staat niet in de tekst tussen regel ${vanaf + 1} en ${tot}`);
      continue;
    }
    gevonden.push({ b, regel });
    vanaf = regel + 1;
  }
  return gevonden.map(({ b, regel }, n) => {
    let eind = gevonden[n + 1]?.regel ?? tot;
    if (b.tot !== undefined) {
      const grens = zoekRegel(regels, regel + 1, eind, (i) => normaliseer(regels[i]).startsWith(normaliseer(b.tot!)));
      if (grens === undefined) fouten.push(`${[...ouder, b.kop].join(PIJL)}: tot "${b.tot}" staat niet in de sectie`);
      else eind = grens;
    }
    const pad = [...ouder, b.kop];
    return { kop: b.kop, pad, van: regel, tot: eind, beschrijving: b, secties: bouwSecties(regels, b.secties ?? [], regel, eind, pad, fouten) };
  });
}

const SUPERSCRIPTCIJFERS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * Voetnoten. In het rapport (superscript) staat elke voetnoot als eigen alinea die met
 * een superscriptcijfer begint. In de Kamerbrief (regel) staat een voetnoot onderaan de
 * bladzijde: een regel "3 Dat zijn …" na een lege regel, tot de regel waarmee de tekst op
 * de volgende bladzijde verdergaat (die begint in deze omzetting met een spatie).
 */
function zoekVoetnoten(regels: string[], soort: Documentbeschrijving['voetnoten']): Voetnoot[] {
  const voetnoten: Voetnoot[] = [];
  if (soort === 'superscript') {
    regels.forEach((r, i) => {
      const m = new RegExp(`^([${SUPERSCRIPTCIJFERS}]+)\\s`).exec(r);
      if (m) voetnoten.push({ nummer: Number([...m[1]].map((c) => SUPERSCRIPTCIJFERS.indexOf(c)).join('')), van: i, tot: i + 1 });
    });
  }
  if (soort === 'regel') {
    let open: Voetnoot | undefined;
    regels.forEach((r, i) => {
      const m = /^(\d+) [A-Z(]/.exec(r);
      if (m && (open !== undefined || !regels[i - 1]?.trim())) {
        if (open) open.tot = i;
        open = { nummer: Number(m[1]), van: i, tot: regels.length };
        voetnoten.push(open);
      } else if (open && r.startsWith(' ')) {
        open.tot = i;
        open = undefined;
      }
    });
  }
  return voetnoten;
}

/** Deelt een tekst in volgens zijn beschrijving; los van docs/bronnen, zodat een test het met een eigen tekst kan doen. */
export function maakIndeling(document: string, tekst: string, beschrijving: Documentbeschrijving): Documentindeling {
  const regels = tekst.split('\n');
  const fouten: string[] = [];
  const voetnoten = zoekVoetnoten(regels, beschrijving.voetnoten);
  return {
    document,
    regels,
    soort: beschrijving.regels,
    secties: bouwSecties(regels, beschrijving.secties, 0, regels.length, [], fouten),
    voetnoten,
    voetnoottekens: beschrijving.voetnoten === 'regel' ? voetnoten.map((v) => v.nummer) : [],
    fouten,
  };
}

const indelingen = new Map<string, Documentindeling>();

/** De indeling van een document uit docs/bronnen; gooit als het document niet in indeling.json staat. */
export function indeling(document: string): Documentindeling {
  const bekend = indelingen.get(document);
  if (bekend) return bekend;
  const beschrijving = leesBeschrijvingen()[document];
  if (!beschrijving) throw new Error(`${document} staat niet in docs/bronnen/indeling.json`);
  const uitkomst = maakIndeling(document, readFileSync(new URL(document, BRONNEN), 'utf8'), beschrijving);
  indelingen.set(document, uitkomst);
  return uitkomst;
}

/** Alle secties van een document, diepste laatst binnen hun tak. */
export function alleSecties(d: Documentindeling): Sectie[] {
  const uit: Sectie[] = [];
  const loop = (secties: Sectie[]) => secties.forEach((s) => (uit.push(s), loop(s.secties)));
  loop(d.secties);
  return uit;
}

/**
 * Zoekt een vindplaats: "A > B > C" is kop A, daarbinnen B, daarbinnen C. "voetnoot N"
 * als laatste stap is voetnoot N binnen de sectie ervoor. Geeft een melding als de
 * vindplaats niet bestaat, met de koppen die er op die plek wel zijn.
 */
export function zoekVindplaats(d: Documentindeling, vindplaats: string): Vindplaats | string {
  const document = d.document;
  const stappen = vindplaats.split(PIJL).map((s) => s.trim());
  let niveau = d.secties;
  let huidig: Sectie | undefined;
  for (const [n, stap] of stappen.entries()) {
    const voetnoot = /^voetnoot (\d+)$/.exec(stap);
    if (voetnoot && n === stappen.length - 1) {
      const van = huidig?.van ?? 0;
      const tot = huidig?.tot ?? d.regels.length;
      const v = d.voetnoten.find((x) => x.nummer === Number(voetnoot[1]) && x.van >= van && x.van < tot);
      if (!v) {
        const elders = d.voetnoten.find((x) => x.nummer === Number(voetnoot[1]));
        const waar = elders ? `; voetnoot ${voetnoot[1]} staat onder "${vindplaatsVanRegel(d, elders.van)}"` : `; het document heeft geen voetnoot ${voetnoot[1]}`;
        return `"${stap}" staat niet onder "${huidig?.pad.join(PIJL) ?? document}"${waar}`;
      }
      return { document, pad: stappen, van: v.van, tot: v.tot, voetnoot: true };
    }
    const volgende = niveau.find((s) => s.kop === stap);
    if (!volgende) {
      const waar = huidig ? `onder "${huidig.pad.join(PIJL)}"` : 'bovenaan';
      const wel = niveau.map((s) => s.kop);
      return `"${stap}" is geen kop ${waar}; ${wel.length > 0 ? `wel: ${wel.join(' | ')}` : 'daar zijn geen koppen meer (alleen "voetnoot N")'}`;
    }
    huidig = volgende;
    niveau = volgende.secties;
  }
  if (!huidig) return 'lege vindplaats';
  return { document, pad: huidig.pad, van: huidig.van, tot: huidig.tot, voetnoot: false };
}

/** De diepste vindplaats waar regel i onder valt; in een voetnoot: die voetnoot. */
export function vindplaatsVanRegel(d: Documentindeling, i: number): string {
  let pad: string[] = [];
  let niveau = d.secties;
  for (;;) {
    const s = niveau.find((x) => x.van <= i && i < x.tot);
    if (!s) break;
    pad = s.pad;
    niveau = s.secties;
  }
  const voetnoot = d.voetnoten.find((v) => v.van <= i && i < v.tot);
  if (voetnoot) pad = [...pad, `voetnoot ${voetnoot.nummer}`];
  return pad.join(PIJL);
}

const doorzoekbaar = new WeakMap<Documentindeling, Map<string, Doorzoekbaar>>();

/**
 * De tekst van een vindplaats, klaar om in te zoeken. Voetnoten staan niet in de tekst
 * van een sectie (een zin die de pdf voor een voetnoot onderbrak, loopt zo weer door);
 * ze zijn alleen te citeren onder "… > voetnoot N".
 */
export function tekstVan(d: Documentindeling, v: Vindplaats): Doorzoekbaar {
  const perDocument = doorzoekbaar.get(d) ?? new Map<string, Doorzoekbaar>();
  doorzoekbaar.set(d, perDocument);
  const sleutel = `${v.van}-${v.tot}-${v.voetnoot}`;
  const bekend = perDocument.get(sleutel);
  if (bekend) return bekend;
  const inVoetnoot = (i: number) => d.voetnoten.some((n) => n.van <= i && i < n.tot);
  const regels = d.regels.slice(v.van, v.tot).filter((_, k) => v.voetnoot || !inVoetnoot(v.van + k));
  const uit = maakDoorzoekbaar(regels.join('\n'), d.soort, d.voetnoottekens);
  perDocument.set(sleutel, uit);
  return uit;
}

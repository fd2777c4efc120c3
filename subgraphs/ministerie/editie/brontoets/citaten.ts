// Staat een citaat letterlijk in zijn bron, onder de vindplaats die het record noemt, en
// bestaat het uit hele zinnen? Een citaat mag stukken weglaten met een beletselteken
// (… of ...), maar alleen tussen letterlijke stukken, en die stukken staan in de bron in
// dezelfde volgorde. Alles wordt vergeleken na normaliseren (zie normaliseren.ts).
import { alleSecties, beschrevenDocumenten, indeling, tekstVan, zoekVindplaats, type Documentindeling, type Vindplaats } from './indeling.js';
import { heelAfgebrokenWoorden, normaliseer, type Doorzoekbaar } from './normaliseren.js';

export interface Citaatbron {
  document: string;
  vindplaats: string;
  citaat?: string;
}

/** Beletseltekens, ook tussen haken: "[…]", "(...)". */
const BELETSELTEKEN = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.)\s*/;

/** De letterlijke stukken van een citaat, of een melding als een beletselteken niet tussen twee stukken staat. */
export function stukkenVan(citaat: string, voetnoottekens: readonly number[] = []): string[] | string {
  const stukken = heelAfgebrokenWoorden(citaat).split(BELETSELTEKEN).map((s) => normaliseer(s, voetnoottekens));
  if (stukken.some((s) => s === '')) {
    return stukken.length === 1
      ? 'is leeg'
      : 'een beletselteken (… of ...) mag alleen tussen twee letterlijke stukken staan, niet aan het begin, aan het eind of twee achter elkaar';
  }
  return stukken;
}

const ZINSEINDE = /[.!?:][")\]]*$/;
/** Een opsommingsteken of nummer aan het begin van een regel: "- ", "• ", "→ ", "a) ", "1. ", "C " (een • na ocr). */
const OPSOMMINGSTEKEN = /^(?:[-•→]|C|\(?[a-z]\)|\d+[.)]?)$/u;

/** Begint een citaat op positie p als hele zin: na een zinseinde, op een grens, of na een opsommingsteken aan het begin van een regel. */
function begintZin(d: Doorzoekbaar, p: number): boolean {
  // Een regelbegin alleen is geen zinsbegin: in een afgebroken tekst lopen zinnen over de regel heen.
  if (d.grenzen.has(p)) return true;
  const ervoor = d.tekst.slice(0, p).replace(/["(\[\s]+$/, '');
  if (ervoor === '' || ZINSEINDE.test(ervoor)) return true;
  const regelbegin = Math.max(...[...d.regelbegins].filter((r) => r <= p), -1);
  return regelbegin >= 0 && OPSOMMINGSTEKEN.test(d.tekst.slice(regelbegin, p).trim());
}

/** Eindigt een citaat dat op e ophoudt als hele zin: met een zinseinde, op een grens, of voor een nieuw opsommingsteken. */
function eindigtZin(d: Doorzoekbaar, citaatstuk: string, e: number): boolean {
  if (ZINSEINDE.test(citaatstuk) || d.grenzen.has(e) || e >= d.tekst.length) return true;
  // Een citaat dat een leesteken of aanhalingsteken net niet meeneemt, eindigt nog steeds waar de zin eindigt.
  if (/^[")\]]*[.!?:;]/.test(d.tekst.slice(e))) return true;
  const volgende = d.tekst.slice(e).trimStart();
  const plek = d.tekst.length - volgende.length;
  const woord = volgende.split(' ')[0];
  return d.regelbegins.has(plek) && OPSOMMINGSTEKEN.test(woord);
}

function voorkomens(tekst: string, stuk: string, vanaf = 0): number[] {
  const uit: number[] = [];
  for (let p = tekst.indexOf(stuk, vanaf); p >= 0; p = tekst.indexOf(stuk, p + 1)) uit.push(p);
  return uit;
}

export type Zoekuitkomst =
  | { soort: 'gevonden'; van: number; tot: number }
  | { soort: 'ontbreekt'; stuk: string }
  | { soort: 'volgorde' }
  | { soort: 'begin'; ervoor: string }
  | { soort: 'eind'; erna: string };

/**
 * Zoekt de stukken in volgorde in de tekst. Van alle plaatsen waar ze passen wint een
 * plaats met een heel begin en een heel eind; is die er niet, dan zegt de uitkomst wat
 * er schort.
 */
export function zoekStukken(d: Doorzoekbaar, stukken: string[]): Zoekuitkomst {
  const ontbrekend = stukken.find((s) => !d.tekst.includes(s));
  if (ontbrekend) return { soort: 'ontbreekt', stuk: ontbrekend };
  let eerste: Zoekuitkomst | undefined;
  for (const begin of voorkomens(d.tekst, stukken[0])) {
    let p = begin + stukken[0].length;
    let past = true;
    for (const stuk of stukken.slice(1, -1)) {
      const q = d.tekst.indexOf(stuk, p);
      if (q < 0) {
        past = false;
        break;
      }
      p = q + stuk.length;
    }
    if (!past) continue;
    const laatste = stukken[stukken.length - 1];
    const einden = stukken.length === 1 ? [begin] : voorkomens(d.tekst, laatste, p);
    if (einden.length === 0) continue;
    const goedBegin = begintZin(d, begin);
    const goedEind = einden.find((q) => eindigtZin(d, laatste, q + laatste.length));
    if (goedBegin && goedEind !== undefined) return { soort: 'gevonden', van: begin, tot: goedEind + laatste.length };
    eerste ??= !goedBegin
      ? { soort: 'begin', ervoor: d.tekst.slice(Math.max(0, begin - 40), begin).trim() }
      : { soort: 'eind', erna: d.tekst.slice(einden[0] + laatste.length, einden[0] + laatste.length + 40).trim() };
  }
  return eerste ?? { soort: 'volgorde' };
}

/** Waar in het document de stukken wel staan: de diepste vindplaats, of niets. */
function elders(d: Documentindeling, stukken: string[]): string | undefined {
  const document = d.document;
  const kandidaten: Vindplaats[] = [
    ...d.voetnoten.map((v) => ({ document, pad: [], van: v.van, tot: v.tot, voetnoot: true })),
    ...alleSecties(d)
      .map((s) => ({ document, pad: s.pad, van: s.van, tot: s.tot, voetnoot: false }))
      .reverse(),
  ];
  for (const k of kandidaten) {
    const uitkomst = zoekStukken(tekstVan(d, k), stukken);
    if (uitkomst.soort === 'gevonden' || uitkomst.soort === 'begin' || uitkomst.soort === 'eind') {
      if (!k.voetnoot) return k.pad.join(' > ');
      const sectie = alleSecties(d).filter((s) => s.van <= k.van && k.van < s.tot).pop();
      const nummer = d.voetnoten.find((v) => v.van === k.van)?.nummer;
      return [...(sectie?.pad ?? []), `voetnoot ${nummer}`].join(' > ');
    }
  }
  return undefined;
}

const kort = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Waarom een citaat niet deugt, of undefined als het letterlijk en heel in zijn
 * vindplaats staat. Zonder `d` het document uit docs/bronnen dat de bron noemt.
 */
export function toetsCitaat(bron: Citaatbron, d?: Documentindeling): string | undefined {
  if (!d && !beschrevenDocumenten().includes(bron.document)) return `${bron.document} heeft geen indeling in docs/bronnen/indeling.json`;
  const document = d ?? indeling(bron.document);
  const vindplaats = zoekVindplaats(document, bron.vindplaats);
  const geenCitaat = bron.citaat === undefined || bron.citaat.trim() === '';
  // Een vindplaats die niet bestaat, meldt de toets ook zonder citaat: die moet eerst recht.
  if (typeof vindplaats === 'string') return `${geenCitaat ? 'ontbreekt, en de ' : ''}vindplaats "${bron.vindplaats}" bestaat niet: ${vindplaats}`;
  if (geenCitaat || bron.citaat === undefined) return 'ontbreekt';
  const stukken = stukkenVan(bron.citaat, document.voetnoottekens);
  if (typeof stukken === 'string') return stukken;
  const uitkomst = zoekStukken(tekstVan(document, vindplaats), stukken);
  switch (uitkomst.soort) {
    case 'gevonden':
      return undefined;
    case 'ontbreekt': {
      const waar = elders(document, stukken);
      const hint = waar ? `; het staat wel onder "${waar}"` : stukken.length > 1 ? '' : '; ook nergens anders in het document (letterlijk overnemen, zie docs/dataformaat.md)';
      return `"${kort(uitkomst.stuk)}" staat niet onder "${bron.vindplaats}"${hint}`;
    }
    case 'volgorde':
      return 'de stukken rond het beletselteken staan niet in deze volgorde in de bron';
    case 'begin':
      return `begint midden in een zin (ervoor staat "…${uitkomst.ervoor}"); citeer hele zinnen`;
    case 'eind':
      return `eindigt midden in een zin (erna staat "${uitkomst.erna}…"); citeer hele zinnen`;
  }
}

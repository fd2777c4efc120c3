// Tekst vergelijkbaar maken: een citaat is letterlijk als het woord voor woord in de bron
// staat, niet als het de typografie van de pdf-omzetting nabootst. Daarom vallen hier weg
// of worden gelijk: witruimte, afbreekstreepjes aan een regeleinde, zachte
// afbreekstreepjes, harde spaties, alle soorten aanhalingstekens en streepjes, … tegenover ...,
// de opmaak van de omzetting naar markdown (**vet**, [tekst](#)) en voetnoottekens.
// Hoofdletters, leestekens en woorden blijven zoals ze zijn.

/** Superscriptcijfers: de voetnoottekens in het rapport (003). */
const SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/**
 * Eén stuk tekst zonder regelovergangen die ertoe doen, zo geschreven dat twee
 * schrijfwijzen van dezelfde woorden gelijk zijn. `voetnoottekens` zijn de nummers van
 * voetnoten die in dit document als gewoon cijfer achter een woord staan
 * ("woningen2." in de Kamerbrief van 31 mei 2021); die vallen weg.
 */
export function normaliseer(tekst: string, voetnoottekens: readonly number[] = []): string {
  let t = tekst
    .normalize('NFC')
    .replace(/\u00AD/g, '')
    .replace(/[\u00A0\u2007\u2009\u202F]/g, ' ')
    // Enkele en dubbele aanhalingstekens en apostrofs zijn één teken: de bronnen wisselen ze af ('perverse prikkel', “De grens is bereikt”).
    .replace(/['‘’‚‛`´′"“”„‟«»″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/…/g, '...')
    // [tekst](#): de koppelingen van de omzetting naar markdown; *, ** en _ de nadruk.
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*/g, '')
    .replace(SUPERSCRIPT, '');
  if (voetnoottekens.length > 0) {
    // Alleen een cijfer dat direct aan een woord of leesteken vastzit en zelf los staat: 2 x € 50 of 24.500 blijven.
    const nummers = voetnoottekens.join('|');
    t = t.replace(new RegExp(`(?<=[\\p{Ll}.,;:)])(?:${nummers})(?=[\\s.,;:)]|$)`, 'gu'), '');
  }
  return t.replace(/\s+/g, ' ').trim();
}

/** Een woord dat aan het regeleinde is afgebroken ("woning-⏎tekort"), weer heel; de bron kent alleen het hele woord. */
export function heelAfgebrokenWoorden(tekst: string): string {
  return tekst.replace(/(\p{L})-[ \t]*\n\s*(?=\p{Ll})/gu, '$1');
}

/**
 * Genormaliseerde tekst met de plaatsen waar een regel, tabelcel of alinea begint of
 * eindigt: daar mag een citaat beginnen of eindigen zonder leesteken (een opsomming, een
 * tabelcel). `grenzen` bevat posities p waar tussen tekst[p-1] en tekst[p] zo'n grens ligt.
 */
export interface Doorzoekbaar {
  tekst: string;
  grenzen: ReadonlySet<number>;
  /** Posities waar een oorspronkelijke regel begint; ook in een afgebroken tekst, voor opsommingstekens. */
  regelbegins: ReadonlySet<number>;
}

/**
 * Maakt een sectie doorzoekbaar. In een tekst met een alinea per regel (`alinea`) is elk
 * regeleinde een grens; in een tekst die de pdf op de bladbreedte afbrak (`afgebroken`)
 * niet, want daar lopen zinnen over de regel heen. Tabs en | scheiden tabelcellen.
 */
export function maakDoorzoekbaar(ruw: string, regels: 'alinea' | 'afgebroken', voetnoottekens: readonly number[] = []): Doorzoekbaar {
  const regelsVanTekst = heelAfgebrokenWoorden(ruw).split('\n');
  let tekst = '';
  const grenzen = new Set<number>([0]);
  const regelbegins = new Set<number>();
  const voegToe = (stuk: string, grens: boolean) => {
    const n = normaliseer(stuk, voetnoottekens);
    if (!n) return;
    if (tekst.length > 0) tekst += ' ';
    if (grens) grenzen.add(tekst.length);
    tekst += n;
    if (grens) grenzen.add(tekst.length);
  };
  regelsVanTekst.forEach((regel, i) => {
    const cellen = regel.split(/\t|\|/);
    const genormaliseerd = normaliseer(regel, voetnoottekens);
    const begin = tekst.length + (tekst.length > 0 && genormaliseerd ? 1 : 0);
    cellen.forEach((cel) => voegToe(cel, regels === 'alinea' || cellen.length > 1));
    if (!genormaliseerd) return;
    regelbegins.add(begin);
    // In een afgebroken tekst begint na een lege regel een nieuwe alinea als de regel met een hoofdletter begint;
    // met een kleine letter (of €, een getal) loopt de zin na een bladzijde of voetnoot door.
    if (regels === 'afgebroken' && !regelsVanTekst[i - 1]?.trim() && /^\p{Lu}/u.test(genormaliseerd)) grenzen.add(begin);
  });
  grenzen.add(tekst.length);
  return { tekst, grenzen, regelbegins };
}

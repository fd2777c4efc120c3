// Kleur, lijn en dikte van de verbanden. Een divergerend palet (rood = duwt omlaag,
// blauw = duwt omhoog, ColorBrewer RdBu); elke kleur haalt minstens 3:1 op wit (WCAG
// 1.4.11). Kleur is nooit het enige kenmerk: omlaag is gestreept, omhoog doorgetrokken,
// de dikte groeit met de sterkte, en de score staat als tekst bij de lijn.
import { DEPARTEMENTEN } from '../vocabulaire.js';

export const SCOREKLEUR: Record<number, string> = {
  [-3]: '#67001f', // 13,2:1
  [-2]: '#b2182b', // 6,9:1
  [-1]: '#d6604d', // 3,7:1
  1: '#4393c3', // 3,4:1
  2: '#2166ac', // 5,9:1
  3: '#053061', // 13,1:1
};
export const SCORES = [-3, -2, -1, 1, 2, 3] as const;

export const scorekleur = (score: number) => SCOREKLEUR[Math.max(-3, Math.min(3, score))] ?? '#595959';
export const scoredikte = (score: number) => 1 + 1.5 * Math.min(3, Math.abs(score));
export const scorelijn = (score: number): 'solid' | 'dashed' => (score < 0 ? 'dashed' : 'solid');
/** "+2" of "-2", zoals de andere pagina's een score schrijven. */
export const scoretekst = (score: number) => (score > 0 ? `+${score}` : String(score));

const STERKTE: Record<number, string> = { 1: 'zwak', 2: 'sterk', 3: 'zeer sterk' };
export const scoreomschrijving = (score: number) => `${STERKTE[Math.abs(score)] ?? ''} ${score > 0 ? 'omhoog' : 'omlaag'}`.trim();

/** Verband van een indicator naar een doel: donkergrijs (7:1), gestippeld. */
export const DOELKLEUR = '#595959';
/** De gloed achter een tegenwerkend pad. */
export const TEGENKLEUR = '#f9d648';

/**
 * De kleuren van de ministeries (Rijkshuisstijl; elk minstens 4,5:1 op wit), in de volgorde
 * van de lijst in kern/config.ts; de naam staat er altijd bij. Een ministerie voorbij het
 * palet begint weer vooraan.
 */
const PALET = ['#01689b', '#39870c', '#42145f', '#94710a', '#ca005d', '#154273', '#673327', '#a90061'];

/** De kleur van een ministerie: BZK hemelblauw, VWS groen, JENV paars, SZW donkergeel, OCW robijnrood, … */
export const DEPARTEMENTSKLEUR: Record<string, string> = Object.fromEntries(DEPARTEMENTEN.map((d, i) => [d, PALET[i % PALET.length]]));

// Een overzicht als tabel (CSV): welke lijst de rijen zijn, zegt het overzicht zelf in een
// kopregel `# rijen: aandachtsgroepen.*.cijfers`. Elke rij krijgt de eenvoudige velden van
// de objecten op weg ernaartoe (de groep, het ministerie), zodat een cijfer in de tabel
// nooit los staat van zijn groep, bron en peildatum.
import { stringify } from 'csv-stringify/sync';
import { kolommenVan, type Rij } from '../../kern/rijen.js';

export { rijenVan } from '../../kern/rijen.js';

/**
 * Tekens waarmee een spreadsheet een cel als formule leest (OWASP, "CSV Injection"): =, +, -,
 * @, tab en regelterugloop, ook in hun brede vorm (＝＋－＠), die sommige programma's
 * gelijkstellen. Zo'n cel krijgt een ' ervoor: de spreadsheet toont de tekst, de ' niet.
 */
const FORMULEBEGIN = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Een tekstcel die geen formule kan worden; getallen blijven getallen (-2 is een score, geen formule). */
export const veiligeCel = (tekst: string): string => (FORMULEBEGIN.test(tekst) ? `'${tekst}` : tekst);

export function alsCsv(rijen: Rij[]): string {
  const kolommen = kolommenVan(rijen);
  // Kolomnamen komen uit het overzicht, celteksten uit de gegevens van een redacteur: allebei veilig maken.
  return stringify(rijen, {
    header: true,
    columns: kolommen.map((k) => ({ key: k, header: veiligeCel(k) })),
    cast: { boolean: (b) => (b ? 'waar' : 'onwaar'), string: veiligeCel },
  });
}

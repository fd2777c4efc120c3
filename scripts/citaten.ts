// npx tsx scripts/citaten.ts [ministerie …] [--alles] [--koppen <document>]
//
// Voor de redactie: per ministerie en per soort record hoeveel beweringen een geldig
// citaat hebben, hoeveel er geen hebben en hoeveel een citaat dat niet letterlijk, niet
// heel of niet onder de vindplaats staat; daarna elke overtreder met de reden, en elke
// score die de rubriek niet draagt. Zonder --alles alleen de fouten, geen ontbrekende
// citaten (die zijn er in het begin honderden). --koppen 003 toont de vindplaatsen die
// een document kent. Hetzelfde als test/data/citaten.test.ts en rubriek.test.ts meldt.
import { fileURLToPath } from 'node:url';
import { CATEGORIEEN } from '../subgraphs/ministerie/editie/beweringen.js';
import { alleSecties, beschrevenDocumenten, indeling } from '../subgraphs/ministerie/editie/brontoets/indeling.js';
import { citaatmelding, rubriekmelding, toetsEdities, type Getoetst } from '../subgraphs/ministerie/editie/brontoets/toets.js';
import { ministeries } from '../subgraphs/ministeries.js';

const argumenten = process.argv.slice(2);
const alles = argumenten.includes('--alles');

const koppen = argumenten.indexOf('--koppen');
if (koppen >= 0) {
  const gevraagd = argumenten[koppen + 1] ?? '';
  const document = beschrevenDocumenten().find((d) => d.startsWith(gevraagd));
  if (!document) {
    console.error(`Geef een document: ${beschrevenDocumenten().join(', ')}`);
    process.exit(1);
  }
  const d = indeling(document);
  for (const s of alleSecties(d)) console.log(`${String(s.van + 1).padStart(5)}  ${s.pad.join(' > ')}`);
  for (const v of d.voetnoten) console.log(`${String(v.van + 1).padStart(5)}  … > voetnoot ${v.nummer}`);
  process.exit(0);
}

const namen = argumenten.filter((a) => !a.startsWith('--')).map((a) => a.toUpperCase());
const onbekend = namen.filter((n) => !(n in ministeries));
if (onbekend.length > 0) {
  console.error(`Onbekend ministerie: ${onbekend.join(', ')}; geldig: ${Object.keys(ministeries).join(', ').toLowerCase()}`);
  process.exit(1);
}
const gekozen = Object.values(ministeries).filter((m) => namen.length === 0 || namen.includes(m.departement));
const { getoetst, leesfouten } = toetsEdities(gekozen.map((m) => ({ departement: m.departement, map: fileURLToPath(m.data) })));
if (leesfouten.length > 0) {
  console.error(`Het editiebestand is zelf ongeldig (npm run import zegt hetzelfde):\n${leesfouten.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}

const ontbreekt = (g: Getoetst) => g.citaatfout === 'ontbreekt';
const fout = (g: Getoetst) => g.citaatfout !== undefined && !ontbreekt(g);

const kolommen = ['soort record', 'totaal', 'geldig', 'ontbreekt', 'fout', 'afgeleid', 'score ✗'];
const breedte = [21, 7, 7, 10, 6, 9, 8];
const rij = (cellen: (string | number)[]) => cellen.map((c, i) => (i === 0 ? String(c).padEnd(breedte[i]) : String(c).padStart(breedte[i]))).join(' ');

for (const m of gekozen) {
  const eigen = getoetst.filter((g) => g.departement === m.departement);
  console.log(`\n${m.departement}`);
  console.log(rij(kolommen));
  const som = (lijst: Getoetst[]) => [lijst.length, lijst.filter((g) => !g.citaatfout).length, lijst.filter(ontbreekt).length, lijst.filter(fout).length, lijst.filter((g) => g.bewering.afgeleid).length, lijst.filter((g) => g.rubriekfout).length];
  for (const categorie of CATEGORIEEN) {
    const lijst = eigen.filter((g) => g.bewering.categorie === categorie);
    if (lijst.length > 0) console.log(rij([categorie, ...som(lijst)]));
  }
  console.log(rij(['totaal', ...som(eigen)]));
}

const fouten = getoetst.filter(fout).map(citaatmelding);
const ontbrekend = getoetst.filter(ontbreekt).map(citaatmelding);
const scores = getoetst.filter((g) => g.rubriekfout).map(rubriekmelding);
if (fouten.length > 0) console.log(`\nCitaten die niet deugen (${fouten.length}):\n${fouten.map((f) => `  ${f}`).join('\n')}`);
if (alles && ontbrekend.length > 0) console.log(`\nZonder citaat (${ontbrekend.length}):\n${ontbrekend.map((f) => `  ${f}`).join('\n')}`);
else if (ontbrekend.length > 0) console.log(`\n${ontbrekend.length} beweringen zonder citaat (toon ze met --alles).`);
if (scores.length > 0) console.log(`\nScores die de rubriek niet draagt (${scores.length}):\n${scores.map((f) => `  ${f}`).join('\n')}`);
const geldig = getoetst.filter((g) => !g.citaatfout).length;
console.log(`\n${geldig} van ${getoetst.length} beweringen hebben een geldig citaat; ${scores.length} scores zonder rubriekwoorden.`);
process.exitCode = fouten.length + ontbrekend.length + scores.length > 0 ? 1 : 0;

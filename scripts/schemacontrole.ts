// npm run schema:check: faalt als het samengestelde schema clients breekt zonder dat
// schema/WIJZIGINGEN.md die breuk verantwoordt (zie schema/gereedschap/schemabreuken.ts).
// npm run schema:uitbrengen -- <versie>: legt de huidige supergraph vast als uitgebracht
// en zet de verantwoorde breuken onder die versie in het logboek.
import { writeFileSync } from 'node:fs';
import { componeer } from '../schema/gereedschap/compositie.js';
import {
  controleer,
  logboekregel,
  ONUITGEBRACHT_KOP,
  uitgebrachteStand,
  UITGEBRACHT_PAD,
  WIJZIGINGEN_PAD,
  type Controle,
} from '../schema/gereedschap/schemabreuken.js';

const VERSIEVORM = /^\d+\.\d+\.\d+$/;

function verslag(c: Controle): string[] {
  const regels = [
    `Vergeleken met schema/uitgebracht.graphql: ${c.onverantwoord.length + c.verantwoord.length} breuken ` +
      `(${c.verantwoord.length} verantwoord in schema/WIJZIGINGEN.md), ${c.riskant.length} riskant, ${c.veilig} veilig.`,
  ];
  for (const w of c.verantwoord) regels.push(`  verantwoord  ${w.pad} (${w.soort}): ${w.melding}`);
  for (const w of c.riskant) regels.push(`  riskant      ${w.pad} (${w.soort}): ${w.melding}`);
  for (const v of c.overbodig) regels.push(`  let op: WIJZIGINGEN.md regel ${v.regel} noemt ${v.pad} (${v.soort}), maar die breuk is er niet (meer).`);
  return regels;
}

function fouten(c: Controle): string[] {
  const regels: string[] = [];
  for (const r of c.onleesbaar) regels.push(`Onleesbare regel onder "${ONUITGEBRACHT_KOP}" in schema/WIJZIGINGEN.md: ${r}\n  Vorm: - Breuk \`Type.veld\` (SOORT): reden`);
  if (c.onverantwoord.length > 0) {
    regels.push(`${c.onverantwoord.length} brekende wijziging(en) zonder vermelding in schema/WIJZIGINGEN.md:`);
    for (const w of c.onverantwoord) regels.push(`  ${w.pad} (${w.soort}): ${w.melding}`);
    regels.push(
      `Maak de wijziging verenigbaar (nieuw veld naast het oude, @deprecated met een reden), of zet onder "${ONUITGEBRACHT_KOP}":`,
      ...c.onverantwoord.map((w) => `  ${logboekregel(w)}`),
    );
  }
  return regels;
}

const [opdracht = 'controleer', versie] = process.argv.slice(2);
const stand = uitgebrachteStand();
let huidig: string;
try {
  huidig = componeer();
} catch (fout) {
  // Een schema dat niet samenstelt, is niet te vergelijken; de meldingen van de compositie
  // herhalen soms een hele @requires-selectie, dus elk tot één regel ingekort.
  const meldingen = (fout instanceof Error ? fout.message : String(fout)).split('\n').map((r) => (r.length > 300 ? `${r.slice(0, 300)} …` : r));
  console.error(`${meldingen.join('\n')}\nHerstel de schema's (npm run compose toont hetzelfde); de breukcontrole vergelijkt alleen een schema dat samenstelt.`);
  process.exit(1);
}
const controle = await controleer(stand.supergraph, huidig, stand.logboek);
console.log(verslag(controle).join('\n'));
const problemen = fouten(controle);
if (problemen.length > 0) {
  console.error(`\n${problemen.join('\n')}`);
  process.exit(1);
}

if (opdracht === 'uitbrengen') {
  if (!versie || !VERSIEVORM.test(versie)) {
    console.error(`Geef de versie die je uitbrengt, bijvoorbeeld: npm run schema:uitbrengen -- 0.2.0 (kreeg: ${versie ?? 'niets'}).`);
    process.exit(2);
  }
  if (stand.logboek.includes(`\n## ${versie} `)) {
    console.error(`Versie ${versie} staat al in schema/WIJZIGINGEN.md; kies een hogere.`);
    process.exit(2);
  }
  const datum = new Date().toISOString().slice(0, 10);
  const samenvatting = `Ten opzichte van de vorige versie: ${controle.verantwoord.length} breuken, ${controle.riskant.length} riskante en ${controle.veilig} veilige wijzigingen.`;
  const logboek = stand.logboek.replace(ONUITGEBRACHT_KOP, `${ONUITGEBRACHT_KOP}\n\n## ${versie} (${datum})\n\n${samenvatting}`);
  writeFileSync(UITGEBRACHT_PAD, huidig);
  writeFileSync(WIJZIGINGEN_PAD, logboek);
  console.log(`Uitgebracht als ${versie}: schema/uitgebracht.graphql en schema/WIJZIGINGEN.md bijgewerkt; commit ze samen.`);
} else if (opdracht !== 'controleer') {
  console.error(`Onbekende opdracht "${opdracht}"; geldig: controleer (standaard), uitbrengen <versie>.`);
  process.exit(2);
}

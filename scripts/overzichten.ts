// npm run overzichten: legt het contract van de vastgelegde overzichten vast in
// overzichten/contract.json. Uitbreidingen worden opgenomen; een brekende wijziging
// weigert het, want partners bouwen op die vorm: geef het gewijzigde overzicht een
// nieuw id (een nieuw bestand) en laat het oude staan tot niemand het meer vraagt.
import { readFileSync, writeFileSync } from 'node:fs';
import { contractVan, vergelijk, type Contract } from '../schema/gereedschap/contract.js';
import { publiekSchema } from '../schema/gereedschap/publiekschema.js';
import { ingecheckteSupergraph } from '../schema/gereedschap/compositie.js';
import { leesOverzichten, OVERZICHTENMAP } from '../gateway/overzichten/register.js';
import { verbindingsredenen } from '../gateway/overzichten/bladeren.js';
import { parse } from 'graphql';

const pad = `${OVERZICHTENMAP}/contract.json`;
let oud: Record<string, Contract> = {};
try {
  oud = JSON.parse(readFileSync(pad, 'utf8')) as Record<string, Contract>;
} catch {
  // Nog geen contract: alles is nieuw.
}
const schema = publiekSchema(ingecheckteSupergraph());
const nieuw: Record<string, Contract> = {};
const brekend: string[] = [];
const onbladerbaar: string[] = [];
for (const overzicht of leesOverzichten()) {
  nieuw[overzicht.id] = contractVan(overzicht, schema);
  // Een verbinding moet de gateway tot het eind kunnen doorbladeren (gateway/overzichten/bladeren.ts); het register neemt het anders niet op.
  onbladerbaar.push(...verbindingsredenen(parse(overzicht.document), nieuw[overzicht.id]).map((r) => `${overzicht.id}: ${r}`));
  const was = oud[overzicht.id];
  if (!was) {
    console.log(`nieuw: ${overzicht.id}`);
    continue;
  }
  const verschil = vergelijk(was, nieuw[overzicht.id]);
  brekend.push(...verschil.brekend.map((b) => `${overzicht.id}: ${b}`));
  for (const t of verschil.toegevoegd) console.log(`${overzicht.id}: toegevoegd ${t}`);
}
for (const id of Object.keys(oud)) if (!(id in nieuw)) brekend.push(`${id}: het overzicht bestaat niet meer`);
if (onbladerbaar.length > 0) {
  console.error(`De gateway kan deze overzichten niet tot het eind doorbladeren; contract.json blijft zoals het was:\n${onbladerbaar.map((r) => `  - ${r}`).join('\n')}`);
  process.exit(1);
}
if (brekend.length > 0) {
  console.error(`Brekende wijzigingen; contract.json blijft zoals het was:\n${brekend.map((b) => `  - ${b}`).join('\n')}\nGeef een gewijzigd overzicht een nieuw id (nieuw bestand) en laat het oude staan.`);
  process.exit(1);
}
writeFileSync(pad, `${JSON.stringify(nieuw, null, 2)}\n`);
console.log(`contract van ${Object.keys(nieuw).length} overzichten vastgelegd in overzichten/contract.json`);

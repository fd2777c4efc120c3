// npm run import -- [<ministerie> ...] [--controleer]   (bzk, vws, …: de namen in kern/config.ts)
// Valideert de edities in subgraphs/<ministerie>/data/ (of <MINISTERIE>_DATA_MAP) samen met wat het ministerie via
// de API publiceerde (die staan in zijn database), en schrijft het resultaat naar die
// database (SQLite, of PostgreSQL via <MINISTERIE>_DATABASE_URL). Een gepubliceerde
// editie blijft dus staan, ook al staat ze niet in de map.
// --controleer valideert alleen en schrijft niets.
import { fileURLToPath } from 'node:url';
import { DEPARTEMENTEN, type DepartementCode } from '../kern/config.js';
import { importeer } from '../subgraphs/ministerie/editie/importeren.js';
import { gewensteToestand } from '../subgraphs/ministerie/editie/bronnen.js';
import { Importfout } from '../subgraphs/ministerie/editie/lezen.js';
import { aantalWijzigingen } from '../subgraphs/ministerie/editie/synchroniseren.js';
import { openDatabase } from '../subgraphs/ministerie/database.js';
import { databasekeuze, editiemap } from '../subgraphs/ministerie/proces.js';
import { ministeries } from '../subgraphs/ministeries.js';
import { meldPublicatie, redisinstelling } from '../kern/wijzigingsbericht.js';

const argumenten = process.argv.slice(2);
const controleer = argumenten.includes('--controleer');
const namen = argumenten.filter((a) => !a.startsWith('--')).map((a) => a.toUpperCase());
const onbekend = namen.filter((n) => !(DEPARTEMENTEN as readonly string[]).includes(n));
if (onbekend.length > 0) {
  console.error(`Onbekend ministerie: ${onbekend.join(', ')}. Kies uit: ${DEPARTEMENTEN.map((d) => d.toLowerCase()).join(', ')}.`);
  process.exit(2);
}
const gekozen = (namen.length > 0 ? namen : DEPARTEMENTEN) as DepartementCode[];

let mislukt = false;
for (const departement of gekozen) {
  const ministerie = ministeries[departement];
  const map = fileURLToPath(editiemap(ministerie));
  try {
    const db = await openDatabase(databasekeuze(departement));
    try {
      if (controleer) {
        const { toestand: t, bronnen } = await gewensteToestand(db.orm.em.fork(), map, departement);
        const viaApi = bronnen.filter((b) => !b.inMap).length;
        console.log(
          `${departement}: in orde (${t.edities.length} editie(s)${viaApi > 0 ? `, waarvan ${viaApi} via de API gepubliceerd` : ''}, ` +
            `${t.doelen.length} doelen, ${t.instrumenten.length} instrumenten, ${t.effecten.length} effecten, ${t.waarnemingen.length} cijfers)`,
        );
        continue;
      }
      const r = await importeer(db.orm.em, map, departement);
      const n = aantalWijzigingen(r.wijzigingen);
      const details = Object.entries(r.wijzigingen)
        .filter(([, t]) => t.toegevoegd + t.gewijzigd + t.verwijderd > 0)
        .map(([naam, t]) => `${naam} +${t.toegevoegd} ~${t.gewijzigd} -${t.verwijderd}`);
      console.log(`${departement} (${db.soort}): ${r.edities.join(', ')}: ${n === 0 ? 'geen wijzigingen' : details.join(', ')}`);
      for (const melding of r.ingetrokken) console.warn(`${departement}: LET OP: ${melding}`);
      if (n > 0) {
        // De subgraphs lezen hun momentopname opnieuw en melden dat daarna zelf aan de gateways.
        const gemeld = await meldPublicatie(departement, await redisinstelling());
        console.log(
          gemeld
            ? `${departement}: publicatie gemeld; de subgraphs laden de nieuwe editie en legen daarna de gateway-caches`
            : `${departement}: geen Redis; de subgraphs zien de nieuwe editie bij hun volgende controle van de database (DATA_CONTROLE_S, standaard 5 s)`,
        );
      }
    } finally {
      await db.sluit();
    }
  } catch (fout) {
    mislukt = true;
    console.error(`${departement}: ${fout instanceof Importfout ? fout.message : String(fout)}`);
  }
}
process.exit(mislukt ? 1 : 0);

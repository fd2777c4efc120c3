// Start één ministerie-subgraph als eigen proces: database openen, bij de eerste
// start de edities importeren, luisteren, en netjes stoppen op SIGINT/SIGTERM.
import { fileURLToPath } from 'node:url';
import { subgraaf as instellingVan, type DepartementCode } from './config.js';
import { importeer, isActueel } from './editie/importeren.js';
import { leesEdities, Importfout } from './editie/lezen.js';
import { bepaalToestand } from './editie/toestand.js';
import { Editie } from './entiteiten.js';
import { luister, stopBijSignaal } from './http.js';
import { meldDataGewijzigd, redisinstelling } from './wijzigingsbericht.js';
import { bouwSubgraaf, type Ministerie, type Subgraaf } from './subgraaf.js';

export function databasekeuze(departement: DepartementCode, omgeving: NodeJS.ProcessEnv = process.env) {
  const instelling = instellingVan(departement);
  return {
    databaseUrl: omgeving[instelling.databaseVariabele] || undefined,
    sqlitePad:
      omgeving[instelling.sqliteVariabele] ||
      fileURLToPath(new URL(`../subgraphs/${instelling.naam}/var/${instelling.naam}.sqlite`, import.meta.url)),
  };
}

/**
 * Importeert de edities als de database nog leeg is (eerste start of nieuw schema),
 * en waarschuwt als de database achterloopt op de bestanden in de kamer.
 */
export async function laadBijEersteStart(subgraaf: Subgraaf, log: (tekst: string) => void): Promise<void> {
  const { ministerie } = subgraaf;
  const em = subgraaf.db.orm.em.fork();
  const dataMap = fileURLToPath(ministerie.data);
  if ((await em.count(Editie, {})) === 0) {
    const r = await importeer(em, dataMap, ministerie.departement, ministerie.extraTabellen);
    const waarom = subgraaf.db.schemaHerbouwd ? 'nieuw databaseschema' : 'eerste start';
    log(`${waarom}: ${r.edities.length} editie(s) geïmporteerd in ${subgraaf.db.soort}`);
    await meldDataGewijzigd(ministerie.departement, await redisinstelling());
  } else if (!(await isActueel(em, bepaalToestand(leesEdities(dataMap, ministerie.departement))))) {
    log(`LET OP: de database loopt achter op ${dataMap}; importeer met: npm run import -- ${ministerie.departement.toLowerCase()}`);
  }
}

export async function startSubgraaf(ministerie: Ministerie & { departement: DepartementCode }): Promise<void> {
  const instelling = instellingVan(ministerie.departement);
  const log = (tekst: string) => console.log(`[${instelling.naam}] ${tekst}`);
  const subgraaf = await bouwSubgraaf(ministerie, databasekeuze(ministerie.departement));
  try {
    await laadBijEersteStart(subgraaf, log);
  } catch (fout) {
    console.error(fout instanceof Importfout ? fout.message : fout);
    await subgraaf.sluit();
    process.exit(1);
  }
  const poort = Number(process.env.PORT ?? instelling.standaardPoort);
  const http = await luister(subgraaf.server, async () => subgraaf.context(), poort, process.env.HOST ?? '127.0.0.1', () => ({
    sqlStatements: subgraaf.db.teller.aantal,
  }));
  log(`luistert op ${http.url}`);
  stopBijSignaal(async () => {
    await http.stop();
    await subgraaf.sluit();
  });
}

// Start één ministerie-subgraph als eigen proces: database openen, bij de eerste
// start de edities importeren, luisteren, nieuwe edities volgen, en netjes stoppen op
// SIGINT/SIGTERM. Wat het uit de omgeving leest:
//
//   variabele                      standaard                        waarvoor
//   MINISTERIE                     (verplicht)                      welk ministerie (index.ts)
//   PORT                           4001 … 4005 (kern/config.ts)     poort
//   HOST                           127.0.0.1                        luisteradres
//   <MINISTERIE>_DATABASE_URL      (geen: SQLite)                   PostgreSQL van dit ministerie
//   <MINISTERIE>_SQLITE_PAD        subgraphs/<naam>/var/<naam>.sqlite  het SQLite-bestand zonder PostgreSQL
//   <MINISTERIE>_DATA_MAP          subgraphs/<naam>/data/           waar de edities staan (de schaalbench zet een tijdelijke map)
//   DATA_CONTROLE_S                5                                hoe vaak de database op nieuwe edities wordt nagekeken
//   REDIS_URL, REDIS_VOORVOEGSEL   zoals de gateway                 publicaties melden en volgen (kern/wijzigingsbericht.ts)
//   SUBGRAAF_GEHEIM                (geen; in productie verplicht)   het geheim dat de gateway meestuurt (kern/identiteit.ts)
//   LOG_LEVEL, LOG_FORMAT          info, json                       het logboek (kern/logboek.ts)
//   OTEL_EXPORTER_OTLP_…           (geen: sporen uit)               OpenTelemetry-sporen: een span per verzoek, onder het spoor
//   en de andere OTEL_*                                             van de gateway; OTEL_SERVICE_NAME standaard de naam (bzk, …)
//                                                                   (de hele tabel: kern/sporen/instelling.ts)
import { fileURLToPath, pathToFileURL } from 'node:url';
import { subgraaf as instellingVan, type DepartementCode } from '../../kern/config.js';
import { editiestempel, isActueel } from './editie/importeren.js';
import { vulCache } from './editie/bronnen.js';
import { Importfout } from './editie/lezen.js';
import { Editie } from './entiteiten.js';
import { subgraafGereedheid } from './gereedheid.js';
import { luister, MAXIMALE_SUBGRAAFBODY, stopBijSignaal } from '../../kern/http.js';
import { projectpad } from '../../kern/projectmap.js';
import { maakLogboek } from '../../kern/logboek.js';
import { maakMetrieken } from '../../kern/metrieken.js';
import { sporenOfStop } from '../../kern/sporen/aanbieder.js';
import { redisinstelling, volgPublicaties } from '../../kern/wijzigingsbericht.js';
import { geheimOfStop } from '../../kern/identiteit.js';
import { editieroutes } from './editieroutes.js';
import { lijstlengteroute } from '../../kern/lijstlengtes.js';
import { bouwSubgraaf, type Databasekeuze, type Ministerie, type Subgraaf } from './subgraaf.js';
import { antwoordcache } from './antwoordcache.js';

export function databasekeuze(departement: DepartementCode, omgeving: NodeJS.ProcessEnv = process.env): Databasekeuze {
  const instelling = instellingVan(departement);
  return {
    databaseUrl: omgeving[instelling.databaseVariabele] || undefined,
    sqlitePad:
      omgeving[instelling.sqliteVariabele] ||
      projectpad('subgraphs', instelling.naam, 'var', `${instelling.naam}.sqlite`),
  };
}

/**
 * De map met de edities: <MINISTERIE>_DATA_MAP, anders subgraphs/<ministerie>/data/. Een
 * andere map is voor wie het ministerie met andere edities wil draaien zonder de kamer
 * aan te raken, zoals de schaalbench (bench/schaal/) met k keer zoveel beleid.
 */
export function editiemap(ministerie: Ministerie, omgeving: NodeJS.ProcessEnv = process.env): URL {
  const map = omgeving[instellingVan(ministerie.departement).dataVariabele];
  return map ? pathToFileURL(map.endsWith('/') ? map : `${map}/`) : ministerie.data;
}

/**
 * Importeert de edities als de database nog leeg is (eerste start of nieuw schema),
 * en waarschuwt als de database achterloopt op de bestanden in de kamer.
 */
export async function laadBijEersteStart(subgraaf: Subgraaf, log: (tekst: string) => void): Promise<void> {
  const { ministerie } = subgraaf;
  const dataMap = fileURLToPath(ministerie.data);
  if (subgraaf.momentopname.stempel === '') {
    const r = await subgraaf.importeerMap();
    const waarom = subgraaf.db.schemaHerbouwd ? 'nieuw databaseschema' : 'eerste start';
    log(`${waarom}: ${r.edities.length} editie(s) geïmporteerd in ${subgraaf.db.soort}`);
    for (const melding of r.ingetrokken) log(`LET OP: ${melding}`);
  } else if (!(await isActueel(subgraaf.db.orm.em, dataMap, ministerie.departement))) {
    // Via de API gepubliceerde edities tellen mee: die staan niet in de map, en zijn geen achterstand.
    log(`LET OP: de database loopt achter op ${dataMap}; importeer met: npm run import -- ${ministerie.departement.toLowerCase()}`);
  }
}

/**
 * Houdt de momentopname bij: direct bij een publicatiebericht via Redis, en als vangnet
 * (geen Redis, of een gemist bericht) door elke `seconden` de lijst van edities in de
 * database te vergelijken: één klein statement.
 */
export function volgEdities(subgraaf: Subgraaf, seconden: number, log: (tekst: string) => void, redis: Awaited<ReturnType<typeof redisinstelling>>) {
  const herlaad = (aanleiding: string) =>
    subgraaf.herlaad().then(
      (veranderd) => veranderd && log(`nieuwe editie geladen (${aanleiding}): ${subgraaf.momentopname.stempel}`),
      (fout: unknown) => log(`herladen mislukt, de vorige editie blijft gelden: ${fout instanceof Error ? fout.message : fout}`),
    );
  const abonnement = redis ? volgPublicaties(redis, subgraaf.ministerie.departement, () => void herlaad('publicatie')) : null;
  const klok = setInterval(() => {
    subgraaf.db.orm.em
      .fork()
      .find(Editie, {})
      .then(
        (edities) => editiestempel(edities) !== subgraaf.momentopname.stempel && herlaad('controle van de database'),
        () => undefined,
      );
  }, seconden * 1000);
  klok.unref();
  return () => {
    clearInterval(klok);
    abonnement?.stop();
  };
}

export async function startMinisterie(declaratie: Ministerie): Promise<void> {
  const ministerie: Ministerie = { ...declaratie, data: editiemap(declaratie) };
  const instelling = instellingVan(ministerie.departement);
  const logboek = maakLogboek({ proces: instelling.naam });
  const log = (tekst: string) => logboek.info(tekst);
  const geheim = geheimOfStop(logboek);
  const sporen = await sporenOfStop(logboek, instelling.naam);
  const redis = await redisinstelling();
  const subgraaf = await bouwSubgraaf(ministerie, { ...databasekeuze(ministerie.departement), redis, waarschuw: (tekst) => logboek.warn(tekst) });
  try {
    await laadBijEersteStart(subgraaf, log);
  } catch (fout) {
    if (fout instanceof Importfout) logboek.fatal(fout.message);
    else logboek.fatal({ err: fout }, 'de edities zijn niet te importeren');
    await subgraaf.sluit();
    process.exit(1);
  }
  const stopVolgen = volgEdities(subgraaf, Number(process.env.DATA_CONTROLE_S ?? 5), log, redis);
  const poort = Number(process.env.PORT ?? instelling.standaardPoort);
  const http = await luister(subgraaf.server, async () => subgraaf.context(), {
    poort,
    host: process.env.HOST,
    maximaleBody: MAXIMALE_SUBGRAAFBODY,
    verwerk: antwoordcache(subgraaf.server, () => subgraaf.context()),
    geheim,
    metrieken: maakMetrieken({ proces: instelling.naam, procesmetrieken: true }),
    logboek,
    sporen,
    gereed: () => subgraafGereedheid(subgraaf),
    routes: [...editieroutes(subgraaf, { redis, log }), lijstlengteroute(subgraaf.lijstlengtes)],
    statistiek: () => ({ sqlStatements: subgraaf.db.teller.aantal }),
    gezondheid: () => ({ editie: subgraaf.momentopname.stempel }),
  });
  logboek.info({ url: http.url }, `luistert op ${http.url}`);
  // Op de achtergrond, in de werkthread: de edities in de cache van gelezen edities, zodat de
  // eerste publicatie na een start niet alles opnieuw hoeft te lezen (editie/bronnen.ts).
  vulCache(subgraaf.db.orm.em, fileURLToPath(ministerie.data), ministerie.departement, subgraaf.lezer.lees).catch((fout: unknown) =>
    logboek.warn(`de edities zijn niet vooraf gelezen; de eerste publicatie leest ze zelf (${fout instanceof Error ? fout.message : String(fout)})`),
  );
  stopBijSignaal(async () => {
    stopVolgen();
    await http.stop();
    await subgraaf.sluit();
    await sporen?.stop();
  });
}

// Het overzichtenregister als eigen proces: bouwen (dienst.ts), luisteren op
// OVERZICHTEN-poort (kern/config.ts), en netjes stoppen op SIGINT/SIGTERM.
//
//   variabele                  standaard                   waarvoor
//   PORT                       4100                        poort
//   HOST                       127.0.0.1                   luisteradres
//   OVERZICHTEN_DATABASE_URL   (geen: SQLite)              PostgreSQL, bijvoorbeeld postgresql://thuis_overzichten@…/thuis_overzichten
//   OVERZICHTEN_SQLITE_PAD     var/overzichten.sqlite      het SQLite-bestand
//   SUBGRAAF_GEHEIM            (in productie verplicht)    alleen de gateway mag het register aanspreken
//   REDIS_URL                  als bij de gateway          meldt een nieuwe versie aan elke gateway
import { OVERZICHTENREGISTER } from '../kern/config.js';
import { luister, MAXIMALE_SUBGRAAFBODY, stopBijSignaal } from '../kern/http.js';
import { geheimOfStop } from '../kern/identiteit.js';
import { maakLogboek } from '../kern/logboek.js';
import { maakMetrieken } from '../kern/metrieken.js';
import { redisinstelling } from '../kern/wijzigingsbericht.js';
import { registerdatabasekeuze } from './database.js';
import { bouwRegister } from './dienst.js';
import { standVan } from './opslag.js';

const logboek = maakLogboek({ proces: OVERZICHTENREGISTER.naam });
const geheim = geheimOfStop(logboek);
const redis = await redisinstelling();
const register = await bouwRegister({ ...registerdatabasekeuze(), redis, log: (tekst) => logboek.info(tekst) }).catch((fout: unknown) => {
  logboek.fatal({ err: fout }, 'het overzichtenregister start niet');
  process.exit(1);
});
let stopt = false;
const http = await luister(null, async () => ({}), {
  poort: Number(process.env.PORT ?? OVERZICHTENREGISTER.standaardPoort),
  host: process.env.HOST,
  // Alleen de gateway schrijft hier, met het contract van het overzicht erbij.
  maximaleBody: MAXIMALE_SUBGRAAFBODY,
  geheim,
  metrieken: maakMetrieken({ proces: OVERZICHTENREGISTER.naam, procesmetrieken: true }),
  logboek,
  // Gereed als de database antwoordt: zonder kan het niets lezen of vastleggen.
  gereed: async () =>
    stopt
      ? ['Het overzichtenregister stopt.']
      : standVan(register.db.orm.em).then(
          () => [],
          (fout: unknown) => [`De database (${register.db.soort}) antwoordt niet: ${fout instanceof Error ? fout.message : fout}`],
        ),
  gezondheid: () => ({ database: register.db.soort }),
  routes: register.routes,
});
logboek.info({ url: http.url }, `luistert op ${http.url.replace(/\/graphql$/, '')} (${register.db.soort})`);
stopBijSignaal(async () => {
  stopt = true;
  await http.stop();
  await register.sluit();
});

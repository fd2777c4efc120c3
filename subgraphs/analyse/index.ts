// De analyselaag als proces. Wat het uit de omgeving leest:
//
//   variabele                 standaard                        waarvoor
//   PORT                      4006                             poort
//   HOST                      127.0.0.1                        luisteradres
//   SUBGRAAF_GEHEIM           (geen; in productie verplicht)   het geheim dat de gateway meestuurt (kern/identiteit.ts);
//                                                              het leesmodel stuurt het zelf mee naar de ministeries
//   BZK_URL, VWS_URL, …       http://localhost:4001/graphql, … waar het leesmodel het beleid van elk ministerie leest
//                                                              (dezelfde variabelen en standaarden als de gateway)
//   REDIS_URL                 de Redis op deze machine, als     de meldingen van nieuwe edities: daarna rekent de analyse de
//                             die antwoordt; uit: zonder        nieuwe generatie meteen vooruit (zonder: bij het eerste verzoek);
//   REDIS_VOORVOEGSEL         thuis                            dezelfde regel als de gateway (kern/wijzigingsbericht.ts)
//   LOG_LEVEL, LOG_FORMAT     info, json                       het logboek (kern/logboek.ts)
//   OTEL_EXPORTER_OTLP_…      (geen: sporen uit)               OpenTelemetry-sporen: een span per verzoek en per analyseveld,
//   en de andere OTEL_*                                        onder het spoor van de gateway; OTEL_SERVICE_NAME standaard
//                                                              analyse (de hele tabel: kern/sporen/instelling.ts)
import { ANALYSE, SUBGRAFEN, standaardUrl, type Ministerieveld } from '../../kern/config.js';
import { geheimOfStop } from '../../kern/identiteit.js';
import { luister, MAXIMALE_SUBGRAAFBODY, stopBijSignaal } from '../../kern/http.js';
import { maakLogboek } from '../../kern/logboek.js';
import { maakMetrieken } from '../../kern/metrieken.js';
import { sporenOfStop } from '../../kern/sporen/aanbieder.js';
import { lijstlengteroute } from '../../kern/lijstlengtes.js';
import { redisinstelling } from '../../kern/wijzigingsbericht.js';
import { bouwAnalyse } from './server.js';

const logboek = maakLogboek({ proces: ANALYSE.naam });
const geheim = geheimOfStop(logboek);
const sporen = await sporenOfStop(logboek, ANALYSE.naam);
const urls = Object.fromEntries(SUBGRAFEN.map((s) => [s.naam, process.env[s.urlVariabele] || standaardUrl(s)])) as Record<Ministerieveld, string>;
const waarschuw = (tekst: string) => logboek.warn(tekst);
const analyse = await bouwAnalyse({ sporen, leesbron: { urls, geheim, waarschuw }, redis: await redisinstelling(), waarschuw });
const { server, lijstlengtes } = analyse;
// De analyselaag heeft geen database; het leesmodel leest de ministeries al bij de start, maar wacht er niet op
// (een ministerie dat er nog niet is, leest het later; anders het eerste verzoek): gestart is gereed,
// tot hij stopt (dan moet er geen nieuw verkeer meer heen).
let stopt = false;
const http = await luister(server, async () => ({}), {
  poort: Number(process.env.PORT ?? ANALYSE.standaardPoort),
  host: process.env.HOST,
  maximaleBody: MAXIMALE_SUBGRAAFBODY,
  geheim,
  metrieken: maakMetrieken({ proces: ANALYSE.naam, procesmetrieken: true }),
  logboek,
  sporen,
  gereed: () => (stopt ? ['De analyselaag stopt.'] : []),
  routes: [lijstlengteroute(lijstlengtes)],
});
logboek.info({ url: http.url }, `luistert op ${http.url}`);
stopBijSignaal(async () => {
  stopt = true;
  analyse.stop();
  await http.stop();
  await server.stop();
  await sporen?.stop();
});

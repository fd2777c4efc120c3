import { ANALYSE } from '../../kern/config.js';
import { geheimOfStop } from '../../kern/identiteit.js';
import { luister, MAXIMALE_SUBGRAAFBODY, stopBijSignaal } from '../../kern/http.js';
import { maakLogboek } from '../../kern/logboek.js';
import { maakMetrieken } from '../../kern/metrieken.js';
import { lijstlengteroute } from '../../kern/lijstlengtes.js';
import { bouwAnalyse } from './server.js';

const logboek = maakLogboek({ proces: ANALYSE.naam });
const geheim = geheimOfStop(logboek);
const { server, lijstlengtes } = await bouwAnalyse();
// De analyselaag heeft geen database en leest alles uit het verzoek: gestart is gereed,
// tot hij stopt (dan moet er geen nieuw verkeer meer heen).
let stopt = false;
const http = await luister(server, async () => ({}), {
  poort: Number(process.env.PORT ?? ANALYSE.standaardPoort),
  host: process.env.HOST,
  maximaleBody: MAXIMALE_SUBGRAAFBODY,
  geheim,
  metrieken: maakMetrieken({ proces: ANALYSE.naam, procesmetrieken: true }),
  logboek,
  gereed: () => (stopt ? ['De analyselaag stopt.'] : []),
  routes: [lijstlengteroute(lijstlengtes)],
});
logboek.info({ url: http.url }, `luistert op ${http.url}`);
stopBijSignaal(async () => {
  stopt = true;
  await http.stop();
  await server.stop();
});

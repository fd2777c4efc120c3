import { ANALYSE } from '../../kern/config.js';
import { luister, MAXIMALE_SUBGRAAFBODY, stopBijSignaal } from '../../kern/http.js';
import { bouwAnalyse } from './server.js';

const server = await bouwAnalyse();
const http = await luister(server, async () => ({}), {
  poort: Number(process.env.PORT ?? ANALYSE.standaardPoort),
  host: process.env.HOST,
  maximaleBody: MAXIMALE_SUBGRAAFBODY,
});
console.log(`[analyse] luistert op ${http.url}`);
stopBijSignaal(async () => {
  await http.stop();
  await server.stop();
});

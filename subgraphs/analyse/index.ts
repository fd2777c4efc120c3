import { ANALYSE } from '../../kern/config.js';
import { luister, stopBijSignaal } from '../../kern/http.js';
import { bouwAnalyse } from './server.js';

const server = await bouwAnalyse();
const http = await luister(server, async () => ({}), { poort: Number(process.env.PORT ?? ANALYSE.standaardPoort), host: process.env.HOST });
console.log(`[analyse] luistert op ${http.url}`);
stopBijSignaal(async () => {
  await http.stop();
  await server.stop();
});

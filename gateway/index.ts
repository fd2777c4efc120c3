import { GATEWAY_STANDAARDPOORT } from '../subgraphs/kern/config.js';
import { luister, stopBijSignaal } from '../subgraphs/kern/http.js';
import { bouwGateway, subgraafUrlsUitOmgeving } from './server.js';

const server = await bouwGateway({ subgraafUrls: subgraafUrlsUitOmgeving() });
const http = await luister(server, async () => ({}), Number(process.env.PORT ?? GATEWAY_STANDAARDPOORT), process.env.HOST ?? '127.0.0.1');
console.log(`[gateway] luistert op ${http.url}`);
stopBijSignaal(async () => {
  await http.stop();
  await server.stop();
});

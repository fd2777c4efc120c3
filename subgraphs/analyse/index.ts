import { ANALYSE, GATEWAY_STANDAARDPOORT } from '../../kern/config.js';
import { luister, stopBijSignaal } from '../../kern/http.js';
import { bouwAnalyse } from './server.js';

const gatewayUrl = process.env[ANALYSE.gatewayVariabele] ?? `http://localhost:${GATEWAY_STANDAARDPOORT}/graphql`;
const { server, context } = await bouwAnalyse({ gatewayUrl: () => gatewayUrl });
const http = await luister(server, async () => context(), Number(process.env.PORT ?? ANALYSE.standaardPoort), process.env.HOST ?? '127.0.0.1');
console.log(`[analyse] luistert op ${http.url} (gateway: ${gatewayUrl})`);
stopBijSignaal(async () => {
  await http.stop();
  await server.stop();
});

import { ANALYSE, GATEWAY_STANDAARDPOORT } from '../kern/config.js';
import { luister } from '../kern/http.js';
import { bouwAnalyse } from './server.js';

const gatewayUrl = process.env[ANALYSE.gatewayVariabele] ?? `http://localhost:${GATEWAY_STANDAARDPOORT}/graphql`;
const { server, context } = await bouwAnalyse({ gatewayUrl: () => gatewayUrl });
const http = await luister(server, async () => context(), Number(process.env.PORT ?? ANALYSE.standaardPoort), process.env.HOST ?? '127.0.0.1');
console.log(`[analyse] luistert op ${http.url} (gateway: ${gatewayUrl})`);
let stoppend = false;
const stop = async () => {
  if (stoppend) return;
  stoppend = true;
  await http.stop();
  await server.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

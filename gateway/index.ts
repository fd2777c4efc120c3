import { GATEWAY_STANDAARDPOORT } from '../kern/config.js';
import { luister, stopBijSignaal } from '../kern/http.js';
import { redisinstelling } from '../kern/wijzigingsbericht.js';
import { bouwGateway, subgraafUrlsUitOmgeving } from './server.js';

const redis = await redisinstelling();
const termijn = process.env.SUBGRAAF_TERMIJN_MS ? Number(process.env.SUBGRAAF_TERMIJN_MS) : undefined;
if (termijn !== undefined && !(Number.isInteger(termijn) && termijn > 0)) {
  console.error(`SUBGRAAF_TERMIJN_MS is "${process.env.SUBGRAAF_TERMIJN_MS}"; geef een geheel aantal milliseconden groter dan 0, bijvoorbeeld 5000.`);
  process.exit(2);
}
const gateway = await bouwGateway({ subgraafUrls: subgraafUrlsUitOmgeving(), redis, subgraaftermijnMs: termijn });
const http = await luister(gateway.server, gateway.context, {
  poort: Number(process.env.PORT ?? GATEWAY_STANDAARDPOORT),
  host: process.env.HOST,
  ...gateway.http,
});
console.log(
  `[gateway] luistert op ${http.url}; responscache ${
    gateway.cacheActief() ? `aan (invalidatie via ${redis?.url})` : redis ? `nog uit: Redis op ${redis.url} antwoordt niet; de cache gaat aan zodra het abonnement staat` : 'uit (geen Redis; zet REDIS_URL)'
  }`,
);
stopBijSignaal(async () => {
  await http.stop();
  await gateway.stop();
});

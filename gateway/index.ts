import { GATEWAY_STANDAARDPOORT } from '../kern/config.js';
import { luister, stopBijSignaal } from '../kern/http.js';
import { redisinstelling } from '../kern/wijzigingsbericht.js';
import { bouwGateway, subgraafUrlsUitOmgeving } from './server.js';

const redis = await redisinstelling();
const gateway = await bouwGateway({ subgraafUrls: subgraafUrlsUitOmgeving(), redis });
const http = await luister(gateway.server, gateway.context, {
  poort: Number(process.env.PORT ?? GATEWAY_STANDAARDPOORT),
  host: process.env.HOST,
  ...gateway.http,
});
console.log(
  `[gateway] luistert op ${http.url}; responscache ${redis ? `aan (invalidatie via ${redis.url})` : 'uit (geen Redis; zet REDIS_URL)'}`,
);
stopBijSignaal(async () => {
  await http.stop();
  await gateway.stop();
});

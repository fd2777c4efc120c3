import { GATEWAY_STANDAARDPOORT } from '../kern/config.js';
import { luister, stopBijSignaal } from '../kern/http.js';
import { maakLogboek } from '../kern/logboek.js';
import { maakMetrieken } from '../kern/metrieken.js';
import { redisinstelling } from '../kern/wijzigingsbericht.js';
import { bouwGateway, subgraafUrlsUitOmgeving } from './server.js';
import { Configuratiefout, toegangUitOmgeving } from './toegang.js';

const logboek = maakLogboek({ proces: 'gateway' });
const redis = await redisinstelling();
const termijn = process.env.SUBGRAAF_TERMIJN_MS ? Number(process.env.SUBGRAAF_TERMIJN_MS) : undefined;
if (termijn !== undefined && !(Number.isInteger(termijn) && termijn > 0)) {
  logboek.fatal(`SUBGRAAF_TERMIJN_MS is "${process.env.SUBGRAAF_TERMIJN_MS}"; geef een geheel aantal milliseconden groter dan 0, bijvoorbeeld 5000.`);
  process.exit(2);
}
const toegang = await toegangUitOmgeving().catch((e: unknown) => {
  logboek.fatal(`start niet: ${e instanceof Configuratiefout ? e.message : e}`);
  process.exit(2);
});
for (const regel of toegang.meldingen) logboek.warn(regel);
const gateway = await bouwGateway({
  subgraafUrls: subgraafUrlsUitOmgeving(),
  redis,
  subgraaftermijnMs: termijn,
  toegang: toegang.toegang,
  subgraafgeheim: toegang.subgraafgeheim,
  metrieken: maakMetrieken({ proces: 'gateway', procesmetrieken: true }),
  logboek,
});
const http = await luister(gateway.server, gateway.context, {
  poort: Number(process.env.PORT ?? GATEWAY_STANDAARDPOORT),
  host: process.env.HOST,
  ...gateway.http,
});
logboek.info(
  { url: http.url, responscache: gateway.cacheActief() },
  `luistert op ${http.url}; responscache ${
    gateway.cacheActief() ? `aan (invalidatie via ${redis?.url})` : redis ? `nog uit: Redis op ${redis.url} antwoordt niet; de cache gaat aan zodra het abonnement staat` : 'uit (geen Redis; zet REDIS_URL)'
  }`,
);
stopBijSignaal(async () => {
  await http.stop();
  await gateway.stop();
});

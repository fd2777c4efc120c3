// De gateway als proces: de configuratie uit de omgeving (configuratie.ts), de gateway
// bouwen (server.ts), luisteren, en één regel die zegt waar hij staat.
import { luister, stopBijSignaal } from '../kern/http.js';
import { maakLogboek } from '../kern/logboek.js';
import { maakMetrieken } from '../kern/metrieken.js';
import { startSporen } from '../kern/sporen/aanbieder.js';
import { Configuratiefout, leesConfiguratie } from './configuratie.js';
import { bouwGateway } from './server.js';

const config = await leesConfiguratie().catch((fout: unknown) => {
  maakLogboek({ proces: 'gateway', niveau: 'info' }).fatal(`start niet: ${fout instanceof Configuratiefout ? fout.message : fout}`);
  process.exit(2);
});
const logboek = maakLogboek({ proces: 'gateway', niveau: config.logniveau });
for (const regel of config.meldingen) logboek.warn(regel);
// Sporen alleen met een eindpunt (OTEL_*): anders laadt de gateway de SDK niet.
const sporen = config.sporeninstelling ? await startSporen({ ...config.sporeninstelling, logboek }) : undefined;
if (config.sporeninstelling) logboek.info({ eindpunt: config.sporeninstelling.eindpunt }, `sporen naar ${config.sporeninstelling.eindpunt} (sampler ${config.sporeninstelling.sampler.soort})`);
// De configuratie draagt de opties van bouwGateway (Redis, subgraphs, toegang, grenzen) met dezelfde namen.
const gateway = await bouwGateway({ ...config, metrieken: maakMetrieken({ proces: 'gateway', procesmetrieken: true }), logboek, opwarmen: true, sporen });
const http = await luister(gateway.server, gateway.context, { poort: config.poort, host: config.host, ...gateway.http });

const dashboard = http.url.replace(/\/graphql$/, '/dashboard/');
const cache = gateway.cacheActief()
  ? `aan (invalidatie via ${config.redis?.url})`
  : config.redis
    ? `nog uit: Redis op ${config.redis.url} antwoordt niet; de cache gaat aan zodra het abonnement staat`
    : 'uit (geen Redis; zet REDIS_URL)';
logboek.info(
  { url: http.url, dashboard, responscache: gateway.cacheActief(), modus: config.modus },
  `luistert op ${http.url}; dashboard op ${dashboard}; responscache ${cache}; ${config.modus === 'productie' ? 'productiemodus' : 'ontwikkelmodus'}`,
);
stopBijSignaal(async () => {
  await http.stop();
  await gateway.stop();
  // De laatste spans nog naar de collector.
  await sporen?.stop();
});

import { GATEWAY_STANDAARDPOORT } from '../kern/config.js';
import { luister, stopBijSignaal } from '../kern/http.js';
import { maakLogboek } from '../kern/logboek.js';
import { maakMetrieken } from '../kern/metrieken.js';
import { redisinstelling } from '../kern/wijzigingsbericht.js';
import { STANDAARD_ONDERBREKER } from './verbinding/onderbreker.js';
import { bouwGateway, subgraafUrlsUitOmgeving } from './server.js';
import { STANDAARD_KOSTENBUDGET } from './limieten/kostenbudget.js';
import { STANDAARD_ZWAARWERK } from './limieten/zwaarwerk.js';
import { Configuratiefout, toegangUitOmgeving } from './toegang/sleutels.js';

const logboek = maakLogboek({ proces: 'gateway' });
const redis = await redisinstelling();
/** Een duur in milliseconden uit de omgeving; een onzinnige waarde stopt de start met wat wel mag. */
function milliseconden(variabele: string, minimum: number, uitleg: string): number | undefined {
  const tekst = process.env[variabele];
  if (!tekst) return undefined;
  const waarde = Number(tekst);
  if (Number.isInteger(waarde) && waarde >= minimum) return waarde;
  logboek.fatal(`${variabele} is "${tekst}"; geef een geheel aantal milliseconden van minstens ${minimum}${uitleg}.`);
  process.exit(2);
}
const termijn = milliseconden('SUBGRAAF_TERMIJN_MS', 1, ', bijvoorbeeld 5000');
// 0 zet de onderbreker uit: dan wacht elke vraag op een hangende subgraph de hele termijn.
const pauze = milliseconden('SUBGRAAF_PAUZE_MS', 0, ` (0 zet de pauze uit), bijvoorbeeld ${STANDAARD_ONDERBREKER.pauzeMs}`);
/** Een geheel getal van minstens 0 uit de omgeving; 0 zet de voorziening uit. */
function aantal(variabele: string, uitleg: string): number | undefined {
  const tekst = process.env[variabele];
  if (!tekst) return undefined;
  const waarde = Number(tekst);
  if (Number.isInteger(waarde) && waarde >= 0) return waarde;
  logboek.fatal(`${variabele} is "${tekst}"; geef een geheel getal van minstens 0 (0 zet het uit), ${uitleg}.`);
  process.exit(2);
}
const budget = aantal('KOSTENBUDGET_PER_S', `bijvoorbeeld ${STANDAARD_KOSTENBUDGET.perSeconde}`);
const zwaarTegelijk = aantal('ZWAAR_TEGELIJK', `bijvoorbeeld ${STANDAARD_ZWAARWERK.tegelijk}`);
const toegang = await toegangUitOmgeving().catch((e: unknown) => {
  logboek.fatal(`start niet: ${e instanceof Configuratiefout ? e.message : e}`);
  process.exit(2);
});
for (const regel of toegang.meldingen) logboek.warn(regel);
const gateway = await bouwGateway({
  subgraafUrls: subgraafUrlsUitOmgeving(),
  redis,
  subgraaftermijnMs: termijn,
  onderbreker: pauze === 0 ? false : { ...STANDAARD_ONDERBREKER, pauzeMs: pauze ?? STANDAARD_ONDERBREKER.pauzeMs },
  toegang: toegang.toegang,
  subgraafgeheim: toegang.subgraafgeheim,
  metrieken: maakMetrieken({ proces: 'gateway', procesmetrieken: true }),
  logboek,
  opwarmen: true,
  kostenbudget: budget === 0 ? false : { ...STANDAARD_KOSTENBUDGET, perSeconde: budget ?? STANDAARD_KOSTENBUDGET.perSeconde },
  zwaarwerk: zwaarTegelijk === 0 ? false : { ...STANDAARD_ZWAARWERK, tegelijk: zwaarTegelijk ?? STANDAARD_ZWAARWERK.tegelijk },
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

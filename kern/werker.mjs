// Een werkthread van piscina voor werk dat de lus van een proces niet mag vasthouden (een
// editie lezen, een queryplan maken). De taak zelf is een module van dit project: vanuit
// de bron TypeScript, dat deze thread dan eerst via tsx leert laden; vanuit dist/ het
// gecompileerde JavaScript ernaast. Zo werkt dezelfde taak onder npm start, vitest en in de image.
import { workerData } from 'piscina';

const { taak } = workerData;
if (taak.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
const module = await import(taak);
export default module.default;

/** Een lege taak: wie hem afwacht, weet dat deze thread geladen is (de termijn van een echte taak telt het laden niet mee). */
export const gereed = () => true;

// npm run token -- --rol <rol> [--departement <CODE>] [--onderwerp <naam>] [--geldig 8h] [--app <app>]
//   (rol: analist, partner, beheer, samensteller, of redacteur met --departement; --app zet client_id:
//   een partner namens die app mag ook het manifest van die app sturen)
//   Drukt een bearer-token af, getekend met de ontwikkelsleutel (var/ontwikkelsleutel.json),
//   om lokaal de andere rollen te proberen. Een gateway in productie aanvaardt het niet.
// npm run token -- --api-sleutel --naam <houder> --rol partner [--app <app>]
//   Maakt een nieuwe API-sleutel: de sleutel zelf voor de houder, en de regel met alleen
//   de SHA-256 ervan voor API_SLEUTELBESTAND.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DEPARTEMENTEN } from '../kern/config.js';
import { APPNAAMREGEL, isAppnaam } from '../kern/partners.js';
import { GELDIGE_ROLLEN, leesRol, type Rol } from '../kern/identiteit.js';
import { sha256 } from '../gateway/toegang/identificatie.js';
import { ontwikkelsleutel, tekenToken } from '../gateway/toegang/ontwikkelsleutel.js';

function stop(melding: string): never {
  console.error(melding);
  process.exit(2);
}

let waarden;
try {
  ({ values: waarden } = parseArgs({
    options: {
      rol: { type: 'string', multiple: true },
      departement: { type: 'string' },
      onderwerp: { type: 'string' },
      geldig: { type: 'string', default: '8h' },
      'api-sleutel': { type: 'boolean', default: false },
      naam: { type: 'string' },
      app: { type: 'string' },
    },
  }));
} catch (e) {
  stop(`${(e as Error).message}\nGebruik: npm run token -- --rol <${GELDIGE_ROLLEN}> [--departement <${DEPARTEMENTEN.join('|')}>]`);
}

if (!waarden.rol?.length) stop(`Geef een rol: npm run token -- --rol <rol>; geldig: analist, partner, beheer, samensteller, redacteur (met --departement ${DEPARTEMENTEN.join('|')}).`);
const rollen: Rol[] = waarden.rol.map((r) => {
  const tekst = r === 'redacteur' ? `redacteur:${(waarden.departement ?? '').toUpperCase()}` : r;
  return leesRol(tekst) ?? stop(r === 'redacteur' ? `redacteur heeft --departement nodig: ${DEPARTEMENTEN.join(', ')}.` : `Onbekende rol "${r}"; geldig: ${GELDIGE_ROLLEN}.`);
});

if (waarden.app !== undefined && !isAppnaam(waarden.app)) stop(`--app ${waarden.app}: een app heet ${APPNAAMREGEL}.`);

if (waarden['api-sleutel']) {
  if (!waarden.naam) stop('Geef de houder van de sleutel: --naam <bijvoorbeeld partner-cbs>.');
  const sleutel = `thuis_${randomBytes(24).toString('base64url')}`;
  console.log(`API-sleutel voor ${waarden.naam} (geef hem de houder; hij wordt nergens bewaard):\n  ${sleutel}\n`);
  console.log(`Regel voor API_SLEUTELBESTAND ("sleutels": [ … ]):\n  ${JSON.stringify({ naam: waarden.naam, rollen, sha256: sha256(sleutel), ...(waarden.app ? { app: waarden.app } : {}) })}`);
} else {
  const onderwerp = waarden.onderwerp ?? `ontwikkelaar-${rollen.join('+')}`;
  console.log(await tekenToken(await ontwikkelsleutel(), { onderwerp, rollen, geldig: waarden.geldig, app: waarden.app }));
}

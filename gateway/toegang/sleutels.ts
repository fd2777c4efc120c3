// De toegang van de gateway: welke modus, welke sleutels, welke API-sleutels, uit wat
// configuratie.ts in de omgeving vond. Productie start niet zonder sleutels; de
// ontwikkelmodus zegt luid dat anonieme verzoeken analistenrechten krijgen.
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, importSPKI, type JWK, type JWTVerifyGetKey } from 'jose';
import { GELDIGE_ROLLEN, leesRol, type Identiteit, type Rol } from '../../kern/identiteit.js';
import { ANONIEME_ANALIST, type Apisleutel, type Toegang } from './identificatie.js';
import { leesApiSleutels, STANDAARD_SLEUTELCONTROLE_MS } from './sleutelbestand.js';
import { ONTWIKKELUITGEVER, ontwikkelsleutel, PUBLIEK, sleutelsVan } from './ontwikkelsleutel.js';

/** Wat configuratie.ts over de toegang uit de omgeving leest; de standaarden staan daar. */
export interface Toegangsinstelling {
  /** NODE_ENV=production. */
  productie: boolean;
  /** HOST, en of dat alleen deze machine is. */
  host?: string;
  lokaal: boolean;
  /** API_SLEUTELBESTAND: de API-sleutels (naam, rollen, sha256). */
  apiSleutelbestand?: string;
  /** JWT_JWKS_URL of JWT_SLEUTELBESTAND: de sleutels waarmee tokens getekend zijn. */
  jwksUrl?: string;
  jwtSleutelbestand?: string;
  /** JWT_ALGORITME: het algoritme van een PEM-sleutel in JWT_SLEUTELBESTAND. */
  jwtAlgoritme: string;
  /** JWT_UITGEVER en JWT_PUBLIEK: de issuer en audience die een token moet noemen. */
  uitgever?: string;
  publiek?: string;
  /** ONTWIKKELSLEUTEL_PAD: waar de sleutel van de ontwikkelmodus staat. */
  ontwikkelsleutelPad?: string;
  /** API_SLEUTELS_CONTROLE_MS: hoe vaak het sleutelbestand wordt nagekeken; 0 = alleen bij de start gelezen. */
  sleutelcontroleMs?: number;
  /** ONTWIKKELROLLEN: de rollen van een anoniem verzoek in de ontwikkelmodus, met komma's; standaard analist. */
  ontwikkelrollen?: string;
  /** OIDC_ISSUER (met de rest) is gezet: wie zich in de browser aanmeldt, heeft ook een bewijs (aanmelden.ts). */
  aanmelden?: boolean;
}

export interface Toegangsconfig {
  toegang: Toegang;
  /** Regels om bij het starten te tonen: wat deze modus betekent. */
  meldingen: string[];
}

/** Een JWKS ({"keys": […]}), één JWK, of een PEM met een publieke sleutel. */
async function leesSleutelbestand(pad: string, algoritme: string): Promise<JWTVerifyGetKey> {
  const tekst = readFileSync(pad, 'utf8');
  if (tekst.includes('-----BEGIN PUBLIC KEY-----')) {
    const sleutel = await importSPKI(tekst, algoritme);
    return async () => sleutel;
  }
  const json = JSON.parse(tekst) as { keys?: JWK[] } & JWK;
  return createLocalJWKSet({ keys: json.keys ?? [json] });
}

/**
 * Wie in de ontwikkelmodus zonder token vraagt: een analist, of de rollen uit ONTWIKKELROLLEN
 * (analist,samensteller om Opslaan als overzicht in het dashboard te proberen, dat geen token stuurt).
 */
function anoniemeIdentiteit(tekst: string | undefined): Identiteit {
  if (!tekst) return ANONIEME_ANALIST;
  const namen = tekst.split(',').map((r) => r.trim()).filter(Boolean);
  const onbekend = namen.filter((r) => leesRol(r) === undefined);
  if (namen.length === 0 || onbekend.length > 0) {
    throw new Error(`ONTWIKKELROLLEN="${tekst}": ${onbekend.length > 0 ? `onbekende rol ${onbekend.join(', ')}` : 'geen rol'}; geef rollen met komma's, geldig: ${GELDIGE_ROLLEN}.`);
  }
  return { ...ANONIEME_ANALIST, rollen: namen as Rol[] };
}

/** De toegang; gooit met een melding die zegt wat er ontbreekt of niet klopt. */
export async function bouwToegang(instelling: Toegangsinstelling): Promise<Toegangsconfig> {
  const { productie } = instelling;
  const apiSleutels = instelling.apiSleutelbestand ? leesApiSleutels(instelling.apiSleutelbestand) : new Map<string, Apisleutel>();
  const sleutelbestand = instelling.apiSleutelbestand
    ? { pad: instelling.apiSleutelbestand, controleMs: instelling.sleutelcontroleMs ?? STANDAARD_SLEUTELCONTROLE_MS }
    : undefined;
  const sleutels = instelling.jwksUrl
    ? createRemoteJWKSet(new URL(instelling.jwksUrl))
    : instelling.jwtSleutelbestand
      ? await leesSleutelbestand(instelling.jwtSleutelbestand, instelling.jwtAlgoritme)
      : undefined;
  if (productie) {
    if (instelling.ontwikkelrollen) {
      throw new Error('ONTWIKKELROLLEN geldt alleen in de ontwikkelmodus: in productie is niemand anoniem. Haal de variabele weg, of geef een rol via een sleutel of het aanmelden.');
    }
    const ontbreekt = [
      !sleutels &&
        apiSleutels.size === 0 &&
        !instelling.aanmelden &&
        'sleutels om tokens te controleren (JWT_JWKS_URL of JWT_SLEUTELBESTAND), API-sleutels (API_SLEUTELBESTAND) of aanmelden in de browser (OIDC_ISSUER)',
      sleutels && !instelling.uitgever && 'JWT_UITGEVER (de issuer die tokens moeten noemen)',
    ].filter(Boolean);
    if (ontbreekt.length > 0) throw new Error(`Productie (NODE_ENV=production) start niet zonder ${ontbreekt.join(' en ')}. Zie docs/productie.md, "Sleutels en geheim".`);
    return {
      toegang: {
        modus: 'productie',
        jwt: sleutels && { sleutels, uitgever: instelling.uitgever as string, publiek: instelling.publiek || PUBLIEK },
        apiSleutels,
        sleutelbestand,
        anoniem: null,
      },
      meldingen: [
        `productiemodus: elk verzoek heeft een bewijs nodig (${[sleutels && 'JWT', apiSleutels.size > 0 && `${apiSleutels.size} API-sleutel(s)`, instelling.aanmelden && 'aanmelden in de browser'].filter(Boolean).join(', ')})`,
      ],
    };
  }
  if (!instelling.lokaal) {
    throw new Error(
      `HOST=${instelling.host} in de ontwikkelmodus: daar krijgt iedereen zonder token analistenrechten, dus luistert de gateway alleen op 127.0.0.1. ` +
        'Zet NODE_ENV=production met sleutels (docs/productie.md, "Sleutels en geheim") om op een ander adres te luisteren.',
    );
  }
  const anoniem = anoniemeIdentiteit(instelling.ontwikkelrollen);
  const eigen = sleutels ? undefined : await ontwikkelsleutel(instelling.ontwikkelsleutelPad || undefined);
  return {
    toegang: {
      modus: 'ontwikkeling',
      jwt: sleutels
        ? { sleutels, uitgever: instelling.uitgever || ONTWIKKELUITGEVER, publiek: instelling.publiek || PUBLIEK }
        : { sleutels: sleutelsVan(eigen!), uitgever: ONTWIKKELUITGEVER, publiek: PUBLIEK },
      apiSleutels,
      sleutelbestand,
      anoniem,
    },
    meldingen: [
      `*** ONTWIKKELMODUS: verzoeken zonder token krijgen de rechten van ${anoniem.rollen.join(' en ')}. Alleen op 127.0.0.1. ***`,
      '*** Andere rollen proberen: npm run token -- --rol partner (of redacteur --departement BZK, beheer, samensteller). ***',
      '*** Productie: NODE_ENV=production met sleutels; zie docs/productie.md. ***',
    ],
  };
}

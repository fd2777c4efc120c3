// De toegang van de gateway uit de omgeving: welke modus, welke sleutels, welke
// API-sleutels. Productie start niet zonder sleutels; de ontwikkelmodus zegt luid dat
// anonieme verzoeken analistenrechten krijgen.
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, importSPKI, type JWK, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { alleenLokaal, GELDIGE_ROLLEN, inProductie, leesRol, subgraafgeheim, type Rol } from '../../kern/identiteit.js';
import { ANONIEME_ANALIST, type Apisleutel, type Toegang } from './identificatie.js';
import { ONTWIKKELUITGEVER, ontwikkelsleutel, PUBLIEK, sleutelsVan } from './ontwikkelsleutel.js';

export class Configuratiefout extends Error {}

export interface Toegangsconfig {
  toegang: Toegang;
  subgraafgeheim?: string;
  /** Regels om bij het starten te tonen: wat deze modus betekent. */
  meldingen: string[];
}

const rol = z.string().transform((r, ctx) => leesRol(r) ?? (ctx.addIssue({ code: 'custom', message: `onbekende rol "${r}"; geldig: ${GELDIGE_ROLLEN}` }), z.NEVER));

/** { "sleutels": [ { "naam": "partner-cbs", "rollen": ["partner"], "sha256": "<hex>" } ] } */
const sleutelbestand = z.strictObject({
  sleutels: z.array(z.strictObject({ naam: z.string().min(1), rollen: z.array(rol).min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/, 'verwacht 64 hexadecimale tekens (sha256 van de sleutel)') })),
});

function leesApiSleutels(pad: string): Map<string, Apisleutel> {
  let ruw: unknown;
  try {
    ruw = JSON.parse(readFileSync(pad, 'utf8'));
  } catch (e) {
    throw new Configuratiefout(`API_SLEUTELBESTAND ${pad} is niet te lezen als JSON: ${e instanceof Error ? e.message : e}`);
  }
  const uitkomst = sleutelbestand.safeParse(ruw);
  if (!uitkomst.success) {
    throw new Configuratiefout(`API_SLEUTELBESTAND ${pad}: ${uitkomst.error.issues.map((p) => `${p.path.join('.') || '(bestand)'}: ${p.message}`).join('; ')}`);
  }
  return new Map(uitkomst.data.sleutels.map((s) => [s.sha256, { naam: s.naam, rollen: s.rollen as Rol[] }]));
}

/** Een JWKS ({"keys": […]}), één JWK, of een PEM met een publieke sleutel. */
async function leesSleutelbestand(pad: string): Promise<JWTVerifyGetKey> {
  const tekst = readFileSync(pad, 'utf8');
  if (tekst.includes('-----BEGIN PUBLIC KEY-----')) {
    const sleutel = await importSPKI(tekst, process.env.JWT_ALGORITME ?? 'RS256');
    return async () => sleutel;
  }
  const json = JSON.parse(tekst) as { keys?: JWK[] } & JWK;
  return createLocalJWKSet({ keys: json.keys ?? [json] });
}

export async function toegangUitOmgeving(omgeving: NodeJS.ProcessEnv = process.env): Promise<Toegangsconfig> {
  const productie = inProductie(omgeving);
  let geheim: string | undefined;
  try {
    geheim = subgraafgeheim(omgeving);
  } catch (e) {
    throw new Configuratiefout((e as Error).message);
  }
  const apiSleutels = omgeving.API_SLEUTELBESTAND ? leesApiSleutels(omgeving.API_SLEUTELBESTAND) : new Map<string, Apisleutel>();
  const sleutels = omgeving.JWT_JWKS_URL
    ? createRemoteJWKSet(new URL(omgeving.JWT_JWKS_URL))
    : omgeving.JWT_SLEUTELBESTAND
      ? await leesSleutelbestand(omgeving.JWT_SLEUTELBESTAND)
      : undefined;
  if (productie) {
    const ontbreekt = [
      !sleutels && apiSleutels.size === 0 && 'sleutels om tokens te controleren (JWT_JWKS_URL of JWT_SLEUTELBESTAND) of API-sleutels (API_SLEUTELBESTAND)',
      sleutels && !omgeving.JWT_UITGEVER && 'JWT_UITGEVER (de issuer die tokens moeten noemen)',
    ].filter(Boolean);
    if (ontbreekt.length > 0) throw new Configuratiefout(`Productie (NODE_ENV=production) start niet zonder ${ontbreekt.join(' en ')}. Zie README, "In productie".`);
    return {
      toegang: {
        modus: 'productie',
        jwt: sleutels && { sleutels, uitgever: omgeving.JWT_UITGEVER as string, publiek: omgeving.JWT_PUBLIEK || PUBLIEK },
        apiSleutels,
        anoniem: null,
      },
      subgraafgeheim: geheim,
      meldingen: [`productiemodus: elk verzoek heeft een token nodig (${[sleutels && 'JWT', apiSleutels.size > 0 && `${apiSleutels.size} API-sleutel(s)`].filter(Boolean).join(' en ')})`],
    };
  }
  if (!alleenLokaal(omgeving)) {
    throw new Configuratiefout(
      `HOST=${omgeving.HOST} in de ontwikkelmodus: daar krijgt iedereen zonder token analistenrechten, dus luistert de gateway alleen op 127.0.0.1. ` +
        'Zet NODE_ENV=production met sleutels (README, "In productie") om op een ander adres te luisteren.',
    );
  }
  const eigen = sleutels ? undefined : await ontwikkelsleutel(omgeving.ONTWIKKELSLEUTEL_PAD || undefined);
  return {
    toegang: {
      modus: 'ontwikkeling',
      jwt: sleutels
        ? { sleutels, uitgever: omgeving.JWT_UITGEVER || ONTWIKKELUITGEVER, publiek: omgeving.JWT_PUBLIEK || PUBLIEK }
        : { sleutels: sleutelsVan(eigen!), uitgever: ONTWIKKELUITGEVER, publiek: PUBLIEK },
      apiSleutels,
      anoniem: ANONIEME_ANALIST,
    },
    subgraafgeheim: geheim,
    meldingen: [
      '*** ONTWIKKELMODUS: verzoeken zonder token krijgen analistenrechten. Alleen op 127.0.0.1. ***',
      '*** Andere rollen proberen: npm run token -- --rol partner (of redacteur --departement BZK, beheer). ***',
      '*** Productie: NODE_ENV=production met sleutels; zie README, "In productie". ***',
    ],
  };
}

// De sleutel van de ontwikkelmodus: een ES256-sleutelpaar in var/ (niet in git), bij
// het eerste gebruik gemaakt. `npm run token` tekent ermee; de gateway aanvaardt hem
// alleen buiten productie.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import type { Rol } from '../../kern/identiteit.js';
import { projectpad } from '../../kern/projectmap.js';

export const ONTWIKKELUITGEVER = 'een-thuis-voor-iedereen/ontwikkeling';
export const PUBLIEK = 'een-thuis-voor-iedereen';
export const ONTWIKKELSLEUTEL_PAD = projectpad('var', 'ontwikkelsleutel.json');

export interface Sleutelpaar {
  prive: JWK;
  publiek: JWK;
}

export async function maakSleutelpaar(): Promise<Sleutelpaar> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `ontwikkeling-${Date.now().toString(36)}`;
  return { prive: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' }, publiek: { ...(await exportJWK(publicKey)), kid, alg: 'ES256' } };
}

/** Leest de ontwikkelsleutel, of maakt hem. Twee processen tegelijk: wie tweede is, leest die van de eerste. */
export async function ontwikkelsleutel(pad = ONTWIKKELSLEUTEL_PAD): Promise<Sleutelpaar> {
  try {
    return JSON.parse(readFileSync(pad, 'utf8')) as Sleutelpaar;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const paar = await maakSleutelpaar();
  mkdirSync(dirname(pad), { recursive: true });
  try {
    writeFileSync(pad, JSON.stringify(paar, null, 2), { flag: 'wx', mode: 0o600 });
    return paar;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return JSON.parse(readFileSync(pad, 'utf8')) as Sleutelpaar;
    throw e;
  }
}

export const sleutelsVan = (paar: Sleutelpaar) => createLocalJWKSet({ keys: [paar.publiek] });

export interface Tokenaanvraag {
  onderwerp: string;
  rollen: Rol[];
  /** Geldigheid, in de notatie van jose: "8h", "30m", "2d". */
  geldig?: string;
  uitgever?: string;
  /** De partnerapp, als claim client_id (RFC 9068), zoals een OAuth-server die zet. */
  app?: string;
}

export async function tekenToken(paar: Sleutelpaar, { onderwerp, rollen, geldig = '8h', uitgever = ONTWIKKELUITGEVER, app }: Tokenaanvraag): Promise<string> {
  return new SignJWT({ rollen, ...(app ? { client_id: app } : {}) })
    .setProtectedHeader({ alg: 'ES256', kid: paar.prive.kid })
    .setSubject(onderwerp)
    .setIssuer(uitgever)
    .setAudience(PUBLIEK)
    .setIssuedAt()
    .setExpirationTime(geldig)
    .sign(await importJWK(paar.prive, 'ES256'));
}

// Welke partnerapp een verzoek doet (issue 24): de app van een API-sleutel uit het sleutelbestand,
// of de claim client_id (anders azp) van een JWT. Zonder stapel: het sleutelbestand lezen, een
// andere app als wijziging bij het herladen, en de identiteit die identificatie() vaststelt.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { identificatie, sha256 } from '../../gateway/toegang/identificatie.js';
import { maakSleutelpaar, ONTWIKKELUITGEVER, PUBLIEK, sleutelsVan } from '../../gateway/toegang/ontwikkelsleutel.js';
import { leesApiSleutels, sleutelwijziging } from '../../gateway/toegang/sleutelbestand.js';
import { HeaderMap } from '@apollo/server';

const map = mkdtempSync(join(tmpdir(), 'partnerapp-'));
const bestand = (sleutels: unknown[]) => {
  const pad = join(map, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(pad, JSON.stringify({ sleutels }));
  return pad;
};

describe('de partnerapp van een sleutel of token', () => {
  it('het sleutelbestand: app mag weg, een ongeldige naam noemt de regel, een andere app is een wijziging', () => {
    const met = leesApiSleutels(bestand([{ naam: 'p', rollen: ['partner'], sha256: sha256('a'), app: 'gemeente-app' }, { naam: 'q', rollen: ['partner'], sha256: sha256('b') }]));
    expect(met.get(sha256('a'))).toEqual({ naam: 'p', rollen: ['partner'], app: 'gemeente-app' });
    expect(met.get(sha256('b'))).toEqual({ naam: 'q', rollen: ['partner'] });
    expect(() => leesApiSleutels(bestand([{ naam: 'p', rollen: ['partner'], sha256: sha256('a'), app: '../Gemeente' }]))).toThrow(/sleutels\.0\.app: een app heet kleine letters/);
    const ander = leesApiSleutels(bestand([{ naam: 'p', rollen: ['partner'], sha256: sha256('a'), app: 'andere-app' }, { naam: 'q', rollen: ['partner'], sha256: sha256('b') }]));
    expect(sleutelwijziging(met, ander)).toEqual({ toegevoegd: [], ingetrokken: [], gewijzigd: ['p'] });
  });

  it('identificatie: de app van de sleutel, client_id of anders azp van het token; zonder claim geen app', async () => {
    const paar = await maakSleutelpaar();
    const identificeer = identificatie({
      modus: 'productie',
      anoniem: null,
      jwt: { sleutels: sleutelsVan(paar), uitgever: ONTWIKKELUITGEVER, publiek: PUBLIEK },
      apiSleutels: new Map([[sha256('thuis_sleutel'), { naam: 'partner-p', rollen: ['partner'], app: 'gemeente-app' }]]),
    });
    const token = async (claims: Record<string, unknown>) =>
      new SignJWT({ rollen: ['partner'], ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: paar.prive.kid })
        .setSubject('s')
        .setIssuer(ONTWIKKELUITGEVER)
        .setAudience(PUBLIEK)
        .setExpirationTime('1h')
        .sign(await importJWK(paar.prive, 'ES256'));
    const wie = async (koppen: Record<string, string>) => identificeer({ headers: new HeaderMap(Object.entries(koppen)) });
    expect((await wie({ 'x-api-key': 'thuis_sleutel' })).app).toBe('gemeente-app');
    expect((await wie({ authorization: `Bearer ${await token({ client_id: 'een-app', azp: 'andere-app' })}` })).app).toBe('een-app');
    expect((await wie({ authorization: `Bearer ${await token({ azp: 'andere-app' })}` })).app).toBe('andere-app');
    expect((await wie({ authorization: `Bearer ${await token({})}` })).app).toBeUndefined();
  });
});

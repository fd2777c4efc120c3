// Welke configuratie de gateway aanvaardt (gateway/configuratie.ts): productie start niet
// zonder sleutels en geheim, de ontwikkelmodus niet op een ander adres dan 127.0.0.1, en
// een onzinnige waarde zegt wat wel mag.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesConfiguratie } from '../../gateway/configuratie.js';

const map = mkdtempSync(join(tmpdir(), 'toegang-'));
/** Zonder Redis: de configuratie zou anders de standaard-Redis op deze machine proberen. */
const toegangUitOmgeving = (omgeving: NodeJS.ProcessEnv) => leesConfiguratie({ REDIS_URL: 'uit', ...omgeving });
const GEHEIM = 'x'.repeat(40);

function sleutelbestand(inhoud: unknown): string {
  const pad = join(map, `sleutels-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(pad, JSON.stringify(inhoud));
  return pad;
}

describe('de configuratie uit de omgeving', () => {
  it('productie zonder sleutels start niet en zegt wat er ontbreekt', async () => {
    await expect(toegangUitOmgeving({ NODE_ENV: 'production', SUBGRAAF_GEHEIM: GEHEIM })).rejects.toThrow(/JWT_JWKS_URL of JWT_SLEUTELBESTAND.*API_SLEUTELBESTAND.*OIDC_ISSUER/);
  });

  it('productie zonder (lang genoeg) geheim voor de subgraphs start niet', async () => {
    const API_SLEUTELBESTAND = sleutelbestand({ sleutels: [{ naam: 'p', rollen: ['partner'], sha256: 'a'.repeat(64) }] });
    await expect(toegangUitOmgeving({ NODE_ENV: 'production', API_SLEUTELBESTAND })).rejects.toThrow(/SUBGRAAF_GEHEIM ontbreekt/);
    await expect(toegangUitOmgeving({ NODE_ENV: 'production', API_SLEUTELBESTAND, SUBGRAAF_GEHEIM: 'kort' })).rejects.toThrow(/minstens 32 tekens/);
  });

  it('productie met API-sleutels en geheim: niemand is anoniem', async () => {
    const API_SLEUTELBESTAND = sleutelbestand({ sleutels: [{ naam: 'partner-cbs', rollen: ['partner'], sha256: 'a'.repeat(64) }] });
    const config = await toegangUitOmgeving({ NODE_ENV: 'production', API_SLEUTELBESTAND, SUBGRAAF_GEHEIM: GEHEIM, HOST: '0.0.0.0' });
    expect(config.toegang.modus).toBe('productie');
    expect(config.toegang.anoniem).toBeNull();
    expect(config.toegang.apiSleutels.get('a'.repeat(64))).toEqual({ naam: 'partner-cbs', rollen: ['partner'] });
  });

  it('een API-sleutel met de rol samensteller, en het overzichtenregister: standaard, uit, of een onzinnige URL', async () => {
    const API_SLEUTELBESTAND = sleutelbestand({ sleutels: [{ naam: 'programmateam', rollen: ['samensteller'], sha256: 'b'.repeat(64) }] });
    const config = await toegangUitOmgeving({ API_SLEUTELBESTAND });
    expect(config.toegang.apiSleutels.get('b'.repeat(64))).toEqual({ naam: 'programmateam', rollen: ['samensteller'] });
    expect(config.register).toEqual({ url: 'http://localhost:4100' });
    expect(config.overzichtencontroleMs).toBe(2000);
    expect((await toegangUitOmgeving({ OVERZICHTEN_URL: 'http://overzichten:4100/', OVERZICHTEN_CONTROLE_MS: '0' })).register).toEqual({ url: 'http://overzichten:4100' });
    expect((await toegangUitOmgeving({ OVERZICHTEN_URL: 'uit' })).register).toBeNull();
    await expect(toegangUitOmgeving({ OVERZICHTEN_URL: 'overzichten:4100' })).rejects.toThrow(/OVERZICHTEN_URL is "overzichten:4100"; geef de basis-URL van het overzichtenregister/);
    await expect(toegangUitOmgeving({ OVERZICHTEN_CONTROLE_MS: 'vaak' })).rejects.toThrow(/OVERZICHTEN_CONTROLE_MS is "vaak"/);
  });

  it('productie met een JWKS maar zonder uitgever start niet', async () => {
    await expect(toegangUitOmgeving({ NODE_ENV: 'production', JWT_JWKS_URL: 'https://sleutels.example/jwks.json', SUBGRAAF_GEHEIM: GEHEIM })).rejects.toThrow(/JWT_UITGEVER/);
  });

  it('een sleutelbestand met een onbekende rol of een onleesbare hash noemt de fout', async () => {
    const pad = sleutelbestand({ sleutels: [{ naam: 'p', rollen: ['baas'], sha256: 'geen-hash' }] });
    await expect(toegangUitOmgeving({ NODE_ENV: 'production', API_SLEUTELBESTAND: pad, SUBGRAAF_GEHEIM: GEHEIM })).rejects.toThrow(
      /onbekende rol "baas".*sha256: verwacht 64 hexadecimale tekens/s,
    );
  });

  it('de ontwikkelmodus luistert alleen op 127.0.0.1 en zegt luid dat anoniem analist is', async () => {
    await expect(toegangUitOmgeving({ HOST: '0.0.0.0', ONTWIKKELSLEUTEL_PAD: join(map, 'o.json') })).rejects.toThrow(/zonder SUBGRAAF_GEHEIM/);
    await expect(toegangUitOmgeving({ HOST: '0.0.0.0', SUBGRAAF_GEHEIM: GEHEIM, ONTWIKKELSLEUTEL_PAD: join(map, 'o.json') })).rejects.toThrow(/alleen op 127.0.0.1/);
    const config = await toegangUitOmgeving({ ONTWIKKELSLEUTEL_PAD: join(map, 'o.json') });
    expect(config.toegang.anoniem?.rollen).toEqual(['analist']);
    expect(config.meldingen.join('\n')).toMatch(/ONTWIKKELMODUS/);
  });

  it('ONTWIKKELROLLEN geeft de anonieme gebruiker in de ontwikkelmodus andere rollen, en is in productie een fout', async () => {
    const pad = join(map, 'o.json');
    const config = await toegangUitOmgeving({ ONTWIKKELSLEUTEL_PAD: pad, ONTWIKKELROLLEN: 'analist, samensteller' });
    expect(config.toegang.anoniem).toMatchObject({ onderwerp: 'anoniem', rollen: ['analist', 'samensteller'], bron: 'ontwikkelmodus' });
    expect(config.meldingen.join('\n')).toContain('de rechten van analist en samensteller');
    await expect(toegangUitOmgeving({ ONTWIKKELSLEUTEL_PAD: pad, ONTWIKKELROLLEN: 'analist,baas' })).rejects.toThrow(/onbekende rol baas; .*geldig: analist, partner, beheer, samensteller/);
    await expect(toegangUitOmgeving({ ONTWIKKELSLEUTEL_PAD: pad, ONTWIKKELROLLEN: ' , ' })).rejects.toThrow(/geen rol/);
    const API_SLEUTELBESTAND = sleutelbestand({ sleutels: [{ naam: 'p', rollen: ['partner'], sha256: 'a'.repeat(64) }] });
    await expect(toegangUitOmgeving({ NODE_ENV: 'production', SUBGRAAF_GEHEIM: GEHEIM, API_SLEUTELBESTAND, ONTWIKKELROLLEN: 'samensteller' })).rejects.toThrow(/alleen in de ontwikkelmodus/);
  });

  it('KOSTENBUDGET_PER_ROL geeft een rol een eigen budget, en zegt wat er mis is met een fout', async () => {
    const pad = join(map, 'o.json');
    const config = await toegangUitOmgeving({ ONTWIKKELSLEUTEL_PAD: pad, KOSTENBUDGET_PER_ROL: '{"partner": 20000, "samensteller": 40000}' });
    expect(config.kostenbudget).toMatchObject({ perSeconde: 60_000, perRol: { partner: 20_000, samensteller: 40_000 } });
    // Een eigen budget voor een andere rol laat dat van de partner staan.
    const analist = await toegangUitOmgeving({ ONTWIKKELSLEUTEL_PAD: pad, KOSTENBUDGET_PER_ROL: '{"analist": 90000}' });
    expect(analist.kostenbudget).toMatchObject({ perRol: { partner: 20_000, analist: 90_000 } });
    await expect(toegangUitOmgeving({ ONTWIKKELSLEUTEL_PAD: pad, KOSTENBUDGET_PER_ROL: '{"baas": 1}' })).rejects.toThrow(/KOSTENBUDGET_PER_ROL.*onbekende rol "baas"/);
    await expect(toegangUitOmgeving({ ONTWIKKELSLEUTEL_PAD: pad, KOSTENBUDGET_PER_ROL: '{"partner": 0.5}' })).rejects.toThrow(/partner: 0.5 is geen geheel getal/);
    await expect(toegangUitOmgeving({ ONTWIKKELSLEUTEL_PAD: pad, KOSTENBUDGET_PER_ROL: 'partner=1' })).rejects.toThrow(/geen JSON; verwacht JSON van rol naar een geheel getal/);
  });

  it('kent een standaard voor alles, en 0 zet onderbreker, budget en zwaar werk uit', async () => {
    const standaard = await toegangUitOmgeving({ ONTWIKKELSLEUTEL_PAD: join(map, 'o.json') });
    expect(standaard).toMatchObject({ poort: 4000, modus: 'ontwikkeling', redis: null, subgraafUrls: {}, subgraaftermijnMs: 5000 });
    expect(standaard.onderbreker).toMatchObject({ pauzeMs: 5000 });
    expect(standaard.kostenbudget).toMatchObject({ perSeconde: 60_000, perRol: { partner: 20_000 } });
    expect(standaard.zwaarwerk).toMatchObject({ tegelijk: 2 });
    const uit = await toegangUitOmgeving({ ONTWIKKELSLEUTEL_PAD: join(map, 'o.json'), SUBGRAAF_PAUZE_MS: '0', KOSTENBUDGET_PER_S: '0', ZWAAR_TEGELIJK: '0', SZW_URL: 'http://szw:4004/graphql' });
    expect(uit).toMatchObject({ onderbreker: false, kostenbudget: false, zwaarwerk: false, subgraafUrls: { szw: 'http://szw:4004/graphql' } });
  });

  it('zet aanmelden (OpenID Connect) alleen aan met OIDC_ISSUER, en dan met alles wat erbij hoort', async () => {
    const ONTWIKKEL = { ONTWIKKELSLEUTEL_PAD: join(map, 'o.json') };
    const zonder = await toegangUitOmgeving(ONTWIKKEL);
    expect(zonder.aanmelden).toBeUndefined();
    const OIDC = {
      ...ONTWIKKEL,
      OIDC_ISSUER: 'https://login.example.nl/realms/thuis',
      OIDC_CLIENT_ID: 'thuis-gateway',
      OIDC_CLIENT_SECRET: 'geheim',
      OIDC_REDIRECT_URL: 'https://thuis.example.nl/aanmelden/terug',
      OIDC_ROLLEN: '{"thuis-analist": "analist", "thuis-beheer": ["beheer", "redacteur:SZW"]}',
    };
    const met = await toegangUitOmgeving(OIDC);
    expect(met.aanmelden).toEqual({
      uitgever: 'https://login.example.nl/realms/thuis',
      clientId: 'thuis-gateway',
      clientGeheim: 'geheim',
      terugUrl: 'https://thuis.example.nl/aanmelden/terug',
      scope: 'openid profile',
      rollenclaim: 'roles',
      rollen: { 'thuis-analist': ['analist'], 'thuis-beheer': ['beheer', 'redacteur:SZW'] },
      sessie: { inactiefS: 1800, maximaalS: 28800 },
    });
    const geheimbestand = join(map, 'oidc-secret');
    writeFileSync(geheimbestand, 'uit-een-bestand\n');
    const uitBestand = await toegangUitOmgeving({
      ...OIDC,
      OIDC_CLIENT_SECRET: undefined,
      OIDC_CLIENT_SECRET_BESTAND: geheimbestand,
      OIDC_ROLLENCLAIM: 'realm_access.roles',
      OIDC_SCOPE: 'openid profile roles',
      SESSIE_INACTIEF_S: '600',
      SESSIE_MAXIMAAL_S: '3600',
    });
    expect(uitBestand.aanmelden).toMatchObject({ clientGeheim: 'uit-een-bestand', rollenclaim: 'realm_access.roles', scope: 'openid profile roles', sessie: { inactiefS: 600, maximaalS: 3600 } });
    // Productie met alleen aanmelden in de browser start ook: ook dan heeft elk verzoek een bewijs nodig.
    const productie = await toegangUitOmgeving({ ...OIDC, ONTWIKKELSLEUTEL_PAD: undefined, NODE_ENV: 'production', SUBGRAAF_GEHEIM: GEHEIM, HOST: '0.0.0.0' });
    expect(productie.toegang).toMatchObject({ modus: 'productie', anoniem: null });
    expect(productie.meldingen.join('\n')).toMatch(/aanmelden in de browser/);
  });

  it('noemt bij een onvolledige of onzinnige OIDC-instelling wat er ontbreekt of mag', async () => {
    const basis = { ONTWIKKELSLEUTEL_PAD: join(map, 'o.json') };
    const OIDC = { ...basis, OIDC_ISSUER: 'https://login.example.nl', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's', OIDC_REDIRECT_URL: 'https://thuis.example.nl/aanmelden/terug', OIDC_ROLLEN: '{}' };
    await expect(toegangUitOmgeving({ ...basis, OIDC_CLIENT_ID: 'c' })).rejects.toThrow(/OIDC_CLIENT_ID zonder OIDC_ISSUER/);
    await expect(toegangUitOmgeving({ ...basis, OIDC_ISSUER: 'https://login.example.nl' })).rejects.toThrow(
      /vraagt ook OIDC_CLIENT_ID, OIDC_CLIENT_SECRET \(of OIDC_CLIENT_SECRET_BESTAND\), OIDC_REDIRECT_URL .*, OIDC_ROLLEN/,
    );
    await expect(toegangUitOmgeving({ ...OIDC, OIDC_ISSUER: 'http://login.example.nl' })).rejects.toThrow(/OIDC_ISSUER moet https gebruiken/);
    await expect(toegangUitOmgeving({ ...OIDC, OIDC_REDIRECT_URL: 'http://thuis.example.nl/aanmelden/terug' })).rejects.toThrow(/OIDC_REDIRECT_URL moet https gebruiken/);
    await expect(toegangUitOmgeving({ ...OIDC, OIDC_REDIRECT_URL: 'https://thuis.example.nl/callback' })).rejects.toThrow(/OIDC_REDIRECT_URL moet naar \/aanmelden\/terug/);
    await expect(toegangUitOmgeving({ ...OIDC, OIDC_CLIENT_SECRET_BESTAND: join(map, 'bestaat-niet') })).rejects.toThrow(/niet allebei/);
    await expect(toegangUitOmgeving({ ...OIDC, OIDC_SCOPE: 'profile' })).rejects.toThrow(/OIDC_SCOPE moet openid bevatten/);
    await expect(toegangUitOmgeving({ ...OIDC, OIDC_ROLLEN: '{"a": "baas", "b": ["analist", "redacteur:XYZ"], "c": []}' })).rejects.toThrow(
      /OIDC_ROLLEN koppelt aan een rol die niet bestaat: "a" → "baas", "b" → \["analist","redacteur:XYZ"\], "c" → \[\]; geldige rollen: analist/,
    );
    await expect(toegangUitOmgeving({ ...OIDC, OIDC_ROLLEN: 'analist' })).rejects.toThrow(/OIDC_ROLLEN is geen JSON/);
    await expect(toegangUitOmgeving({ ...OIDC, SESSIE_INACTIEF_S: '10' })).rejects.toThrow(/SESSIE_INACTIEF_S is "10"; geef een geheel aantal seconden van minstens 60/);
    // http mag op deze machine (een proef, de tests).
    const lokaal = await toegangUitOmgeving({ ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:8080', OIDC_REDIRECT_URL: 'http://localhost:4000/aanmelden/terug' });
    expect(lokaal.aanmelden?.terugUrl).toBe('http://localhost:4000/aanmelden/terug');
  });

  it('noemt bij een onzinnige waarde de variabele en wat wel mag', async () => {
    await expect(toegangUitOmgeving({ SUBGRAAF_TERMIJN_MS: '5s' })).rejects.toThrow('SUBGRAAF_TERMIJN_MS is "5s"; geef een geheel aantal milliseconden van minstens 1, bijvoorbeeld 5000');
    await expect(toegangUitOmgeving({ ZWAAR_TEGELIJK: '-1', PORT: 'vier' })).rejects.toThrow(/PORT is "vier".*ZWAAR_TEGELIJK is "-1"; geef een geheel getal van minstens 0 \(0 zet het uit\)/);
  });
});

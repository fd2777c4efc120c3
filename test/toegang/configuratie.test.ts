// Welke configuratie de gateway aanvaardt: productie start niet zonder sleutels en
// geheim, de ontwikkelmodus niet op een ander adres dan 127.0.0.1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toegangUitOmgeving } from '../../gateway/toegang/sleutels.js';

const map = mkdtempSync(join(tmpdir(), 'toegang-'));
const GEHEIM = 'x'.repeat(40);

function sleutelbestand(inhoud: unknown): string {
  const pad = join(map, `sleutels-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(pad, JSON.stringify(inhoud));
  return pad;
}

describe('toegang uit de omgeving', () => {
  it('productie zonder sleutels start niet en zegt wat er ontbreekt', async () => {
    await expect(toegangUitOmgeving({ NODE_ENV: 'production', SUBGRAAF_GEHEIM: GEHEIM })).rejects.toThrow(/JWT_JWKS_URL of JWT_SLEUTELBESTAND.*API_SLEUTELBESTAND/);
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
});

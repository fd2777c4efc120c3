// Een test die een dienst mist, slaat buiten CI over met één gemarkeerde regel (reden en
// oplossing), die de reporter test/hulp/samenvatting.ts aan het eind één keer toont; in CI
// is het een fout.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { leesOverslaanmelding, overslaanBuitenCI } from './hulp/overslaan.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('overslaan', () => {
  it('meldt buiten CI één regel die de reporter terugleest, ook als de reden zelf dubbelepunten heeft', () => {
    vi.stubEnv('CI', '');
    const regels: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((regel: string) => void regels.push(regel));
    expect(overslaanBuitenCI('Redis-tests', 'Redis niet bereikbaar op redis://127.0.0.1:6379 (connect ECONNREFUSED)', 'redis-server --daemonize yes')).toBe(false);
    expect(regels).toHaveLength(1);
    expect(leesOverslaanmelding(regels[0])).toEqual({
      tests: 'Redis-tests',
      reden: 'Redis niet bereikbaar op redis://127.0.0.1:6379 (connect ECONNREFUSED)',
      oplossing: 'redis-server --daemonize yes',
    });
    expect(leesOverslaanmelding('een gewone regel')).toBeNull();
  });

  it('is in CI een fout die zegt wat het oplost', () => {
    vi.stubEnv('CI', 'true');
    expect(() => overslaanBuitenCI('Chromium-tests', '/usr/bin/chromium ontbreekt', 'apt-get install -y chromium')).toThrow(
      'In CI moeten de Chromium-tests draaien. /usr/bin/chromium ontbreekt. Oplossing: apt-get install -y chromium (docs/testen.md)',
    );
  });
});

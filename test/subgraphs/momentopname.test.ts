// De momentopname van een subgraph: een publicatie vervangt hem in één keer, een verzoek
// dat al liep houdt de oude, en een mislukte melding aan Redis laat de nieuwe editie staan.
import { describe, expect, it } from 'vitest';
import type { Subgraaf } from '../../subgraphs/ministerie/subgraaf.js';
import { proefeditie, SZW_DATA } from '../hulp/proefeditie.js';
import { gebruikSubgraaf } from '../hulp/gebruik.js';

const codes = (s: Subgraaf) => s.momentopname.beleid('WOONWAGENBEWONERS').instrumenten.map((i) => i.code);

describe('momentopname', () => {
  const waarschuwingen: string[] = [];
  // Een Redis op een poort waar niemand luistert: elke melding mislukt.
  const szw = gebruikSubgraaf('SZW', 'sqlite', { redis: { url: 'redis://127.0.0.1:1', voorvoegsel: 'thuis-test-dicht' }, waarschuw: (t) => waarschuwingen.push(t) });

  it('vervangt de momentopname bij een publicatie; een context van daarvoor houdt de oude editie', async () => {
    const lopend = szw.context();
    await szw.importeerMap(proefeditie('PROEF_MOMENT', -1));
    expect(codes(szw)).toContain('PROEF_MOMENT');
    expect(lopend.momentopname.beleid('WOONWAGENBEWONERS').instrumenten.map((i) => i.code)).not.toContain('PROEF_MOMENT');
    await szw.importeerMap(SZW_DATA);
    expect(codes(szw)).not.toContain('PROEF_MOMENT');
  });

  it('laat de nieuwe editie gelden als Redis de melding niet aanneemt, en zegt dat', () => {
    expect(waarschuwingen.length).toBeGreaterThan(0);
    expect(waarschuwingen[0]).toContain('SZW heeft de nieuwe editie geladen, maar kon dat niet aan Redis melden');
  });

  it('herlaadt zonder wijziging niets en meldt ook niets', async () => {
    const aantal = waarschuwingen.length;
    expect(await szw.herlaad()).toBe(false);
    expect(waarschuwingen).toHaveLength(aantal);
  });
});

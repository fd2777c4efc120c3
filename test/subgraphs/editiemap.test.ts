// <MINISTERIE>_DATA_MAP laat een ministerie zijn edities uit een andere map lezen (de
// schaalbench zet er k keer zoveel edities in); zonder blijft het zijn eigen kamer.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUBGRAFEN } from '../../kern/config.js';
import { editiemap } from '../../subgraphs/ministerie/proces.js';
import { ministeries } from '../../subgraphs/ministeries.js';

describe('de map met de edities van een ministerie', () => {
  it('is subgraphs/<ministerie>/data/ zonder <MINISTERIE>_DATA_MAP', () => {
    for (const s of SUBGRAFEN) expect(editiemap(ministeries[s.departement], {})).toBe(ministeries[s.departement].data);
  });

  it('is de map uit <MINISTERIE>_DATA_MAP als die gezet is, alleen voor dat ministerie', () => {
    const omgeving = { BZK_DATA_MAP: '/tmp/schaal/bzk' };
    expect(fileURLToPath(editiemap(ministeries.BZK, omgeving))).toBe('/tmp/schaal/bzk/');
    expect(editiemap(ministeries.SZW, omgeving)).toBe(ministeries.SZW.data);
  });
});

// Elk brondocument met beleidsinhoud hoort ergens in de gegevens te staan: een document
// dat niemand citeert, is informatie die de graaf mist.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documenten } from '../../kern/vocabulaire.js';
import { editiebestanden } from '../../subgraphs/ministerie/editie/lezen.js';
import { ministeries } from '../../subgraphs/ministeries.js';

const gegevens = Object.values(ministeries)
  .flatMap((m) => editiebestanden(fileURLToPath(m.data)))
  .map((pad) => readFileSync(pad, 'utf8'))
  .join('\n');

describe('brondocumenten', () => {
  it.each(Object.keys(documenten))('%s wordt geciteerd en staat in docs/bronnen', (document) => {
    expect(gegevens).toContain(`document: ${document}`);
    expect(existsSync(new URL(`../../docs/bronnen/${document}`, import.meta.url))).toBe(true);
  });
});

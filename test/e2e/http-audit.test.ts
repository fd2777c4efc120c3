// GraphQL over HTTP: de gateway tegen de audit van graphql-http, op de hele stapel.
// De vorige meting was 55 van 61 in orde en geen enkele fout ('error'); een wijziging
// aan de HTTP-laag of de grenzen mag daar niet onder zakken. Waarschuwingen zijn
// aanbevelingen van de specificatie; ze staan in de uitvoer, zodat een nieuwe opvalt.
import { auditServer } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { gebruikStapel } from '../hulp/gebruik.js';

describe('GraphQL over HTTP (graphql-http auditServer)', () => {
  const stapel = gebruikStapel('sqlite');

  it('heeft geen fouten en minstens 55 audits in orde', async () => {
    const uitslagen = await auditServer({ url: stapel.url });
    const per = (status: string) => uitslagen.filter((u) => u.status === status);
    const fouten = per('error');
    const inOrde = per('ok').length;
    console.log(`graphql-http audit: ${inOrde} van ${uitslagen.length} in orde, ${fouten.length} fouten`);
    for (const u of [...per('warn'), ...per('notice')]) console.log(`  ${u.status}: ${u.name}`);
    expect(fouten.map((u) => `${u.name}: ${'reason' in u ? u.reason : ''}`)).toEqual([]);
    expect(inOrde).toBeGreaterThanOrEqual(55);
  });
});

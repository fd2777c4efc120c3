// De antwoordcache van een ministerie (subgraphs/ministerie/antwoordcache.ts): hetzelfde
// verzoek op dezelfde momentopname geeft dezelfde bytes zonder opnieuw uit te voeren; na
// een nieuwe momentopname het nieuwe antwoord.
import { HeaderMap } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { tekstVan, voerGraphQLUit, type HttpVerzoek } from '../../kern/http.js';
import { antwoordcache } from '../../subgraphs/ministerie/antwoordcache.js';
import { proefeditie, SZW_DATA } from '../hulp/proefeditie.js';
import { gebruikSubgraaf } from '../hulp/gebruik.js';

const QUERY = 'query($r:[_Any!]!){_entities(representations:$r){... on Analyse{szw{peildatum instrumenten{code effecten{score}}}}}}';

function verzoek(koppen: Record<string, string> = {}, query = QUERY): HttpVerzoek {
  const headers = new HeaderMap();
  for (const [naam, waarde] of Object.entries({ 'content-type': 'application/json', ...koppen })) headers.set(naam, waarde);
  const tekst = JSON.stringify({ query, variables: { r: [{ __typename: 'Analyse', id: 'ALLE_AANDACHTSGROEPEN' }] } });
  return { method: 'POST', headers, search: '', tekst, pad: '/graphql' };
}

describe('antwoordcache', () => {
  const szw = gebruikSubgraaf('SZW');

  it('geeft hetzelfde antwoord als zonder cache, en een tweede keer uit de cache', async () => {
    const verwerk = antwoordcache(szw.server, () => szw.context());
    const zonder = await voerGraphQLUit(szw.server, verzoek(), szw.context());
    const eerste = await verwerk(verzoek());
    const tweede = await verwerk(verzoek());
    const derde = await verwerk(verzoek());
    expect(tekstVan(eerste.body)).toBe(tekstVan(zonder.body));
    expect(tekstVan(tweede.body)).toBe(tekstVan(zonder.body));
    expect({ ...tweede, body: '' }).toEqual({ ...zonder, body: '' });
    // Uit de cache: hetzelfde bewaarde antwoord, niet opnieuw uitgevoerd.
    expect(derde).toBe(tweede);
    // Een andere accept-kop of een andere vraag is een ander verzoek.
    expect(await verwerk(verzoek({ accept: 'application/graphql-response+json' }))).not.toBe(tweede);
    expect(tekstVan((await verwerk(verzoek({}, QUERY.replace('peildatum ', '')))).body)).not.toContain('peildatum');
  });

  it('geeft na een nieuwe momentopname het nieuwe antwoord', async () => {
    const verwerk = antwoordcache(szw.server, () => szw.context());
    expect(tekstVan((await verwerk(verzoek())).body)).not.toContain('PROEF_CACHE');
    await szw.importeerMap(proefeditie('PROEF_CACHE', 1));
    expect(tekstVan((await verwerk(verzoek())).body)).toContain('PROEF_CACHE');
    await szw.importeerMap(SZW_DATA);
    expect(tekstVan((await verwerk(verzoek())).body)).not.toContain('PROEF_CACHE');
  });

  it('bewaart geen antwoord dat groter is dan de cache, en geen fout', async () => {
    const klein = antwoordcache(szw.server, () => szw.context(), 10);
    const eerste = await klein(verzoek());
    expect(await klein(verzoek())).not.toBe(eerste);
    const verwerk = antwoordcache(szw.server, () => szw.context());
    const fout = { ...verzoek(), tekst: '{"query": "{ bestaatNiet }"}' };
    const a = await verwerk(fout);
    expect(a.status).toBe(400);
    expect(await verwerk(fout)).not.toBe(a);
  });
});

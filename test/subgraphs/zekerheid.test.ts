// De ene regel voor de zekerheid van een record (subgraphs/ministerie/zekerheid.ts): letterlijk alleen
// met een citaat en zonder afgeleide velden. Een record zonder citaat mag een analist
// nooit als letterlijk bereiken, ook niet zolang de redactie de citaten aanvult.
import { describe, expect, it } from 'vitest';
import { GEEN_CITAAT, zekerheidVan } from '../../subgraphs/ministerie/zekerheid.js';

describe('zekerheid van een record', () => {
  it('is LETTERLIJK met een citaat en zonder afgeleid', () => {
    expect(zekerheidVan({ citaat: 'De verhuurderheffing vermindert de investeringskracht.' }, null)).toEqual({ zekerheid: 'LETTERLIJK', afgeleid: null });
  });

  it('is AFGELEID met de velden en de reden van de redactie als zij iets afleidde', () => {
    const afgeleid = { velden: ['leeftijd'], reden: 'De leeftijd staat alleen in de kop.' };
    expect(zekerheidVan({ citaat: 'Een zin.' }, afgeleid)).toEqual({ zekerheid: 'AFGELEID', afgeleid });
  });

  it('is AFGELEID zonder citaat, met "Nog geen citaat uit de bron" en zonder velden, of met die van de redactie', () => {
    expect(GEEN_CITAAT).toBe('Nog geen citaat uit de bron');
    expect(zekerheidVan({ citaat: null }, null)).toEqual({ zekerheid: 'AFGELEID', afgeleid: { velden: [], reden: GEEN_CITAAT } });
    expect(zekerheidVan({}, { velden: ['score'], reden: 'De bron zegt "kan".' })).toEqual({
      zekerheid: 'AFGELEID',
      afgeleid: { velden: ['score'], reden: 'Nog geen citaat uit de bron. De bron zegt "kan".' },
    });
  });
});

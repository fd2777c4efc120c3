// Het editieschema voor citaat, afgeleid, instrumentstatus en een maatregel zonder
// pakket (issue 21): wat mag, en wat een redacteur te horen krijgt als het niet mag.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { leesEditietekst, type GelezenEditie } from '../../subgraphs/ministerie/editie/lezen.js';
import { afleidbareVelden, beweringsoorten } from '../../subgraphs/ministerie/editie/schema.js';

const bron = { document: '003_92de307edde85196.txt', vindplaats: '3 Rode draden > Markt en overheid' };

function lees(inhoud: Record<string, unknown>): GelezenEditie | string[] {
  return leesEditietekst(stringify({ departement: 'SZW', editie: '2022-01-01', ...inhoud }), { naam: 'proef.yaml', departement: 'SZW' });
}

const instrument = (extra: Record<string, unknown> = {}) => ({
  code: 'PROEF',
  naam: 'Proef',
  soort: 'NORM',
  omschrijving: 'Proef.',
  aandachtsgroepen: ['STUDENTEN'],
  bron,
  ...extra,
});

describe('citaat en afgeleid in een editie', () => {
  it('laat een bron met citaat en een record met afgeleid toe', () => {
    const editie = lees({
      instrumenten: [
        instrument({
          bron: { ...bron, citaat: 'Een zin.' },
          effecten: [{ indicator: 'WONINGTEKORT', score: 2, gedragenDoor: ['PERSOON'], toelichting: 'T.', bron, afgeleid: { velden: ['score'], reden: 'De bron zegt alleen "kan".' } }],
        }),
      ],
    });
    expect(Array.isArray(editie) ? editie : editie.inhoud.instrumenten[0].effecten[0].afgeleid).toEqual({ velden: ['score'], reden: 'De bron zegt alleen "kan".' });
  });

  it('noemt bij een onbekend veld in afgeleid de velden die wel mogen', () => {
    const meldingen = lees({
      instrumenten: [instrument({ effecten: [{ indicator: 'WONINGTEKORT', score: 2, gedragenDoor: ['PERSOON'], toelichting: 'T.', bron, afgeleid: { velden: ['scor'], reden: 'x' } }] })],
    });
    expect(meldingen).toEqual([
      'proef.yaml: instrumenten[0] (PROEF) > effecten[0] > afgeleid > velden[0]: scor is geen veld van een effect; geldig: indicator, score, aandachtsgroepen, leeftijd, gedragenDoor, toelichting',
    ]);
  });

  it('eist in afgeleid minstens één veld en een reden', () => {
    const meldingen = lees({ verbanden: [{ code: 'V', van: 'WONINGTEKORT', naar: 'DAK_EN_THUISLOOSHEID', score: 1, aandachtsgroepen: ['STUDENTEN'], toelichting: 'T.', bron, afgeleid: { velden: [] } }] });
    expect(meldingen).toEqual([
      'proef.yaml: verbanden[0] (V) > afgeleid > velden: noem minstens één veld dat de bron niet letterlijk zegt',
      'proef.yaml: verbanden[0] (V) > afgeleid > reden: ontbreekt',
    ]);
  });

  it('geeft elke soort bewering afgeleid, met alleen velden die iets beweren', () => {
    for (const [soort, schema] of Object.entries(beweringsoorten)) {
      expect(Object.keys(schema.shape), soort).toContain('afgeleid');
      expect(afleidbareVelden(schema), soort).not.toContain('bron');
    }
    expect(afleidbareVelden(beweringsoorten.maatregel)).toEqual(expect.arrayContaining(['pakket', 'eigenaar', 'termijn', 'status', 'leeftijd']));
    expect(afleidbareVelden(beweringsoorten.instrument)).not.toContain('effecten');
  });
});

describe('status van een instrument', () => {
  it('is standaard IN_WERKING, zonder statusbron', () => {
    const editie = lees({ instrumenten: [instrument()] });
    expect(Array.isArray(editie) ? editie : editie.inhoud.instrumenten[0].status).toBe('IN_WERKING');
  });

  it('eist bij een andere status een statusbron met citaat', () => {
    expect(lees({ instrumenten: [instrument({ status: 'AFGESCHAFT' })] })).toEqual([
      'proef.yaml: instrumenten[0] (PROEF) > statusbron: verplicht bij status AFGESCHAFT: de bron met het citaat dat zegt dat het instrument afgeschaft is',
    ]);
    expect(lees({ instrumenten: [instrument({ status: 'TIJDELIJK_BUITEN_WERKING', statusbron: bron })] })).toEqual([
      'proef.yaml: instrumenten[0] (PROEF) > statusbron > citaat: ontbreekt',
    ]);
    const editie = lees({ instrumenten: [instrument({ status: 'TIJDELIJK_BUITEN_WERKING', statusbron: { ...bron, citaat: 'Een zin.' } })] });
    expect(Array.isArray(editie)).toBe(false);
  });

  it('kent alleen de waarden van enum Instrumentstatus', () => {
    expect(lees({ instrumenten: [instrument({ status: 'OPGESCHORT' })] })).toEqual([
      'proef.yaml: instrumenten[0] (PROEF) > status: ongeldige waarde "OPGESCHORT"; geldig: IN_WERKING, TIJDELIJK_BUITEN_WERKING, AFGESCHAFT',
    ]);
  });
});

describe('een maatregel zonder pakket', () => {
  it('is geldig: het rapport plaatst niet elke maatregel in een pakket', () => {
    const editie = lees({
      instrumenten: [instrument()],
      maatregelen: [{ code: 'M', naam: 'M', thema: 'T', instrumenten: ['PROEF'], eigenaar: 'SZW', status: 'AANBEVOLEN', bron }],
    });
    expect(Array.isArray(editie) ? editie : editie.inhoud.maatregelen[0].pakket).toBeUndefined();
  });
});

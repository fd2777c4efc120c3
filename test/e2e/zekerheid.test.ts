// Letterlijk of afgeleid, werkend of slapend, door de hele stapel: een SZW-editie met
// elke soort zekerheid en een afgeschaft instrument (test/hulp/proefeditie.ts) gaat via
// de database en de momentopname naar de ministerie-subgraph, via @requires naar de
// analyselaag en door de gateway naar de analist.
import { beforeAll, describe, expect, it } from 'vitest';
import { szwSubgraaf, zekerheidsproef } from '../hulp/proefeditie.js';
import { gebruikStapel } from '../hulp/gebruik.js';

interface Afleiding {
  velden: string[];
  reden: string;
}
interface P {
  instrument: { code: string };
  doel: { code: string; zekerheid: string; afgeleid: Afleiding | null };
  score: number;
  zekerheid: string;
  effecten: { score: number; zekerheid: string; afgeleid: Afleiding | null; bron: { citaat: string | null } }[];
  slapend: boolean;
  instrumentstatus: string;
  statusbron: { citaat: string } | null;
  maatregelen: { code: string }[];
}
const VELDEN = `instrument { code } doel { code zekerheid afgeleid { velden reden } } score zekerheid
  effecten { score zekerheid afgeleid { velden reden } bron { citaat } } slapend instrumentstatus statusbron { citaat } maatregelen { code }`;
/** Alleen de proef: SZW-instrumenten tegen het SZW-proefdoel. */
const PROEF = 'indicator: AANBOD_WOONWAGENSTANDPLAATSEN, instrumentDepartement: SZW, doelDepartement: SZW';

const stapel = gebruikStapel();
async function analyse<T>(selectie: string): Promise<T> {
  const r = await stapel.query<{ analyse: T }>(`{ analyse { ${selectie} } }`);
  expect(r.errors, selectie).toBeUndefined();
  return r.data!.analyse;
}
const prikkels = async (extra = '') => (await analyse<{ tegenwerkendePrikkels: P[] }>(`tegenwerkendePrikkels(${PROEF}${extra}) { ${VELDEN} }`)).tegenwerkendePrikkels;

beforeAll(async () => {
  await szwSubgraaf(stapel).importeerMap(zekerheidsproef());
}, 60_000);

describe('zekerheid en slapende prikkels door de gateway', () => {
  it('geeft elk record van een ministerie zijn zekerheid, en een record zonder citaat heet afgeleid', async () => {
    const r = await stapel.query<{ aandachtsgroep: { szw: { doelen: { code: string; zekerheid: string }[]; instrumenten: { code: string; zekerheid: string; afgeleid: Afleiding | null; effecten: { zekerheid: string; afgeleid: Afleiding | null }[] }[] } } }>(
      '{ aandachtsgroep(code: WOONWAGENBEWONERS) { szw { doelen { code zekerheid } instrumenten { code zekerheid afgeleid { velden reden } effecten { zekerheid afgeleid { velden reden } } } } } }',
    );
    expect(r.errors).toBeUndefined();
    const { doelen, instrumenten } = r.data!.aandachtsgroep.szw;
    expect(doelen.find((d) => d.code === 'PROEF_DOEL')?.zekerheid).toBe('LETTERLIJK');
    const instrument = (code: string) => instrumenten.find((i) => i.code === code)!;
    expect(instrument('PROEF_LETTERLIJK')).toMatchObject({ zekerheid: 'LETTERLIJK', afgeleid: null, effecten: [{ zekerheid: 'LETTERLIJK', afgeleid: null }] });
    expect(instrument('PROEF_AFGELEID').effecten[0]).toEqual({ zekerheid: 'AFGELEID', afgeleid: { velden: ['score'], reden: 'De bron zegt alleen dat het kan.' } });
    expect(instrument('PROEF_ZONDER_CITAAT').effecten[0]).toEqual({ zekerheid: 'AFGELEID', afgeleid: { velden: [], reden: 'Nog geen citaat uit de bron' } });
  });

  it('maakt een prikkel alleen letterlijk als effect en doel het zijn, en laat met alleenLetterlijk alleen die over', async () => {
    const alle = await prikkels();
    const per = new Map(alle.map((p) => [p.instrument.code, p]));
    expect([...per.keys()].sort()).toEqual(['PROEF_AFGELEID', 'PROEF_LETTERLIJK', 'PROEF_ZONDER_CITAAT']);
    expect(per.get('PROEF_LETTERLIJK')).toMatchObject({ zekerheid: 'LETTERLIJK', doel: { zekerheid: 'LETTERLIJK' }, effecten: [{ zekerheid: 'LETTERLIJK', bron: { citaat: 'Verzonnen citaat voor een proef.' } }] });
    expect(per.get('PROEF_AFGELEID')).toMatchObject({ zekerheid: 'AFGELEID', effecten: [{ afgeleid: { reden: 'De bron zegt alleen dat het kan.' } }] });
    expect(per.get('PROEF_ZONDER_CITAAT')?.zekerheid).toBe('AFGELEID');

    expect((await prikkels(', alleenLetterlijk: true')).map((p) => p.instrument.code)).toEqual(['PROEF_LETTERLIJK']);
    const telling = await analyse<{ alles: { totaal: number }; letterlijk: { totaal: number }; matrix: { aantal: number }[] }>(
      `alles: prikkeltelling(${PROEF}) { totaal } letterlijk: prikkeltelling(${PROEF}, alleenLetterlijk: true) { totaal } matrix: prikkelmatrix(${PROEF}, alleenLetterlijk: true) { aantal }`,
    );
    expect(telling).toEqual({ alles: { totaal: 3 }, letterlijk: { totaal: 1 }, matrix: [{ aantal: 1 }] });
  });

  it('houdt de prikkel van een afgeschaft instrument buiten de gewone lijst en geeft hem apart, naast de maatregel die hem voorgoed wegneemt', async () => {
    expect((await prikkels()).some((p) => p.slapend || p.instrument.code === 'PROEF_SLAPEND')).toBe(false);
    const slapend = await prikkels(', slapend: true');
    expect(slapend).toHaveLength(1);
    expect(slapend[0]).toMatchObject({
      instrument: { code: 'PROEF_SLAPEND' },
      slapend: true,
      instrumentstatus: 'AFGESCHAFT',
      statusbron: { citaat: 'Verzonnen citaat dat zegt dat het proefinstrument is afgeschaft.' },
      maatregelen: [{ code: 'PROEF_SLAPEND_DEFINITIEF' }],
    });
    expect((await prikkels(', slapend: null')).map((p) => p.instrument.code)).toContain('PROEF_SLAPEND');

    const r = await analyse<{ maatregelen: { maatregel: { code: string } }[]; gewoon: { maatregel: { code: string } }[]; watAls: { opgelost: { instrument: { code: string } }[] } }>(
      `maatregelen(slapend: true) { maatregel { code } } gewoon: maatregelen { maatregel { code } }
       watAls(maatregelen: ["PROEF_SLAPEND_DEFINITIEF"], slapend: true) { opgelost { instrument { code } } }`,
    );
    expect(r.maatregelen.map((m) => m.maatregel.code)).toContain('PROEF_SLAPEND_DEFINITIEF');
    expect(r.gewoon.map((m) => m.maatregel.code)).not.toContain('PROEF_SLAPEND_DEFINITIEF');
    // Tegen het proefdoel en tegen het doel van BZK op dezelfde indicator: allebei opgelost.
    expect([...new Set(r.watAls.opgelost.map((p) => p.instrument.code))]).toEqual(['PROEF_SLAPEND']);
  });
});

// De regels van het register en de indirecte prikkels, los van de graaf: hoe een
// termijn uitkomt, hoe het register sorteert en filtert, wie welke lasten draagt,
// welke indicator niemand volgt, en wanneer een keten van twee stappen tegenwerkt.
import { describe, expect, it } from 'vitest';
import { telOp } from '../../subgraphs/ministerie/termijn.js';
import { indirectePrikkels } from '../../subgraphs/analyse/indirect.js';
import type { AandachtsgroepCode, Indicator, Partij } from '../../subgraphs/analyse/generated/beleid.js';
import type { Registerbeleid, Toezegging } from '../../subgraphs/analyse/model.js';
import { lasten, monitoring, OngeldigFilter, toezeggingen } from '../../subgraphs/analyse/register.js';
import { DEPARTEMENTEN } from '../../kern/config.js';

const bron = { document: '003_92de307edde85196.txt', titel: 'Rapport', vindplaats: 'X', citaat: 'Citaat.' };
/** Standaard letterlijk; een test die het afgeleide nodig heeft, zegt het. */
const letterlijk = { zekerheid: 'LETTERLIJK' as const, afgeleid: null };
const inWerking = { status: 'IN_WERKING' as const, statusbron: null };
const g = (...codes: AandachtsgroepCode[]) => codes.map((code) => ({ code }));

function beleid(departement: Registerbeleid['departement'], extra: Partial<Registerbeleid> = {}): Registerbeleid {
  return { departement, doelen: [], instrumenten: [], maatregelen: [], monitoring: [], verbanden: [], cijferreeksen: [], ...extra };
}
function toezegging(code: string, eigenaar: string, extra: Partial<Toezegging> = {}): Toezegging {
  const departement = (DEPARTEMENTEN as readonly string[]).includes(eigenaar) ? (eigenaar as Registerbeleid['departement']) : null;
  return {
    code, naam: code, departement: 'BZK', pakket: 'SPOEDPAKKET', thema: 't', indicatoren: [], instrumenten: [],
    eigenaar: { code: eigenaar, departement, partij: departement ? null : (eigenaar as Partij) },
    status: 'AANBEVOLEN', termijn: null, streefwaarde: null, budget: null, leeftijd: null, bron, ...letterlijk, ...extra,
  };
}
const termijn = (uiterlijk: string) => ({ tekst: uiterlijk, uiterlijk, binnen: null, vanaf: null });
const effect = (indicator: Indicator, score: number, groepen: AandachtsgroepCode[], gedragenDoor: Partij[] = ['GEMEENTEN']) => ({
  indicator, score, richting: score > 0 ? ('TOENAME' as const) : ('AFNAME' as const), aandachtsgroepen: g(...groepen), leeftijd: null, gedragenDoor, toelichting: 'Effect.', bron, ...letterlijk,
});
const doel = (code: string, indicator: Indicator, richting: 'TOENAME' | 'AFNAME', groepen: AandachtsgroepCode[]) => ({
  code, naam: code.toLowerCase(), indicator, richting, uitspraak: 'BELEIDSDOEL' as const, aandachtsgroepen: g(...groepen), leeftijd: null, bron, ...letterlijk,
});
const verband = (van: Indicator, naar: Indicator, score: number, groepen: AandachtsgroepCode[]) => ({
  code: `${van}_${naar}`, departement: 'BZK' as const, van, naar, score, aandachtsgroepen: g(...groepen), toelichting: 'Verband.', bron, ...letterlijk,
});

describe('termijnen', () => {
  it('tellen een duur op bij het vertrekpunt, met diens precisie', () => {
    expect(telOp('2020-09', 'P2Y')).toBe('2022-09');
    expect(telOp('2021-07-08', 'P5Y')).toBe('2026-07-08');
    expect(telOp('2021', 'P2Y')).toBe('2023');
    // Een half jaar vanaf "2021" eindigt ergens in 2022: naar boven, niet een verzonnen maand.
    expect(telOp('2021', 'P6M')).toBe('2022');
    expect(telOp('2021-08-31', 'P6M')).toBe('2022-02-28');
    expect(() => telOp('2021', 'twee jaar')).toThrow(/niet te berekenen/);
  });
});

describe('het toezeggingenregister', () => {
  const b = [
    beleid('BZK', {
      maatregelen: [
        toezegging('ZONDER_TERMIJN', 'BZK'),
        toezegging('LAAT', 'GEMEENTEN', { termijn: termijn('2026') }),
        toezegging('VROEG', 'BZK', { termijn: termijn('2022-09') }),
        toezegging('KLAAR', 'BZK', { termijn: termijn('2021'), status: 'UITGEVOERD' }),
      ],
    }),
    beleid('SZW', { maatregelen: [toezegging('OOK_VROEG', 'SZW', { departement: 'SZW', termijn: termijn('2022-09-01') })] }),
  ];

  it('zet de vroegste uiterste datum voorop, zonder termijn achteraan, en laat afgeronde weg', () => {
    expect(toezeggingen(b).map((t) => t.code)).toEqual(['VROEG', 'OOK_VROEG', 'LAAT', 'ZONDER_TERMIJN']);
    expect(toezeggingen(b, { ookAfgerond: true }).map((t) => t.code)).toEqual(['KLAAR', 'VROEG', 'OOK_VROEG', 'LAAT', 'ZONDER_TERMIJN']);
  });

  it('filtert op eigenaar en uiterste datum, en noemt bij een onbekende eigenaar wat wel kan', () => {
    expect(toezeggingen(b, { eigenaar: 'GEMEENTEN' }).map((t) => t.code)).toEqual(['LAAT']);
    expect(toezeggingen(b, { uiterlijk: '2025' }).map((t) => t.code)).toEqual(['VROEG', 'OOK_VROEG']);
    // Een grens van een jaar telt tot het eind van dat jaar, een maand tot het eind van die maand.
    expect(toezeggingen(b, { uiterlijk: '2022' }).map((t) => t.code)).toEqual(['VROEG', 'OOK_VROEG']);
    expect(toezeggingen(b, { uiterlijk: '2022-08' }).map((t) => t.code)).toEqual([]);
    expect(() => toezeggingen(b, { eigenaar: 'gemeente' })).toThrow(OngeldigFilter);
    expect(() => toezeggingen(b, { eigenaar: 'gemeente' })).toThrow(/GEMEENTEN/);
    expect(() => toezeggingen(b, { uiterlijk: 'gisteren' })).toThrow(/geen peildatum.*"2025-07"/);
  });
});

describe('lasten', () => {
  const szw = beleid('SZW', {
    instrumenten: [
      { code: 'KDN', naam: 'Kostendelersnorm', ...inWerking, effecten: [effect('WONINGDELEN', -2, ['OUDEREN'], ['PERSOON']), effect('LASTEN_GEMEENTEN_SOCIAAL_DOMEIN', 2, ['OUDEREN'])] },
      { code: 'ALLEEN_PERSOON', naam: 'x', ...inWerking, effecten: [effect('WONINGDELEN', -1, ['OUDEREN'], ['PERSOON'])] },
    ],
  });
  const eis = { code: 'KDN_WEG', partij: 'G40' as const, omschrijving: 'Schaf af.', instrumenten: [{ departement: 'SZW' as const, code: 'KDN' }, { departement: 'BZK' as const, code: 'VERHUURDERHEFFING' }], bedrag: null, peildatum: '2021', bron, ...letterlijk };

  it('geeft per instrument alleen de effecten bij de gekozen partijen, met de eisen die het noemen', () => {
    const l = lasten([szw], [eis], ['GEMEENTEN', 'CENTRUMGEMEENTEN']);
    expect(l.map((x) => `${x.instrument.departement}:${x.instrument.code}`)).toEqual(['SZW:KDN', 'BZK:VERHUURDERHEFFING']);
    expect(l[0].dragers).toEqual(['GEMEENTEN']);
    expect(l[0].effecten.map((e) => e.indicator)).toEqual(['LASTEN_GEMEENTEN_SOCIAAL_DOMEIN']);
    expect(l[0].eisen.map((e) => e.code)).toEqual(['KDN_WEG']);
    // Een instrument dat alleen in een eis staat en dat dit beleid niet kent, blijft zichtbaar met zijn code.
    expect(l[1]).toMatchObject({ instrument: { naam: 'VERHUURDERHEFFING' }, effecten: [], eisen: [{ code: 'KDN_WEG' }] });
  });
});

describe('monitoring per indicator', () => {
  it('noemt precies de indicatoren waarvoor geen enkel advies bestaat', () => {
    const advies = { code: 'TEL_DAKLOZEN', omschrijving: 'Tel.', departement: 'VWS' as const, eigenaar: null, status: 'AANBEVOLEN' as const, indicatoren: ['DAK_EN_THUISLOOSHEID' as const], aandachtsgroepen: g('DAK_EN_THUISLOZEN'), bron, ...letterlijk };
    const zonder = monitoring([beleid('VWS', { monitoring: [advies] })], true).map((d) => d.indicator);
    expect(zonder).not.toContain('DAK_EN_THUISLOOSHEID');
    expect(zonder).toContain('WONINGDELEN');
    expect(monitoring([beleid('VWS', { monitoring: [advies] })]).find((d) => d.indicator === 'DAK_EN_THUISLOOSHEID')?.adviezen).toEqual([advies]);
  });
});

describe('indirecte prikkels', () => {
  const groepen = ['OUDEREN', 'STUDENTEN', 'DAK_EN_THUISLOZEN'];
  const szw = (score: number) => beleid('SZW', { instrumenten: [{ code: 'KDN', naam: 'Kostendelersnorm', ...inWerking, effecten: [effect('WONINGDELEN', score, ['OUDEREN', 'STUDENTEN'])] }] });
  const vws = beleid('VWS', { doelen: [doel('MINDER_DAKLOOS', 'DAK_EN_THUISLOOSHEID', 'AFNAME', ['OUDEREN', 'DAK_EN_THUISLOZEN'])] });

  it('ontstaan als instrument, verband en doel samen tegen de richting van het doel in werken, met de zwakste stap als score', () => {
    // Minder woningdelen (-2) geeft meer dakloosheid (delen voorkomt dakloosheid: -3): samen omhoog, tegen een afname in.
    const bzk = beleid('BZK', { verbanden: [verband('WONINGDELEN', 'DAK_EN_THUISLOOSHEID', -3, ['OUDEREN'])] });
    const p = indirectePrikkels([bzk, szw(-2), vws], groepen);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ instrument: { code: 'KDN' }, doel: { code: 'MINDER_DAKLOOS' }, via: 'WONINGDELEN', indicator: 'DAK_EN_THUISLOOSHEID', score: -2, kruistDepartementen: true });
    expect(p[0].aandachtsgroepen).toEqual(g('OUDEREN'));
    expect(p[0].stappen.map((s) => `${s.van}>${s.naar}:${s.score}`)).toEqual(['SZW:KDN>WONINGDELEN:-2', 'WONINGDELEN>DAK_EN_THUISLOOSHEID:-3']);
  });

  it('ontstaan niet als de keten de kant van het doel op werkt of de groepen elkaar niet raken', () => {
    const bzk = beleid('BZK', { verbanden: [verband('WONINGDELEN', 'DAK_EN_THUISLOOSHEID', -3, ['OUDEREN'])] });
    expect(indirectePrikkels([bzk, szw(2), vws], groepen)).toEqual([]);
    const anderegroep = beleid('BZK', { verbanden: [verband('WONINGDELEN', 'DAK_EN_THUISLOOSHEID', -3, ['STUDENTEN'])] });
    expect(indirectePrikkels([anderegroep, szw(-2), vws], groepen)).toEqual([]);
  });

  it('zijn alleen letterlijk als effect, verband en doel het zijn; met alleenLetterlijk telt een afgeleid verband niet mee', () => {
    const afgeleidVerband = { ...verband('WONINGDELEN', 'DAK_EN_THUISLOOSHEID', -3, ['OUDEREN']), zekerheid: 'AFGELEID' as const, afgeleid: { velden: ['score'], reden: 'Afgeleid.' } };
    const letterlijkeKeten = indirectePrikkels([beleid('BZK', { verbanden: [verband('WONINGDELEN', 'DAK_EN_THUISLOOSHEID', -3, ['OUDEREN'])] }), szw(-2), vws], groepen);
    expect(letterlijkeKeten[0].zekerheid).toBe('LETTERLIJK');
    const metAfgeleid = [beleid('BZK', { verbanden: [afgeleidVerband] }), szw(-2), vws];
    const [p] = indirectePrikkels(metAfgeleid, groepen);
    expect(p.zekerheid).toBe('AFGELEID');
    expect(p.stappen.map((s) => s.zekerheid)).toEqual(['LETTERLIJK', 'AFGELEID']);
    expect(p.doel.zekerheid).toBe('LETTERLIJK');
    expect(indirectePrikkels(metAfgeleid, groepen, { alleenLetterlijk: true })).toEqual([]);
  });

  it('staan apart als het instrument aan het begin slapend is', () => {
    const bzk = beleid('BZK', { verbanden: [verband('WONINGDELEN', 'DAK_EN_THUISLOOSHEID', -3, ['OUDEREN'])] });
    const statusbron = { ...bron, citaat: 'De regeling is afgeschaft.' };
    const afgeschaft = beleid('SZW', { instrumenten: [{ ...szw(-2).instrumenten[0], status: 'AFGESCHAFT', statusbron }] });
    expect(indirectePrikkels([bzk, afgeschaft, vws], groepen)).toEqual([]);
    const [p] = indirectePrikkels([bzk, afgeschaft, vws], groepen, { slapend: true });
    expect(p).toMatchObject({ instrument: { code: 'KDN' }, slapend: true, instrumentstatus: 'AFGESCHAFT', statusbron });
    expect(indirectePrikkels([bzk, szw(-2), afgeschaft, vws], groepen, { slapend: null })).toHaveLength(1);
  });
});

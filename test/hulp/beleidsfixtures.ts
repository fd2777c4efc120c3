// Kleine stukken beleid in de vorm die de analyselaag via @requires krijgt, voor de tests
// van haar regels zonder graaf. Alles is standaard letterlijk en in werking; een test die
// iets afgeleids of slapends nodig heeft, zegt het zelf.
import type { AandachtsgroepCode, Indicator } from '../../subgraphs/analyse/generated/beleid.js';
import { MINISTERIEVELDEN, type AandachtsgroepMetBeleid, type Beleid, type Effect, type Instrument } from '../../subgraphs/analyse/model.js';

export const bron = { document: '003_92de307edde85196.txt', titel: 'Rapport', vindplaats: 'X', citaat: 'Citaat.' };
/** Standaard letterlijk; een test die het afgeleide nodig heeft, zegt het. */
export const letterlijk = { zekerheid: 'LETTERLIJK' as const, afgeleid: null };
export const afgeleid = (velden: string[], reden = 'Afgeleid door de redactie.') => ({ zekerheid: 'AFGELEID' as const, afgeleid: { velden, reden } });
export const g = (...codes: AandachtsgroepCode[]) => codes.map((code) => ({ code }));

export function effect(indicator: Indicator, score: number, groepen: AandachtsgroepCode[], extra: Partial<Effect> = {}): Effect {
  return { indicator, score, aandachtsgroepen: g(...groepen), leeftijd: null, gedragenDoor: ['GEMEENTEN'], toelichting: 'Mechanisme.', bron, ...letterlijk, ...extra };
}
export function instrument(code: string, effecten: Effect[], extra: Partial<Instrument> = {}): Instrument {
  return { code, naam: code.toLowerCase(), aandachtsgroepen: g('OUDEREN', 'STUDENTEN'), status: 'IN_WERKING', statusbron: null, effecten, leeftijdsgrenzen: [], maatregelen: [], ...extra };
}
export function groep(code: AandachtsgroepCode, beleid: Partial<Record<(typeof MINISTERIEVELDEN)[number], Partial<Beleid>>>): AandachtsgroepMetBeleid {
  return Object.fromEntries([
    ['code', code],
    ...MINISTERIEVELDEN.map((v) => [v, { departement: v.toUpperCase(), doelen: [], instrumenten: [], ...beleid[v] }]),
  ]) as AandachtsgroepMetBeleid;
}
export const doel = (code: string, indicator: Indicator, richting: 'TOENAME' | 'AFNAME', groepen: AandachtsgroepCode[], leeftijd = null as { van: number | null; tot: number | null } | null) => ({
  code, naam: code.toLowerCase(), indicator, richting, uitspraak: 'BELEIDSDOEL' as const, aandachtsgroepen: g(...groepen), leeftijd, bron, ...letterlijk,
});

export const maatregel = (code: string, indicatoren: Indicator[], leeftijd: { van: number | null; tot: number | null } | null = null) => ({
  code, naam: code, departement: 'SZW' as const, pakket: 'SPOEDPAKKET' as const, thema: 't', indicatoren, instrumenten: ['KDN'], leeftijd,
  eigenaar: { code: 'SZW', departement: 'SZW' as const, partij: null }, status: 'AANBEVOLEN' as const, termijn: null, streefwaarde: null, budget: null, bron, ...letterlijk,
});


// Leeftijden volledig waar de bronnen ze geven: een aandachtsgroep, doel, instrument, effect of maatregel waarvan de
// eigen tekst een leeftijd noemt ("18- tot 23-jarigen", "jonger dan 23", "tot 21 jaar",
// "in het jaar waarin zij 21 worden") heeft een leeftijd (een effect mag die van zijn
// instrument erven) die met die tekst overlapt. Zegt de tekst dat de bron geen
// leeftijdsgrens geeft, dan blijft de leeftijd leeg: niets verzinnen.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editiebestanden } from '../../subgraphs/ministerie/editie/lezen.js';
import { ministeries } from '../../subgraphs/ministeries.js';

interface Bereik {
  van: number | null;
  tot: number | null;
}

/** Leeftijdsuitdrukkingen in de schrijfwijzen van de bronnen, elk met het bereik dat ze noemen. */
const UITDRUKKINGEN: [RegExp, (m: RegExpExecArray) => Bereik][] = [
  [/\b(\d{2})[- ]*(?:tot|t\/m)[- ]*(\d{2})[- ]?jarig/g, (m) => ({ van: +m[1], tot: +m[2] - (m[0].includes('t/m') ? 0 : 1) })],
  [/\b(\d{2}) (?:t\/m|tot en met) (\d{2}) jaar/g, (m) => ({ van: +m[1], tot: +m[2] })],
  [/\btussen (?:de )?(\d{2}) en (\d{2}) jaar/g, (m) => ({ van: +m[1], tot: +m[2] - 1 })],
  [/\b(\d{2})-(\d{2}) jaar/g, (m) => ({ van: +m[1], tot: +m[2] })],
  [/\bjonger (?:is |zijn )?dan (\d{2})\b/g, (m) => ({ van: null, tot: +m[1] - 1 })],
  [/\b(?:tot|onder de) (\d{2}) jaar/g, (m) => ({ van: null, tot: +m[1] - 1 })],
  [/\b(\d{2}) jaar (?:en|of) ouder/g, (m) => ({ van: +m[1], tot: null })],
  [/\b(?:boven de|vanaf(?: hun)?) (\d{2})(?:e\b| jaar)/g, (m) => ({ van: +m[1], tot: null })],
  [/\bwaarin (?:zij|ze) (\d{2}) (?:jaar )?worden/g, (m) => ({ van: +m[1], tot: +m[1] })],
];

export function genoemdeLeeftijden(tekst: string): Bereik[] {
  const uit: Bereik[] = [];
  for (const [patroon, bereik] of UITDRUKKINGEN) for (const m of tekst.matchAll(patroon)) uit.push(bereik(m as RegExpExecArray));
  return uit;
}

const overlapt = (a: Bereik, b: Bereik) => (a.van ?? 0) <= (b.tot ?? 200) && (b.van ?? 0) <= (a.tot ?? 200);
/** De bron zegt zelf dat zij geen leeftijd geeft; dan is een lege leeftijd juist. */
const zegtGeenLeeftijd = (tekst: string) => /geen leeftijd/i.test(tekst);

interface Record_ {
  waar: string;
  tekst: string;
  /** De leeftijden die het record draagt; bij een instrument ook die van zijn effecten, want de omschrijving noemt soms de leeftijd van één effect. */
  leeftijden: Bereik[];
}

/** Maatregelen waarvan de naam een leeftijd noemt die geen groep afbakent; met de reden. */
const GEEN_GROEPSLEEFTIJD: Record<string, string> = {
  LEEFTIJDSCATEGORIEEN_HARMONISEREN: 'noemt de nieuwe grens (volwassen vanaf 21 jaar), niet voor wie de maatregel geldt: hij geldt voor iedereen',
};

const leeftijd = (l: { van?: number; tot?: number } | undefined | null): Bereik | null => (l ? { van: l.van ?? null, tot: l.tot ?? null } : null);

function records(): Record_[] {
  const uit: Record_[] = [];
  for (const m of Object.values(ministeries)) {
    for (const pad of editiebestanden(fileURLToPath(m.data))) {
      const editie = parse(readFileSync(pad, 'utf8'));
      const bestand = pad.split('/subgraphs/')[1];
      const gezet = (...l: (Bereik | null)[]) => l.filter((x): x is Bereik => x !== null);
      for (const g of editie.aandachtsgroepen ?? []) uit.push({ waar: `${bestand}: aandachtsgroep ${g.code}`, tekst: g.omschrijving, leeftijden: gezet(leeftijd(g.leeftijd)) });
      for (const d of editie.doelen ?? []) uit.push({ waar: `${bestand}: doel ${d.code}`, tekst: `${d.naam} ${d.omschrijving ?? ''}`, leeftijden: gezet(leeftijd(d.leeftijd)) });
      for (const m of editie.maatregelen ?? []) {
        if (m.code in GEEN_GROEPSLEEFTIJD) continue;
        uit.push({ waar: `${bestand}: maatregel ${m.code}`, tekst: m.naam, leeftijden: gezet(leeftijd(m.leeftijd)) });
      }
      for (const i of editie.instrumenten ?? []) {
        const effecten: { indicator: string; toelichting?: string; leeftijd?: Bereik }[] = i.effecten ?? [];
        const effectleeftijden = effecten.map((e) => leeftijd(e.leeftijd ?? i.leeftijd));
        uit.push({ waar: `${bestand}: instrument ${i.code}`, tekst: `${i.naam} ${i.omschrijving ?? ''}`, leeftijden: gezet(leeftijd(i.leeftijd), ...effectleeftijden) });
        effecten.forEach((e, n) => uit.push({ waar: `${bestand}: effect ${i.code}/${e.indicator}`, tekst: e.toelichting ?? '', leeftijden: gezet(effectleeftijden[n]) }));
      }
    }
  }
  return uit;
}

describe('leeftijden in de gegevens', () => {
  const alle = records();

  it('heeft een leeftijd bij elk doel, instrument en effect waarvan de tekst er een noemt, overlappend met die tekst', () => {
    const fout = alle
      .filter((r) => !zegtGeenLeeftijd(r.tekst))
      .flatMap((r) => {
        const genoemd = genoemdeLeeftijden(r.tekst);
        if (genoemd.length === 0) return [];
        if (r.leeftijden.length === 0) return [`${r.waar}: noemt ${JSON.stringify(genoemd)}, maar heeft geen leeftijd`];
        return genoemd.some((g) => r.leeftijden.some((l) => overlapt(g, l))) ? [] : [`${r.waar}: leeftijd ${JSON.stringify(r.leeftijden)} overlapt niet met ${JSON.stringify(genoemd)}`];
      });
    expect(fout).toEqual([]);
    // De controle ziet echt leeftijden: zonder treffers zou de eerste bewering niets zeggen.
    expect(alle.filter((r) => genoemdeLeeftijden(r.tekst).length > 0).length).toBeGreaterThan(8);
  });

  it('geeft de dakloosheid door de kostendelersnorm de leeftijd uit de passages over 21 jaar en de groep tot 23 jaar', () => {
    const effect = alle.find((r) => r.waar.endsWith('effect KOSTENDELERSNORM/DAK_EN_THUISLOOSHEID'));
    expect(effect?.leeftijden).toEqual([{ van: 21, tot: 22 }]);
  });

  it('leest de schrijfwijzen van de bronnen', () => {
    expect(genoemdeLeeftijden('kwetsbare 18- tot 23-jarigen')).toEqual([{ van: 18, tot: 22 }]);
    expect(genoemdeLeeftijden('jongeren van 18 t/m 20 jaar')).toEqual([{ van: 18, tot: 20 }]);
    expect(genoemdeLeeftijden('Wie jonger is dan 23 krijgt')).toEqual([{ van: null, tot: 22 }]);
    expect(genoemdeLeeftijden('huishoudens van 75 jaar en ouder')).toEqual([{ van: 75, tot: null }]);
    expect(genoemdeLeeftijden('in het jaar waarin zij 21 worden')).toEqual([{ van: 21, tot: 21 }]);
    expect(genoemdeLeeftijden('het Actieplan 2018-2021')).toEqual([]);
  });
});

// Tegenwerkende prikkels in twee stappen. Een instrument duwt indicator A (een effect,
// met bron), een bron zegt dat A indicator B duwt (een verband), en een doel wil B de
// andere kant op. Dezelfde regel als bij de directe prikkels (prikkels.ts), één schakel
// langer; geen lijst van conflicten. De keten is zo sterk als haar zwakste stap, en
// elke stap houdt zijn eigen bron, zodat een lezer beide passages kan nalezen.
import { indicatorlabel } from '../../kern/vocabulaire.js';
import type { Indicator, Zekerheid } from './generated/beleid.js';
import type { Leeftijd, Registerbeleid } from './model.js';
import { doelverwijzing, doorsnede, effectstap, partijnamen, werkingVan, type Doelverwijzing, type Ketenstap, type Verwijzing, type Werking } from './prikkels.js';
import { isLetterlijk, voldoetAanSlapend, zekerheidVanDelen } from './zekerheid.js';

export interface IndirectePrikkel extends Werking {
  instrument: Verwijzing;
  doel: Doelverwijzing;
  via: Indicator;
  indicator: Indicator;
  score: number;
  aandachtsgroepen: { code: string }[];
  kruistDepartementen: boolean;
  stappen: Ketenstap[];
  toelichting: string;
  /** LETTERLIJK als elke keten die hier samenkomt (effect, verband en doel) LETTERLIJK is. */
  zekerheid: Zekerheid;
}

export interface Ketenfilter {
  departement?: string | null;
  aandachtsgroep?: string | null;
  uitspraak?: readonly string[] | null;
  /** Alleen letterlijke effecten, verbanden en doelen: een keuze vooraf, zoals bij de directe prikkels. */
  alleenLetterlijk?: boolean | null;
  /** false of weggelaten: alleen ketens van instrumenten in werking; true: alleen de slapende; null: allebei. */
  slapend?: boolean | null;
}

const codes = (lijst: { code: string }[]) => new Set(lijst.map((g) => g.code));
const gedeeld = (...sets: Set<string>[]) => [...sets[0]].filter((c) => sets.every((s) => s.has(c)));
const richtingwoord = (score: number) => (score > 0 ? 'omhoog' : 'omlaag');

function leeftijdstekst(l: Leeftijd | null): string {
  if (!l) return '';
  if (l.van !== null && l.tot !== null) return ` (${l.van} tot en met ${l.tot} jaar)`;
  return l.van !== null ? ` (vanaf ${l.van} jaar)` : ` (tot en met ${l.tot} jaar)`;
}

/** Een verband als tweede stap, met zijn eigen bron en zekerheid. */
const verbandstap = (v: Registerbeleid['verbanden'][number]): Ketenstap => ({
  van: v.van,
  naar: v.naar,
  score: v.score,
  toelichting: v.toelichting,
  bron: v.bron,
  zekerheid: v.zekerheid,
  afgeleid: v.afgeleid,
});

export function indirectePrikkels(beleid: Registerbeleid[], groepsvolgorde: string[], filter: Ketenfilter = {}): IndirectePrikkel[] {
  const telt = (b: { zekerheid: Zekerheid }) => !filter.alleenLetterlijk || isLetterlijk(b);
  const verbanden = beleid.flatMap((b) => b.verbanden.filter(telt));
  const doelen = beleid.flatMap((b) => b.doelen.filter(telt).map((d) => ({ ...d, departement: b.departement })));
  const perSleutel = new Map<string, IndirectePrikkel>();
  for (const b of beleid) {
    for (const instrument of b.instrumenten) {
      for (const effect of instrument.effecten.filter(telt)) {
        for (const verband of verbanden.filter((v) => v.van === effect.indicator)) {
          // Twee keer omlaag is omhoog: het teken van de keten is het product van de stappen.
          const ketenOmhoog = effect.score > 0 === verband.score > 0;
          for (const doel of doelen.filter((d) => d.indicator === verband.naar)) {
            if (ketenOmhoog === (doel.richting === 'TOENAME')) continue;
            const groepen = gedeeld(codes(effect.aandachtsgroepen), codes(verband.aandachtsgroepen), codes(doel.aandachtsgroepen));
            if (groepen.length === 0) continue;
            const leeftijd = doorsnede(effect.leeftijd, doel.leeftijd);
            if (leeftijd === undefined) continue;
            const score = -Math.min(Math.abs(effect.score), Math.abs(verband.score));
            const sleutel = `${b.departement}:${instrument.code}|${doel.departement}:${doel.code}|${effect.indicator}`;
            const bestaand = perSleutel.get(sleutel);
            const stappen = [effectstap(effect, `${b.departement}:${instrument.code}`), verbandstap(verband)];
            // Een keten is zo zeker als haar minst zekere deel; samengevoegde ketens ook.
            const zekerheid = zekerheidVanDelen([...stappen, doel, ...(bestaand ? [bestaand] : [])]);
            // Meer effecten of verbanden langs dezelfde weg: de sterkste keten telt, de groepen tellen samen.
            if (bestaand && bestaand.score <= score) {
              bestaand.aandachtsgroepen = [...new Set([...bestaand.aandachtsgroepen.map((g) => g.code), ...groepen])].map((code) => ({ code }));
              bestaand.zekerheid = zekerheid;
              continue;
            }
            const wie = doel.departement === b.departement ? `${doel.departement} zelf` : doel.departement;
            perSleutel.set(sleutel, {
              instrument: { code: instrument.code, naam: instrument.naam, departement: b.departement },
              doel: doelverwijzing(doel, doel.departement),
              via: effect.indicator,
              indicator: verband.naar,
              score,
              aandachtsgroepen: [...new Set([...(bestaand?.aandachtsgroepen.map((g) => g.code) ?? []), ...groepen])].map((code) => ({ code })),
              kruistDepartementen: b.departement !== doel.departement,
              ...werkingVan(instrument),
              zekerheid,
              stappen,
              toelichting:
                `${instrument.naam} (${b.departement}) duwt "${indicatorlabel(effect.indicator)}" ${richtingwoord(effect.score)}${leeftijdstekst(leeftijd)}, ` +
                `en dat duwt volgens de bron "${indicatorlabel(verband.naar)}" ${richtingwoord(effect.score * verband.score)}; ` +
                `${wie} wil met "${doel.naam}" juist een ${doel.richting === 'TOENAME' ? 'toename' : 'afname'}. ` +
                `Het eerste gevolg ligt bij ${partijnamen(effect.gedragenDoor)}.`,
            });
          }
        }
      }
    }
  }
  const volgorde = (code: string) => groepsvolgorde.indexOf(code);
  return [...perSleutel.values()]
    .map((p) => ({ ...p, aandachtsgroepen: [...p.aandachtsgroepen].sort((a, c) => volgorde(a.code) - volgorde(c.code)) }))
    .filter(
      (p) =>
        (!filter.departement || p.instrument.departement === filter.departement || p.doel.departement === filter.departement) &&
        (!filter.aandachtsgroep || p.aandachtsgroepen.some((g) => g.code === filter.aandachtsgroep)) &&
        (!filter.uitspraak?.length || filter.uitspraak.includes(p.doel.uitspraak)) &&
        voldoetAanSlapend(p.slapend, filter.slapend),
    )
    .sort(
      (a, b) =>
        a.score - b.score ||
        Number(b.kruistDepartementen) - Number(a.kruistDepartementen) ||
        `${a.instrument.departement}${a.instrument.code}${a.doel.departement}${a.doel.code}${a.via}`.localeCompare(
          `${b.instrument.departement}${b.instrument.code}${b.doel.departement}${b.doel.code}${b.via}`,
        ),
    );
}

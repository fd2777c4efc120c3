// Leeftijdsgrenzen over de ministeries heen, en de gaten ertussen: leeftijden waarop
// het ene ministerie iemand al als volwassene behandelt en het andere nog als jongere
// (het 18-23-probleem uit het rapport).
import type { Zekerheid } from './generated/beleid.js';
import { beleidVan, type AandachtsgroepMetBeleid, type Bron, type Instrument } from './model.js';
import type { Verwijzing } from './prikkels.js';
import { zekerheidVanDelen } from './zekerheid.js';

export interface Drempel {
  leeftijd: number;
  instrument: Verwijzing;
  wijziging: string;
  volwassenVanaf: boolean;
  aandachtsgroepen: { code: string }[];
  bron: Bron;
  zekerheid: Zekerheid;
  afgeleid: Instrument['leeftijdsgrenzen'][number]['afgeleid'];
}

export interface Gat {
  van: number;
  tot: number;
  alVolwassen: Drempel[];
  nogJongere: Drempel[];
  toelichting: string;
  bronnen: Bron[];
  /** LETTERLIJK als elke drempel van het gat LETTERLIJK is. */
  zekerheid: Zekerheid;
}

export interface Leeftijdsbereikfilter {
  van?: number | null;
  tot?: number | null;
}

export class OngeldigBereik extends Error {}

export function controleerBereik({ van, tot }: Leeftijdsbereikfilter): void {
  for (const [naam, waarde] of [['van', van], ['tot', tot]] as const) {
    if (waarde != null && (waarde < 0 || waarde > 120)) {
      throw new OngeldigBereik(`${naam} is ${waarde}; een leeftijd ligt tussen 0 en 120 jaar.`);
    }
  }
  if (van != null && tot != null && van > tot) {
    throw new OngeldigBereik(`van (${van}) is groter dan tot (${tot}); geef een bereik met van <= tot, bijvoorbeeld van: 16, tot: 30.`);
  }
}

/** Alle drempels in de instrumenten van de gegeven groepen, binnen [van, tot], op leeftijd. */
export function drempels(groepen: AandachtsgroepMetBeleid[], bereik: Leeftijdsbereikfilter = {}): Drempel[] {
  controleerBereik(bereik);
  const perInstrument = new Map<string, Drempel>();
  for (const groep of groepen) {
    for (const beleid of beleidVan(groep)) {
      for (const instrument of beleid.instrumenten) {
        for (const grens of instrument.leeftijdsgrenzen) {
          if ((bereik.van != null && grens.leeftijd < bereik.van) || (bereik.tot != null && grens.leeftijd > bereik.tot)) continue;
          const sleutel = `${beleid.departement}:${instrument.code}@${grens.leeftijd}`;
          perInstrument.set(sleutel, {
            leeftijd: grens.leeftijd,
            instrument: { code: instrument.code, naam: instrument.naam, departement: beleid.departement },
            wijziging: grens.wijziging,
            volwassenVanaf: grens.volwassenVanaf,
            aandachtsgroepen: instrument.aandachtsgroepen,
            bron: grens.bron,
            zekerheid: grens.zekerheid,
            afgeleid: grens.afgeleid,
          });
        }
      }
    }
  }
  return [...perInstrument.values()].sort(
    (a, b) => a.leeftijd - b.leeftijd || `${a.instrument.departement}${a.instrument.code}`.localeCompare(`${b.instrument.departement}${b.instrument.code}`),
  );
}

function perDepartement(lijst: Drempel[]): string {
  const groepen = new Map<string, string[]>();
  for (const d of lijst) groepen.set(d.instrument.departement, [...(groepen.get(d.instrument.departement) ?? []), `${d.instrument.naam} vanaf ${d.leeftijd}`]);
  const delen = [...groepen].map(([dep, namen]) => `${dep} (${namen.join('; ')})`);
  return delen.length <= 1 ? delen.join('') : `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}

/**
 * Tussen twee opeenvolgende volwassenheidsdrempels ligt een gat als een instrument van
 * het ene ministerie iemand daar al als volwassene behandelt en een instrument van een
 * ander ministerie nog als jongere.
 */
export function gaten(alle: Drempel[]): Gat[] {
  const volwassen = alle.filter((d) => d.volwassenVanaf);
  const leeftijden = [...new Set(volwassen.map((d) => d.leeftijd))].sort((a, b) => a - b);
  const uitkomst: Gat[] = [];
  for (let k = 0; k + 1 < leeftijden.length; k += 1) {
    const van = leeftijden[k];
    const tot = leeftijden[k + 1] - 1;
    const alVolwassen = volwassen.filter((d) => d.leeftijd <= van);
    const nogJongere = volwassen.filter((d) => d.leeftijd > tot);
    const departementen = new Set([...alVolwassen, ...nogJongere].map((d) => d.instrument.departement));
    const kruist = alVolwassen.some((a) => nogJongere.some((j) => j.instrument.departement !== a.instrument.departement));
    if (!kruist || departementen.size < 2) continue;
    const leeftijdstekst = van === tot ? `Op ${van} jaar` : `Van ${van} tot en met ${tot} jaar`;
    uitkomst.push({
      van,
      tot,
      alVolwassen,
      nogJongere,
      toelichting: `${leeftijdstekst} behandelt ${perDepartement(alVolwassen)} iemand al als volwassene, terwijl ${perDepartement(nogJongere)} nog een jongerenregime ${nogJongere.length === 1 ? 'hanteert' : 'hanteren'}.`,
      bronnen: [...new Map([...alVolwassen, ...nogJongere].map((d) => [`${d.bron.document}#${d.bron.vindplaats}`, d.bron])).values()],
      zekerheid: zekerheidVanDelen([...alVolwassen, ...nogJongere]),
    });
  }
  return uitkomst;
}

// Voegt de edities samen tot de toestand die in de database hoort te staan.
// Records worden herkend aan hun code (een latere editie vervangt de velden);
// waarnemingen aan reeks en peildatum, zodat een nieuwe editie een reeks aanvult.
import type {
  CijferreeksRij,
  DoelRij,
  EditieRij,
  EffectRij,
  GroepindexRij,
  InstrumentRij,
  LeeftijdsgrensRij,
  MaatregelRij,
  Recordsoort,
  VerantwoordelijkheidRij,
  WaarnemingRij,
} from '../entiteiten.js';
import { Importfout, type GelezenEditie } from './lezen.js';
import type { Bron, Editiebestand, Leeftijd } from './schema.js';

export type Aandachtsgroepinvoer = NonNullable<Editiebestand['aandachtsgroepen']>[number];

export interface Toestand {
  editie: EditieRij[];
  aandachtsgroep: Aandachtsgroepinvoer[];
  verantwoordelijkheid: VerantwoordelijkheidRij[];
  doel: DoelRij[];
  instrument: InstrumentRij[];
  effect: EffectRij[];
  leeftijdsgrens: LeeftijdsgrensRij[];
  maatregel: MaatregelRij[];
  cijferreeks: CijferreeksRij[];
  waarneming: WaarnemingRij[];
  groepindex: GroepindexRij[];
}

const bron = (b: Bron) => ({ bronDocument: b.document, bronVindplaats: b.vindplaats });
const leeftijd = (l: Leeftijd | undefined) => ({ leeftijdVan: l?.van ?? null, leeftijdTot: l?.tot ?? null });

type MetHerkomst<T> = { record: T; bestand: string };

function perCode<T extends { code: string }>(edities: GelezenEditie[], kies: (e: Editiebestand) => T[] | undefined) {
  const records = new Map<string, MetHerkomst<T>>();
  for (const e of edities) for (const record of kies(e.inhoud) ?? []) records.set(record.code, { record, bestand: e.bestand });
  return [...records.values()];
}

export function bepaalToestand(edities: GelezenEditie[]): Toestand {
  const instrumenten = perCode(edities, (e) => e.instrumenten);
  const maatregelen = perCode(edities, (e) => e.maatregelen);
  const codes = new Set(instrumenten.map((i) => i.record.code));
  const meldingen = maatregelen.flatMap(({ record, bestand }) =>
    record.instrumenten
      .filter((c) => !codes.has(c))
      .map((c) => `${bestand}: maatregelen (${record.code}) > instrumenten: ${c} is geen instrument van dit ministerie`),
  );
  if (meldingen.length > 0) throw new Importfout(meldingen);

  const reeksen = new Map<string, { reeks: Editiebestand['cijfers'][number]; waarnemingen: Map<string, Editiebestand['cijfers'][number]['waarnemingen'][number]> }>();
  for (const e of edities) {
    for (const reeks of e.inhoud.cijfers) {
      const bestaand = reeksen.get(reeks.code)?.waarnemingen ?? new Map();
      for (const w of reeks.waarnemingen) bestaand.set(w.peildatum, w);
      reeksen.set(reeks.code, { reeks, waarnemingen: bestaand });
    }
  }

  const toestand: Toestand = {
    editie: edities.map((e) => ({ bestand: e.bestand, editie: e.inhoud.editie, controlegetal: e.controlegetal })),
    aandachtsgroep: perCode(edities, (e) => e.aandachtsgroepen).map((a) => a.record),
    verantwoordelijkheid: perCode(edities, (e) => e.verantwoordelijkheden).map(({ record: v }) => ({
      code: v.code,
      omschrijving: v.omschrijving,
      aandachtsgroepen: v.aandachtsgroepen,
      ...bron(v.bron),
    })),
    doel: perCode(edities, (e) => e.doelen).map(({ record: d }) => ({
      code: d.code,
      naam: d.naam,
      omschrijving: d.omschrijving,
      indicator: d.indicator,
      richting: d.richting,
      aandachtsgroepen: d.aandachtsgroepen,
      ...leeftijd(d.leeftijd),
      ...bron(d.bron),
    })),
    instrument: instrumenten.map(({ record: i }) => ({
      code: i.code,
      naam: i.naam,
      soort: i.soort,
      omschrijving: i.omschrijving,
      aandachtsgroepen: i.aandachtsgroepen,
      ...leeftijd(i.leeftijd),
      ...bron(i.bron),
    })),
    effect: instrumenten.flatMap(({ record: i }) =>
      i.effecten.map((e, n) => ({
        sleutel: `${i.code}#${n + 1}`,
        instrument: i.code,
        volgnummer: n + 1,
        indicator: e.indicator,
        score: e.score,
        aandachtsgroepen: e.aandachtsgroepen ?? i.aandachtsgroepen,
        gedragenDoor: e.gedragenDoor,
        toelichting: e.toelichting,
        ...leeftijd(e.leeftijd ?? i.leeftijd),
        ...bron(e.bron),
      })),
    ),
    leeftijdsgrens: instrumenten.flatMap(({ record: i }) =>
      i.leeftijdsgrenzen.map((g, n) => ({
        sleutel: `${i.code}#${n + 1}`,
        instrument: i.code,
        volgnummer: n + 1,
        leeftijd: g.leeftijd,
        volwassenVanaf: g.volwassenVanaf,
        wijziging: g.wijziging,
        ...bron(g.bron),
      })),
    ),
    maatregel: maatregelen.map(({ record: m }) => ({
      code: m.code,
      naam: m.naam,
      pakket: m.pakket,
      thema: m.thema,
      instrumenten: m.instrumenten,
      indicatoren: m.indicatoren,
      ...bron(m.bron),
    })),
    cijferreeks: [...reeksen.values()].map(({ reeks }) => ({
      code: reeks.code,
      naam: reeks.naam,
      eenheid: reeks.eenheid,
      aandachtsgroepen: reeks.aandachtsgroepen,
    })),
    waarneming: [...reeksen.values()].flatMap(({ reeks, waarnemingen }) =>
      [...waarnemingen.values()].map((w) => ({
        sleutel: `${reeks.code}@${w.peildatum}`,
        reeks: reeks.code,
        peildatum: w.peildatum,
        waarde: w.waarde,
        redenGeenWaarde: w.redenGeenWaarde ?? null,
        bandbreedteMin: w.bandbreedte?.min ?? null,
        bandbreedteMax: w.bandbreedte?.max ?? null,
        soort: w.soort,
        toelichting: w.toelichting ?? null,
        ...bron(w.bron),
      })),
    ),
    groepindex: [],
  };
  const index = (soort: Recordsoort, rijen: { code: string; aandachtsgroepen: string[] }[]) =>
    rijen.flatMap((r) =>
      r.aandachtsgroepen.map((g) => ({ id: `${soort}:${r.code}:${g}`, soort, sleutel: r.code, aandachtsgroep: g })),
    );
  toestand.groepindex = [
    ...index('verantwoordelijkheid', toestand.verantwoordelijkheid),
    ...index('doel', toestand.doel),
    ...index('instrument', toestand.instrument),
    ...index('cijferreeks', toestand.cijferreeks),
  ];
  return toestand;
}

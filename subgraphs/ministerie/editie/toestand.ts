// Voegt de edities samen tot de toestand die in de database hoort te staan.
// Records worden herkend aan hun code (een latere editie vervangt de velden);
// waarnemingen aan reeks en peildatum, zodat een nieuwe editie een reeks aanvult.
// Een rij heeft de vorm van het record in het bestand (entiteiten.ts), dus hier
// worden alleen geneste lijsten (effecten, leeftijdsgrenzen, waarnemingen) eigen rijen.
import type { Toestand } from '../entiteiten.js';
import { Importfout, type GelezenEditie } from './lezen.js';
import type { Bron, Editiebestand, Leeftijd } from './schema.js';

const bedrag = (b: { waarde: number; eenheid: string; peildatum?: string }) => ({ waarde: b.waarde, eenheid: b.eenheid, peildatum: b.peildatum ?? null });

/** Een bron zonder citaat heeft citaat null, zoals de database hem teruggeeft; anders ziet elke import een wijziging. */
const bron = (b: Bron) => ({ document: b.document, vindplaats: b.vindplaats, citaat: b.citaat ?? null });

/** Bron en afgeleid van een record in de vorm van de database. */
const metBron = <T extends { bron: Bron; afgeleid?: { velden: string[]; reden: string } }>(r: T) => ({ ...r, bron: bron(r.bron), afgeleid: r.afgeleid ?? null });

/** Een ontbrekende grens is null, zoals in de database en in GraphQL. */
const leeftijd = (l: Leeftijd | undefined) => (l ? { van: l.van ?? null, tot: l.tot ?? null } : null);

type MetHerkomst<T> = { record: T; bestand: string };

function perCode<T extends { code: string }>(edities: GelezenEditie[], kies: (e: Editiebestand) => T[] | undefined) {
  const records = new Map<string, MetHerkomst<T>>();
  for (const e of edities) for (const record of kies(e.inhoud) ?? []) records.set(record.code, { record, bestand: e.bestand });
  return [...records.values()];
}

type Reeks = Editiebestand['cijfers'][number];

/** Per reeks de laatste beschrijving en alle waarnemingen, de nieuwste per peildatum. */
function reeksen(edities: GelezenEditie[]) {
  const perCode = new Map<string, { reeks: Reeks; waarnemingen: Map<string, Reeks['waarnemingen'][number]> }>();
  for (const e of edities) {
    for (const reeks of e.inhoud.cijfers) {
      const waarnemingen = perCode.get(reeks.code)?.waarnemingen ?? new Map();
      for (const w of reeks.waarnemingen) waarnemingen.set(w.peildatum, w);
      perCode.set(reeks.code, { reeks, waarnemingen });
    }
  }
  return [...perCode.values()];
}

export function bepaalToestand(edities: GelezenEditie[]): Toestand {
  const instrumenten = perCode(edities, (e) => e.instrumenten).map((i) => i.record);
  const maatregelen = perCode(edities, (e) => e.maatregelen);
  const codes = new Set(instrumenten.map((i) => i.code));
  const meldingen = maatregelen.flatMap(({ record, bestand }) =>
    record.instrumenten
      .filter((c) => !codes.has(c))
      .map((c) => `${bestand}: maatregelen (${record.code}) > instrumenten: ${c} is geen instrument van dit ministerie`),
  );
  if (meldingen.length > 0) throw new Importfout(meldingen);
  const cijfers = reeksen(edities);
  const partijen = perCode(edities, (e) => e.partijen);
  const eisen = partijen.flatMap(({ record, bestand }) => record.eisen.map((e) => ({ code: e.code, partij: record.code, bestand })));
  const dubbeleEisen = eisen.filter((e, i) => eisen.findIndex((f) => f.code === e.code) !== i);
  if (dubbeleEisen.length > 0) {
    throw new Importfout(dubbeleEisen.map((e) => `${e.bestand}: partijen (${e.partij}) > eisen (${e.code}) > code: komt al voor bij een andere partij`));
  }

  return {
    edities: edities.map((e) => ({ bestand: e.bestand, editie: e.inhoud.editie, controlegetal: e.controlegetal })),
    aandachtsgroepen: perCode(edities, (e) => e.aandachtsgroepen).map(({ record }, volgorde) => ({ ...metBron(record), leeftijd: leeftijd(record.leeftijd), volgorde })),
    verantwoordelijkheden: perCode(edities, (e) => e.verantwoordelijkheden).map(({ record }) => metBron(record)),
    doelen: perCode(edities, (e) => e.doelen).map(({ record: d }) => ({ ...metBron(d), leeftijd: leeftijd(d.leeftijd) })),
    instrumenten: instrumenten.map(({ effecten: _e, leeftijdsgrenzen: _l, ...i }) => ({
      ...metBron(i),
      leeftijd: leeftijd(i.leeftijd),
      statusbron: i.statusbron ? bron(i.statusbron) : null,
    })),
    effecten: instrumenten.flatMap((i) =>
      i.effecten.map((e, n) => ({
        ...metBron(e),
        sleutel: `${i.code}#${n + 1}`,
        instrument: i.code,
        volgnummer: n + 1,
        // Een effect zonder eigen groepen of leeftijd geldt waar het instrument geldt.
        aandachtsgroepen: e.aandachtsgroepen ?? i.aandachtsgroepen,
        leeftijd: leeftijd(e.leeftijd ?? i.leeftijd),
      })),
    ),
    leeftijdsgrenzen: instrumenten.flatMap((i) =>
      i.leeftijdsgrenzen.map((g, n) => ({ ...metBron(g), sleutel: `${i.code}#${n + 1}`, instrument: i.code, volgnummer: n + 1 })),
    ),
    maatregelen: maatregelen.map(({ record: { termijn, streefwaarde, budget, ...m } }) => ({
      ...metBron(m),
      pakket: m.pakket ?? null,
      leeftijd: leeftijd(m.leeftijd),
      termijn: termijn ? { tekst: termijn.tekst, datum: termijn.datum ?? null, binnen: termijn.binnen ?? null, vanaf: termijn.vanaf ?? null } : null,
      streefwaarde: streefwaarde ?? null,
      budget: budget ? bedrag(budget) : null,
    })),
    partijen: partijen.map(({ record: { rollen: _r, eisen: _e, ...p } }, volgorde) => ({ ...metBron(p), volgorde })),
    partijrollen: partijen.flatMap(({ record: p }) =>
      p.rollen.map((r, n) => ({ ...metBron(r), sleutel: `${p.code}#${n + 1}`, partij: p.code, volgnummer: n + 1 })),
    ),
    eisen: partijen.flatMap(({ record: p }) =>
      p.eisen.map((e, n) => ({ ...metBron(e), partij: p.code, volgnummer: n + 1, bedrag: e.bedrag ? bedrag(e.bedrag) : null })),
    ),
    monitoring: perCode(edities, (e) => e.monitoring).map(({ record }) => ({ ...metBron(record), eigenaar: record.eigenaar ?? null })),
    verbanden: perCode(edities, (e) => e.verbanden).map(({ record }) => metBron(record)),
    cijferverwijzingen: [
      ...new Map(
        edities.flatMap((e) => e.inhoud.cijferverwijzingen).map((v) => [`${v.departement}:${v.code}`, { ...v, sleutel: `${v.departement}:${v.code}` }]),
      ).values(),
    ],
    cijferreeksen: cijfers.map(({ reeks: { waarnemingen: _w, ...reeks } }) => ({ ...reeks, indicator: reeks.indicator ?? null })),
    waarnemingen: cijfers.flatMap(({ reeks, waarnemingen }) =>
      [...waarnemingen.values()].map((w) => ({
        ...metBron(w),
        sleutel: `${reeks.code}@${w.peildatum}`,
        reeks: reeks.code,
        redenGeenWaarde: w.redenGeenWaarde ?? null,
        bandbreedte: w.bandbreedte ?? null,
        ondergrens: w.ondergrens ?? null,
        bovengrens: w.bovengrens ?? null,
        toelichting: w.toelichting ?? null,
      })),
    ),
  };
}

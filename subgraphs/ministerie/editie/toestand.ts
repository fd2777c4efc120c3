// Voegt de edities samen tot de toestand die in de database hoort te staan.
// Records worden herkend aan hun code (een latere editie vervangt de velden);
// waarnemingen aan reeks en peildatum, zodat een nieuwe editie een reeks aanvult.
// Een rij heeft de vorm van het record in het bestand; welke kolommen en welke nullen,
// weet rij.ts uit de entiteiten. Hier staat alleen wat de rijen van de bestanden
// onderscheidt: geneste lijsten (effecten, leeftijdsgrenzen, rollen, eisen,
// waarnemingen) worden eigen rijen met een sleutel, en een effect erft de groepen en
// leeftijd van zijn instrument.
import type { Toestand } from '../entiteiten.js';
import { rijVan } from '../rij.js';
import { Importfout, type GelezenEditie } from './lezen.js';
import type { Editiebestand } from './schema.js';

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
    edities: edities.map((e) => rijVan('edities', { bestand: e.bestand, editie: e.inhoud.editie, controlegetal: e.controlegetal })),
    aandachtsgroepen: perCode(edities, (e) => e.aandachtsgroepen).map(({ record }, volgorde) => rijVan('aandachtsgroepen', record, { volgorde })),
    verantwoordelijkheden: perCode(edities, (e) => e.verantwoordelijkheden).map(({ record }) => rijVan('verantwoordelijkheden', record)),
    doelen: perCode(edities, (e) => e.doelen).map(({ record }) => rijVan('doelen', record)),
    instrumenten: instrumenten.map((i) => rijVan('instrumenten', i)),
    effecten: instrumenten.flatMap((i) =>
      i.effecten.map((e, n) =>
        rijVan('effecten', e, {
          sleutel: `${i.code}#${n + 1}`,
          instrument: i.code,
          volgnummer: n + 1,
          // Een effect zonder eigen groepen of leeftijd geldt waar het instrument geldt.
          aandachtsgroepen: e.aandachtsgroepen ?? i.aandachtsgroepen,
          leeftijd: e.leeftijd ?? i.leeftijd,
        }),
      ),
    ),
    leeftijdsgrenzen: instrumenten.flatMap((i) =>
      i.leeftijdsgrenzen.map((g, n) => rijVan('leeftijdsgrenzen', g, { sleutel: `${i.code}#${n + 1}`, instrument: i.code, volgnummer: n + 1 })),
    ),
    maatregelen: maatregelen.map(({ record }) => rijVan('maatregelen', record)),
    partijen: partijen.map(({ record }, volgorde) => rijVan('partijen', record, { volgorde })),
    partijrollen: partijen.flatMap(({ record: p }) =>
      p.rollen.map((r, n) => rijVan('partijrollen', r, { sleutel: `${p.code}#${n + 1}`, partij: p.code, volgnummer: n + 1 })),
    ),
    eisen: partijen.flatMap(({ record: p }) => p.eisen.map((e, n) => rijVan('eisen', e, { partij: p.code, volgnummer: n + 1 }))),
    monitoring: perCode(edities, (e) => e.monitoring).map(({ record }) => rijVan('monitoring', record)),
    verbanden: perCode(edities, (e) => e.verbanden).map(({ record }) => rijVan('verbanden', record)),
    cijferverwijzingen: [
      ...new Map(
        edities.flatMap((e) => e.inhoud.cijferverwijzingen).map((v) => [`${v.departement}:${v.code}`, rijVan('cijferverwijzingen', v, { sleutel: `${v.departement}:${v.code}` })]),
      ).values(),
    ],
    cijferreeksen: cijfers.map(({ reeks }) => rijVan('cijferreeksen', reeks)),
    waarnemingen: cijfers.flatMap(({ reeks, waarnemingen }) =>
      [...waarnemingen.values()].map((w) => rijVan('waarnemingen', w, { sleutel: `${reeks.code}@${w.peildatum}`, reeks: reeks.code })),
    ),
  };
}

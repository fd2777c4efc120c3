// De gegevens van een ministerie veranderen alleen als er een editie wordt
// gepubliceerd. Een subgraph leest daarom zijn database één keer (bij de start en na
// elke publicatie) en beantwoordt verzoeken uit deze momentopname: kant-en-klare
// objecten in de vorm van het GraphQL-schema, zodat een verzoek geen SQL en geen
// omrekenwerk kost. De database blijft de bron: de momentopname wordt er altijd uit
// opgebouwd, nooit andersom.
import type { EntityManager } from '@mikro-orm/core';
import { tabel, TABELLEN, type Rij, type Tabelnaam, type Toestand } from './entiteiten.js';
import { editiestempel } from './editie/importeren.js';
import type { Departement, ResolversParentTypes } from './generated/resolvers.js';
import { termijnVan } from './termijn.js';
import { documenttitel, gebieden, vocabulaire } from '../../kern/vocabulaire.js';
import { zekerheidVan, type Zekerheidsvelden } from './zekerheid.js';

type Beleid = ResolversParentTypes['Departementsbeleid'];
type Instrument = ResolversParentTypes['Instrument'];
type Cijferreeks = ResolversParentTypes['Cijferreeks'];
type Cijfer = ResolversParentTypes['Cijfer'];
type Maatregel = ResolversParentTypes['Maatregel'];
type Eigenaar = ResolversParentTypes['Eigenaar'];
type Gebied = ResolversParentTypes['Gebied'];
export type Partijgegevens = ResolversParentTypes['BetrokkenPartij'];
export type Aandachtsgroepgegevens = Pick<ResolversParentTypes['Aandachtsgroep'], 'code'> &
  Zekerheidsvelden & {
    naam: string;
    omschrijving: string;
    leeftijd: ResolversParentTypes['Leeftijdsbereik'] | null;
    bron: ResolversParentTypes['Bron'];
  };

const bronVan = (b: { document: string; vindplaats: string; citaat?: string | null }) => ({
  document: b.document,
  titel: documenttitel(b.document),
  vindplaats: b.vindplaats,
  citaat: b.citaat ?? null,
});
/** De bron van een record dat iets beweert, met hoe zeker die het draagt (één regel voor elk type: zekerheid.ts). */
const beweringVan = (r: { bron: Parameters<typeof bronVan>[0]; afgeleid?: { velden: string[]; reden: string } | null }) => ({
  bron: bronVan(r.bron),
  ...zekerheidVan(r.bron, r.afgeleid),
});
const leeftijdVan = (l: { van?: number | null; tot?: number | null } | null | undefined) => (l ? { van: l.van ?? null, tot: l.tot ?? null } : null);
const groepen = (codes: string[]) => codes.map((code) => ({ code }));
const opCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);

/** SZW → { departement: SZW }, GEMEENTEN → { partij: GEMEENTEN }; de import liet alleen die twee soorten toe. */
export const eigenaarVan = (code: string): Eigenaar =>
  vocabulaire.departementen.includes(code)
    ? { code, departement: code as Eigenaar['departement'], partij: null }
    : { code, departement: null, partij: code as Eigenaar['partij'] };

const gebiedVan = (code: string): Gebied => {
  const g = gebieden[code];
  return { code, naam: g?.naam ?? code, soort: (g?.soort ?? 'GEMEENTE') as Gebied['soort'], leden: g?.leden ?? [] };
};
const bedragVan = (b: { waarde: number; eenheid: string; peildatum?: string | null } | null | undefined) =>
  b ? { waarde: b.waarde, eenheid: b.eenheid, peildatum: b.peildatum ?? null } : null;

function perSleutel<T, K>(rijen: T[], sleutel: (r: T) => K[]): Map<K, T[]> {
  const uitkomst = new Map<K, T[]>();
  for (const r of rijen) {
    for (const k of sleutel(r)) {
      const lijst = uitkomst.get(k);
      if (lijst) lijst.push(r);
      else uitkomst.set(k, [r]);
    }
  }
  return uitkomst;
}

export class Momentopname {
  private readonly groepen: ReadonlyMap<string, Aandachtsgroepgegevens>;
  private readonly partijlijst: readonly Partijgegevens[];
  private readonly beleidPerGroep: ReadonlyMap<string, Beleid>;
  private readonly leeg: Beleid;
  private readonly alleBeleid: Beleid;

  private constructor(
    readonly departement: Departement,
    /** Welke edities deze momentopname bevat; verandert met elke publicatie. */
    readonly stempel: string,
    toestand: Toestand,
  ) {
    this.groepen = new Map(
      [...toestand.aandachtsgroepen]
        .sort((a, b) => a.volgorde - b.volgorde)
        .map((a) => [a.code, { code: a.code, naam: a.naam, omschrijving: a.omschrijving, leeftijd: leeftijdVan(a.leeftijd), ...beweringVan(a) }]),
    );
    // De edities gelden voor het hele beleid van het ministerie, dus ook voor een groep waar het geen rol heeft.
    const edities = [...toestand.edities].sort((a, b) => a.editie.localeCompare(b.editie)).map((e) => ({ bestand: e.bestand, peildatum: e.editie }));
    // Vóór de eerste import is er geen editie en dus geen peildatum.
    const stand = { peildatum: edities.at(-1)?.peildatum ?? null, edities };
    this.partijlijst = Momentopname.bouwPartijen(toestand);
    this.leeg = {
      departement,
      ...stand,
      verantwoordelijkheden: [],
      doelen: [],
      instrumenten: [],
      cijfers: [],
      cijferreeksen: [],
      maatregelen: [],
      monitoring: [],
      verbanden: [],
      cijferverwijzingen: [],
    };
    ({ alles: this.alleBeleid, perGroep: this.beleidPerGroep } = this.bouwBeleid(toestand, stand));
  }

  /** Leest elke tabel met één statement en bouwt de momentopname. */
  static async laad(em: EntityManager, departement: Departement): Promise<Momentopname> {
    const lezer = em.fork();
    const toestand: Partial<Record<Tabelnaam, unknown[]>> = {};
    for (const naam of Object.keys(TABELLEN) as Tabelnaam[]) toestand[naam] = await lezer.find(tabel(naam), {});
    return new Momentopname(departement, editiestempel((toestand as Toestand).edities), toestand as Toestand);
  }

  /** De aandachtsgroepen die de edities van dit ministerie beschrijven (alleen BZK), in vaste volgorde. */
  aandachtsgroepen(): Aandachtsgroepgegevens[] {
    return [...this.groepen.values()];
  }

  aandachtsgroep(code: string): Aandachtsgroepgegevens | undefined {
    return this.groepen.get(code);
  }

  /** De partijen buiten de ministeries met hun rollen en eisen (alleen BZK legt ze vast), in de volgorde van de editie. */
  partijen(): readonly Partijgegevens[] {
    return this.partijlijst;
  }

  private static bouwPartijen(t: Toestand): Partijgegevens[] {
    const rollen = perSleutel(t.partijrollen, (r) => [r.partij]);
    const eisen = perSleutel(t.eisen, (e) => [e.partij]);
    return [...t.partijen]
      .sort((a, b) => a.volgorde - b.volgorde)
      .map((p) => ({
        code: p.code as Partijgegevens['code'],
        naam: p.naam,
        omschrijving: p.omschrijving,
        ...beweringVan(p),
        rollen: (rollen.get(p.code) ?? [])
          .sort((a, b) => a.volgnummer - b.volgnummer)
          .map((r) => ({ partij: p.code as Partijgegevens['code'], omschrijving: r.omschrijving, aandachtsgroepen: groepen(r.aandachtsgroepen), ...beweringVan(r) })),
        eisen: (eisen.get(p.code) ?? [])
          .sort((a, b) => a.volgnummer - b.volgnummer)
          .map((e) => ({
            code: e.code,
            partij: p.code as Partijgegevens['code'],
            omschrijving: e.omschrijving,
            instrumenten: e.instrumenten.map((i) => {
              const [departement, code] = i.split(':');
              return { departement: departement as Departement, code };
            }),
            bedrag: bedragVan(e.bedrag),
            peildatum: e.peildatum,
            ...beweringVan(e),
          })),
      }));
  }

  /** Het beleid van dit ministerie voor één groep; lege lijsten als het daar geen rol heeft. */
  beleid(aandachtsgroep: string): Beleid {
    return this.beleidPerGroep.get(aandachtsgroep) ?? this.leeg;
  }

  /** Het hele beleid van dit ministerie over alle groepen: elk record één keer. */
  alles(): Beleid {
    return this.alleBeleid;
  }

  private bouwBeleid(t: Toestand, stand: Pick<Beleid, 'peildatum' | 'edities'>): { alles: Beleid; perGroep: Map<string, Beleid> } {
    const departement = this.departement;
    const effecten = perSleutel(t.effecten, (e) => [e.instrument]);
    const grenzen = perSleutel(t.leeftijdsgrenzen, (g) => [g.instrument]);
    const maatregel = (m: Rij<'maatregelen'>): Maatregel => ({
      code: m.code,
      naam: m.naam,
      departement,
      pakket: (m.pakket ?? null) as Maatregel['pakket'],
      thema: m.thema,
      indicatoren: m.indicatoren as Maatregel['indicatoren'],
      instrumenten: m.instrumenten,
      leeftijd: leeftijdVan(m.leeftijd),
      eigenaar: eigenaarVan(m.eigenaar),
      status: m.status as Maatregel['status'],
      termijn: m.termijn ? termijnVan(m.termijn) : null,
      streefwaarde: m.streefwaarde ? { waarde: m.streefwaarde.waarde, eenheid: m.streefwaarde.eenheid, soort: m.streefwaarde.soort as NonNullable<Maatregel['streefwaarde']>['soort'] } : null,
      budget: bedragVan(m.budget),
      ...beweringVan(m),
    });
    const alleMaatregelen = [...t.maatregelen].sort(opCode).map(maatregel);
    const maatregelen = perSleutel(alleMaatregelen, (m) => m.instrumenten);
    const waarnemingen = perSleutel(t.waarnemingen, (w) => [w.reeks]);

    const instrument = (i: Rij<'instrumenten'>): Instrument => ({
      code: i.code,
      naam: i.naam,
      departement,
      soort: i.soort as Instrument['soort'],
      omschrijving: i.omschrijving,
      aandachtsgroepen: groepen(i.aandachtsgroepen),
      leeftijd: leeftijdVan(i.leeftijd),
      status: i.status as Instrument['status'],
      statusbron: i.statusbron ? bronVan(i.statusbron) : null,
      ...beweringVan(i),
      effecten: (effecten.get(i.code) ?? [])
        .sort((a, b) => a.volgnummer - b.volgnummer)
        .map((e) => ({
          indicator: e.indicator as Instrument['effecten'][number]['indicator'],
          score: e.score,
          richting: e.score > 0 ? 'TOENAME' : 'AFNAME',
          aandachtsgroepen: groepen(e.aandachtsgroepen),
          leeftijd: leeftijdVan(e.leeftijd),
          gedragenDoor: e.gedragenDoor as Instrument['effecten'][number]['gedragenDoor'],
          toelichting: e.toelichting,
          ...beweringVan(e),
        })),
      leeftijdsgrenzen: (grenzen.get(i.code) ?? [])
        .sort((a, b) => a.leeftijd - b.leeftijd || a.volgnummer - b.volgnummer)
        .map((g) => ({ leeftijd: g.leeftijd, volwassenVanaf: g.volwassenVanaf, wijziging: g.wijziging, ...beweringVan(g) })),
      maatregelen: maatregelen.get(i.code) ?? [],
    });

    const reeks = (r: Rij<'cijferreeksen'>): Cijferreeks => {
      const gebied = gebiedVan(r.gebied);
      const indicator = (r.indicator ?? null) as Cijferreeks['indicator'];
      return {
      code: r.code,
      naam: r.naam,
      departement,
      eenheid: r.eenheid,
      gebied,
      indicator,
      aandachtsgroepen: groepen(r.aandachtsgroepen),
      waarnemingen: (waarnemingen.get(r.code) ?? [])
        .sort((a, b) => a.peildatum.localeCompare(b.peildatum))
        .map(
          (w): Cijfer => ({
            code: r.code,
            naam: r.naam,
            departement,
            waarde: w.waarde ?? null,
            redenGeenWaarde: w.redenGeenWaarde ?? null,
            bandbreedte: w.bandbreedte ? { min: w.bandbreedte.min, max: w.bandbreedte.max } : null,
            ondergrens: w.ondergrens ?? null,
            bovengrens: w.bovengrens ?? null,
            eenheid: r.eenheid,
            gebied,
            indicator,
            peildatum: w.peildatum,
            soort: w.soort as Cijfer['soort'],
            toelichting: w.toelichting ?? null,
            ...beweringVan(w),
          }),
        ),
      };
    };

    // Eén object per record, gedeeld door alle groepen waarvoor het geldt.
    const alle: Beleid = {
      departement,
      ...stand,
      verantwoordelijkheden: [...t.verantwoordelijkheden]
        .sort(opCode)
        .map((v) => ({ code: v.code, departement, omschrijving: v.omschrijving, aandachtsgroepen: groepen(v.aandachtsgroepen), ...beweringVan(v) })),
      doelen: [...t.doelen].sort(opCode).map((d) => ({
        code: d.code,
        naam: d.naam,
        departement,
        omschrijving: d.omschrijving,
        indicator: d.indicator as Beleid['doelen'][number]['indicator'],
        richting: d.richting as Beleid['doelen'][number]['richting'],
        uitspraak: d.uitspraak as Beleid['doelen'][number]['uitspraak'],
        aandachtsgroepen: groepen(d.aandachtsgroepen),
        leeftijd: leeftijdVan(d.leeftijd),
        ...beweringVan(d),
      })),
      instrumenten: [...t.instrumenten].sort(opCode).map(instrument),
      cijferreeksen: [...t.cijferreeksen].sort(opCode).map(reeks),
      cijfers: [],
      maatregelen: alleMaatregelen,
      monitoring: [...t.monitoring].sort(opCode).map((m) => ({
        code: m.code,
        omschrijving: m.omschrijving,
        departement,
        eigenaar: m.eigenaar ? eigenaarVan(m.eigenaar) : null,
        status: m.status as Beleid['monitoring'][number]['status'],
        indicatoren: m.indicatoren as Beleid['monitoring'][number]['indicatoren'],
        aandachtsgroepen: groepen(m.aandachtsgroepen),
        ...beweringVan(m),
      })),
      verbanden: [...t.verbanden].sort(opCode).map((v) => ({
        code: v.code,
        departement,
        van: v.van as Beleid['verbanden'][number]['van'],
        naar: v.naar as Beleid['verbanden'][number]['naar'],
        score: v.score,
        aandachtsgroepen: groepen(v.aandachtsgroepen),
        toelichting: v.toelichting,
        ...beweringVan(v),
      })),
      cijferverwijzingen: [...t.cijferverwijzingen]
        .sort((a, b) => a.sleutel.localeCompare(b.sleutel))
        .map((v) => ({ departement: v.departement as Departement, code: v.code, toelichting: v.toelichting })),
    };
    alle.cijfers = alle.cijferreeksen.flatMap((r) => r.waarnemingen);
    const perGroep = <T extends { aandachtsgroepen: { code: string }[] }>(lijst: T[]) => perSleutel(lijst, (r) => r.aandachtsgroepen.map((g) => g.code));
    const verantwoordelijkheden = perGroep(alle.verantwoordelijkheden);
    const doelen = perGroep(alle.doelen);
    const instrumenten = perGroep(alle.instrumenten);
    const reeksen = perGroep(alle.cijferreeksen);
    const monitoring = perGroep(alle.monitoring);
    const verbanden = perGroep(alle.verbanden);

    const codes = new Set([...verantwoordelijkheden.keys(), ...doelen.keys(), ...instrumenten.keys(), ...reeksen.keys(), ...monitoring.keys(), ...verbanden.keys()]);
    const beleidPerGroep = new Map<string, Beleid>(
      [...codes].map((code) => {
        const cijferreeksen = reeksen.get(code) ?? [];
        return [
          code,
          {
            departement,
            ...stand,
            verantwoordelijkheden: verantwoordelijkheden.get(code) ?? [],
            doelen: doelen.get(code) ?? [],
            instrumenten: instrumenten.get(code) ?? [],
            cijferreeksen,
            cijfers: cijferreeksen.flatMap((r) => r.waarnemingen),
            // Voor één groep: de maatregelen bij de instrumenten voor die groep; een maatregel
            // zonder instrument hoort bij geen groep in het bijzonder en staat alleen in het hele beleid.
            maatregelen: [...new Set((instrumenten.get(code) ?? []).flatMap((i) => i.maatregelen))].sort(opCode),
            monitoring: monitoring.get(code) ?? [],
            verbanden: verbanden.get(code) ?? [],
            // Een verwijzing noemt geen groepen; de reeks waarnaar zij wijst, staat bij haar eigen ministerie per groep.
            cijferverwijzingen: [],
          },
        ];
      }),
    );
    return { alles: alle, perGroep: beleidPerGroep };
  }
}

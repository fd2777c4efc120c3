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
import { graphqlVorm } from './graphqlvorm.js';
import { perSleutel } from '../../kern/groeperen.js';
import { sha256 } from '../../kern/hash.js';
import type { Zekerheidsvelden } from './zekerheid.js';

type Beleid = ResolversParentTypes['Departementsbeleid'];
type Instrument = ResolversParentTypes['Instrument'];
type Cijferreeks = ResolversParentTypes['Cijferreeks'];
type Cijfer = ResolversParentTypes['Cijfer'];
type Maatregel = ResolversParentTypes['Maatregel'];
type Effect = Instrument['effecten'][number];
type Eis = ResolversParentTypes['Eis'];
export type Partijgegevens = ResolversParentTypes['BetrokkenPartij'];
export type Aandachtsgroepgegevens = Pick<ResolversParentTypes['Aandachtsgroep'], 'code'> &
  Zekerheidsvelden & {
    naam: string;
    omschrijving: string;
    leeftijd: ResolversParentTypes['Leeftijdsbereik'] | null;
    bron: ResolversParentTypes['Bron'];
  };

const opCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);
const opVolgnummer = <T extends { volgnummer: number }>(a: T, b: T) => a.volgnummer - b.volgnummer;

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
        .map((a) => [a.code, graphqlVorm<Aandachtsgroepgegevens>(a, departement)]),
    );
    // De edities gelden voor het hele beleid van het ministerie, dus ook voor een groep waar het geen rol heeft.
    const edities = [...toestand.edities].sort((a, b) => a.editie.localeCompare(b.editie)).map((e) => ({ bestand: e.bestand, peildatum: e.editie }));
    // Vóór de eerste import is er geen editie en dus geen peildatum.
    // De vingerafdruk noemt de generatie: de analyselaag leest het beleid één keer per vingerafdruk.
    const stand = { peildatum: edities.at(-1)?.peildatum ?? null, edities, vingerafdruk: sha256(`${departement}|${stempel}`).slice(0, 16) };
    this.partijlijst = Momentopname.bouwPartijen(toestand, departement);
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

  private static bouwPartijen(t: Toestand, departement: Departement): Partijgegevens[] {
    const rollen = perSleutel(t.partijrollen, (r) => [r.partij]);
    const eisen = perSleutel(t.eisen, (e) => [e.partij]);
    const eis = (e: Rij<'eisen'>): Eis => ({
      ...graphqlVorm<Eis>(e, departement),
      // DEPARTEMENT:CODE, want een eis kan instrumenten van elk ministerie noemen.
      instrumenten: e.instrumenten.map((i) => {
        const [ministerie, code] = i.split(':');
        return { departement: ministerie as Departement, code };
      }),
    });
    return [...t.partijen]
      .sort((a, b) => a.volgorde - b.volgorde)
      .map((p) => ({
        ...graphqlVorm<Partijgegevens>(p, departement),
        rollen: (rollen.get(p.code) ?? []).sort(opVolgnummer).map((r) => graphqlVorm<Partijgegevens['rollen'][number]>(r, departement)),
        eisen: (eisen.get(p.code) ?? []).sort(opVolgnummer).map(eis),
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

  private bouwBeleid(t: Toestand, stand: Pick<Beleid, 'peildatum' | 'edities' | 'vingerafdruk'>): { alles: Beleid; perGroep: Map<string, Beleid> } {
    const departement = this.departement;
    const effecten = perSleutel(t.effecten, (e) => [e.instrument]);
    const grenzen = perSleutel(t.leeftijdsgrenzen, (g) => [g.instrument]);
    const vorm = <T>(rij: object) => graphqlVorm<T>(rij, departement);
    const alleMaatregelen = [...t.maatregelen].sort(opCode).map((m) => vorm<Maatregel>(m));
    const maatregelen = perSleutel(alleMaatregelen, (m) => m.instrumenten);
    const waarnemingen = perSleutel(t.waarnemingen, (w) => [w.reeks]);

    const instrument = (i: Rij<'instrumenten'>): Instrument => ({
      ...vorm<Instrument>(i),
      effecten: (effecten.get(i.code) ?? []).sort(opVolgnummer).map((e) => ({ ...vorm<Effect>(e), richting: e.score > 0 ? 'TOENAME' : 'AFNAME' })),
      leeftijdsgrenzen: (grenzen.get(i.code) ?? [])
        .sort((a, b) => a.leeftijd - b.leeftijd || a.volgnummer - b.volgnummer)
        .map((g) => vorm<Instrument['leeftijdsgrenzen'][number]>(g)),
      maatregelen: maatregelen.get(i.code) ?? [],
    });

    const reeks = (r: Rij<'cijferreeksen'>): Cijferreeks => {
      const { waarnemingen: _, ...beschrijving } = vorm<Cijferreeks>(r);
      // Een cijfer draagt de beschrijving van zijn reeks, zodat een lijst cijfers op zichzelf leesbaar is.
      const { code, naam, eenheid, gebied, indicator, aandachtsgroepen } = beschrijving;
      return {
        ...beschrijving,
        // Een peildatum komt in een reeks één keer voor (editie/lezen.ts): deze volgorde ligt
        // vast, en daarmee de cursors van cijfersVerbinding.
        waarnemingen: (waarnemingen.get(r.code) ?? [])
          .sort((a, b) => a.peildatum.localeCompare(b.peildatum))
          .map((w) => ({ ...vorm<Cijfer>(w), code, naam, eenheid, gebied, indicator, aandachtsgroepen })),
      };
    };

    // Eén object per record, gedeeld door alle groepen waarvoor het geldt.
    const alle: Beleid = {
      departement,
      ...stand,
      verantwoordelijkheden: [...t.verantwoordelijkheden].sort(opCode).map((v) => vorm<Beleid['verantwoordelijkheden'][number]>(v)),
      doelen: [...t.doelen].sort(opCode).map((d) => vorm<Beleid['doelen'][number]>(d)),
      instrumenten: [...t.instrumenten].sort(opCode).map(instrument),
      cijferreeksen: [...t.cijferreeksen].sort(opCode).map(reeks),
      cijfers: [],
      maatregelen: alleMaatregelen,
      monitoring: [...t.monitoring].sort(opCode).map((m) => vorm<Beleid['monitoring'][number]>(m)),
      verbanden: [...t.verbanden].sort(opCode).map((v) => vorm<Beleid['verbanden'][number]>(v)),
      cijferverwijzingen: [...t.cijferverwijzingen].sort((a, b) => a.sleutel.localeCompare(b.sleutel)).map((v) => vorm<Beleid['cijferverwijzingen'][number]>(v)),
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

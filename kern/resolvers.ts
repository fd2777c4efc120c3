// Resolvers die elk ministerie deelt: het beleid van één departement voor één
// aandachtsgroep, opgebouwd uit de eigen database van dat departement. De
// enumvelden zijn bij de import tegen schema/gedeeld.graphql gevalideerd.
import { GraphQLError } from 'graphql';
import type { Bronvelden, CijferreeksRij, Leeftijdsvelden, WaarnemingRij } from './entiteiten.js';
import type { AandachtsgroepRef, BeleidRef } from './model.js';
import type {
  Bron,
  Cijfer,
  Cijfersoort,
  Departement,
  Indicator,
  Instrumentsoort,
  Leeftijdsbereik,
  Maatregelpakket,
  Partij,
  Resolvers,
  Richting,
} from './generated/resolvers.js';
import { documenttitel, vocabulaire } from './vocabulaire.js';

export const bronVan = (r: Bronvelden): Bron => ({
  document: r.bronDocument,
  titel: documenttitel(r.bronDocument),
  vindplaats: r.bronVindplaats,
});

export const leeftijdVan = (r: Leeftijdsvelden): Leeftijdsbereik | null =>
  r.leeftijdVan == null && r.leeftijdTot == null ? null : { van: r.leeftijdVan ?? null, tot: r.leeftijdTot ?? null };

export const groepen = (codes: string[]): AandachtsgroepRef[] => codes.map((code) => ({ code }));

/** Controleert een aandachtsgroepcode uit een entiteitsverwijzing of argument. */
export function bekendeGroep(code: unknown): AandachtsgroepRef {
  if (typeof code === 'string' && vocabulaire.aandachtsgroepen.includes(code)) return { code };
  throw new GraphQLError(
    `Onbekende aandachtsgroep ${JSON.stringify(code)}. Geldige codes: ${vocabulaire.aandachtsgroepen.join(', ')}.`,
    { extensions: { code: 'BAD_USER_INPUT', geldigeWaarden: vocabulaire.aandachtsgroepen } },
  );
}

export const beleidVan = (departement: Departement, groep: AandachtsgroepRef): BeleidRef => ({
  departement,
  aandachtsgroep: groep.code,
});

export function gedeeldeResolvers(departement: Departement): Resolvers {
  return {
    Departementsbeleid: {
      departement: () => departement,
      verantwoordelijkheden: async (b, _, { beleid }) =>
        (await beleid.voor('verantwoordelijkheid', b.aandachtsgroep, beleid.verantwoordelijkheid)).map((v) => ({
          code: v.code,
          departement,
          omschrijving: v.omschrijving,
          aandachtsgroepen: groepen(v.aandachtsgroepen),
          bron: bronVan(v),
        })),
      doelen: async (b, _, { beleid }) =>
        (await beleid.voor('doel', b.aandachtsgroep, beleid.doel)).map((d) => ({
          code: d.code,
          naam: d.naam,
          departement,
          omschrijving: d.omschrijving,
          indicator: d.indicator as Indicator,
          richting: d.richting as Richting,
          aandachtsgroepen: groepen(d.aandachtsgroepen),
          leeftijd: leeftijdVan(d),
          bron: bronVan(d),
        })),
      instrumenten: async (b, _, { beleid }) =>
        (await beleid.voor('instrument', b.aandachtsgroep, beleid.instrument)).map((i) => ({ ...i, departement })),
      cijferreeksen: async (b, _, { beleid }) =>
        (await beleid.voor('cijferreeks', b.aandachtsgroep, beleid.cijferreeks)).map((r) => ({ ...r, departement })),
      cijfers: async (b, _, { beleid }) => {
        const reeksen = await beleid.voor('cijferreeks', b.aandachtsgroep, beleid.cijferreeks);
        const waarnemingen = await beleid.waarnemingen.loadMany(reeksen.map((r) => r.code));
        return reeksen.flatMap((r, n) => {
          const w = waarnemingen[n];
          return w instanceof Error ? [] : cijfers(departement, r, w);
        });
      },
    },
    Instrument: {
      soort: (i) => i.soort as Instrumentsoort,
      aandachtsgroepen: (i) => groepen(i.aandachtsgroepen),
      leeftijd: (i) => leeftijdVan(i),
      bron: (i) => bronVan(i),
      effecten: async (i, _, { beleid }) =>
        (await beleid.effecten.load(i.code))
          .sort((a, b) => a.volgnummer - b.volgnummer)
          .map((e) => ({
            indicator: e.indicator as Indicator,
            score: e.score,
            richting: e.score > 0 ? 'TOENAME' : 'AFNAME',
            aandachtsgroepen: groepen(e.aandachtsgroepen),
            leeftijd: leeftijdVan(e),
            gedragenDoor: e.gedragenDoor as Partij[],
            toelichting: e.toelichting,
            bron: bronVan(e),
          })),
      leeftijdsgrenzen: async (i, _, { beleid }) =>
        (await beleid.leeftijdsgrenzen.load(i.code))
          .sort((a, b) => a.leeftijd - b.leeftijd || a.volgnummer - b.volgnummer)
          .map((g) => ({ leeftijd: g.leeftijd, volwassenVanaf: g.volwassenVanaf, wijziging: g.wijziging, bron: bronVan(g) })),
      maatregelen: async (i, _, { beleid }) =>
        (await beleid.maatregelenPerInstrument.load(i.code)).map((m) => ({
          code: m.code,
          naam: m.naam,
          departement,
          pakket: m.pakket as Maatregelpakket,
          thema: m.thema,
          indicatoren: m.indicatoren as Indicator[],
          bron: bronVan(m),
        })),
    },
    Cijferreeks: {
      aandachtsgroepen: (r) => groepen(r.aandachtsgroepen),
      waarnemingen: async (r, _, { beleid }) => cijfers(departement, r, await beleid.waarnemingen.load(r.code)),
    },
  };
}

function cijfers(departement: Departement, reeks: CijferreeksRij, waarnemingen: WaarnemingRij[]): Cijfer[] {
  return [...waarnemingen]
    .sort((a, b) => a.peildatum.localeCompare(b.peildatum))
    .map((w) => ({
      code: reeks.code,
      naam: reeks.naam,
      departement,
      waarde: w.waarde ?? null,
      redenGeenWaarde: w.redenGeenWaarde ?? null,
      bandbreedte: w.bandbreedteMin == null || w.bandbreedteMax == null ? null : { min: w.bandbreedteMin, max: w.bandbreedteMax },
      eenheid: reeks.eenheid,
      peildatum: w.peildatum,
      soort: w.soort as Cijfersoort,
      toelichting: w.toelichting ?? null,
      bron: bronVan(w),
    }));
}

// De analyselaag als subgraph: bouwt de server zonder te luisteren (tests importeren hem).
// De gateway stuurt via @requires de groepen en per ministerie de vingerafdruk van zijn
// beleid mee; het beleid zelf komt uit het leesmodel (leesmodel.ts), dat het één keer per
// generatie bij de ministeries leest. Wat de analyse afleidt, onthoudt de generatie.
import type { ApolloServer, BaseContext } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { MAXIMALE_LIJST } from '../../kern/bladzijde.js';
import { metVerbindingsresolvers } from '../../kern/verbindingen.js';
import type { Verzoekcontext } from '../../kern/http.js';
import { bekendeGroep } from '../../kern/vocabulaire.js';
import type { Sporen } from '../../kern/sporen/aanbieder.js';
import { resolversMetSporen } from '../../kern/sporen/resolvers.js';
import { startSubgraafserver } from '../subgraafserver.js';
import type { Resolvers } from './generated/resolvers.js';
import { controleerBereik, drempels, gaten, OngeldigBereik, type Leeftijdsbereikfilter } from './leeftijden.js';
import { Leesmodel, type Generatie, type Leesbron } from './leesmodel.js';
import { MINISTERIEVELDEN, type AandachtsgroepMetBeleid, type AandachtsgroepMogelijkMetBeleid, type AnalyseMogelijkMetBeleid, type Beleid, type Beleidsveld, type Stand } from './model.js';
import { metMeldingVanOntbrekend, ontbrekendeDepartementen, onvolledigheidsplugin } from './onvolledig.js';
import { Prikkelindex } from './prikkelindex.js';
import { gesorteerd, prikkelkernen, tegenwerkendePrikkels, type Prikkelfilter, type Prikkelkern } from './prikkels.js';
import { maatregelenMetPrikkels, prikkelmatrix, prikkeltelling } from './samenvattingen.js';
import { analyseTypeDefs, VERBINDINGEN } from './sdl.js';
import { analysetelling } from './telling.js';
import type { Lijstlengtes } from '../../kern/lijstlengtes.js';
import { alleMaatregelen, gekozenMaatregelen, OngeldigeKeuze, watAls, type Keuze } from './watals.js';
import { indirectePrikkels } from './indirect.js';
import { gebiedsvergelijking, lasten, monitoring, OngeldigFilter, toezeggingen } from './register.js';
import type { AnalyseMogelijkMetRegister, Registerbeleid } from './model.js';
import { volgWijzigingen, type Redisinstelling } from '../../kern/wijzigingsbericht.js';

/** Wat met de stand van elk ministerie binnenkomt: een groep of de analyse. */
type MetStand = Partial<Record<Beleidsveld, Stand | null>>;

/**
 * De generatie bij de stand die de gateway meestuurde. De @requires-velden moeten er zijn;
 * zonder is de query verkeerd gepland. Null is iets anders: dat ministerie antwoordde niet,
 * en de resolver meldt het (onvolledig.ts).
 */
function generatieVan(leesmodel: Leesmodel, bron: MetStand, wat: string): Promise<Generatie> {
  const ontbreekt = MINISTERIEVELDEN.filter((veld) => bron[veld] === undefined);
  if (ontbreekt.length > 0) return Promise.reject(new GraphQLError(`De stand van ${ontbreekt.join(', ')} ontbreekt voor ${wat}; de query is verkeerd gepland.`));
  return leesmodel.generatie(bron);
}

/** Het beleid van een ministerie voor één groep: de doelen en instrumenten die voor die groep gelden. */
const voorGroep = (beleid: Beleid | null, code: string): Beleid | null => beleid && ({
  departement: beleid.departement,
  doelen: beleid.doelen.filter((d) => d.aandachtsgroepen.some((g) => g.code === code)),
  instrumenten: beleid.instrumenten.filter((i) => i.aandachtsgroepen.some((g) => g.code === code)),
  maatregelen: beleid.maatregelen,
});

type Groep = Pick<AandachtsgroepMetBeleid, 'code' | 'leeftijd'>;

/** Een groep met het beleid van elk ministerie voor die groep, uit de generatie (één keer per groep en generatie). */
const metBeleid = (generatie: Generatie, { code, leeftijd }: Groep): AandachtsgroepMetBeleid =>
  generatie.onthoud(`groep:${code}:${JSON.stringify(leeftijd ?? null)}`, () => ({
    code,
    leeftijd,
    ...(Object.fromEntries(MINISTERIEVELDEN.map((veld) => [veld, voorGroep(generatie.beleid[veld], code)])) as Record<Beleidsveld, Beleid | null>),
  }));

/** Per groep het beleid van elk ministerie. */
function alleGroepen(analyse: AnalyseMogelijkMetBeleid, generatie: Generatie): AandachtsgroepMetBeleid[] {
  if (!analyse.aandachtsgroepen) throw new GraphQLError('De groepen ontbreken; de query is verkeerd gepland.');
  return analyse.aandachtsgroepen.map((g) => metBeleid(generatie, g));
}

/**
 * Alle prikkels van deze groepen in deze generatie, met indexen: één keer per generatie
 * en per alleenLetterlijk (dat kiest vooraf welke effecten en doelen meedoen), zodat een
 * filter daarna opzoekt in plaats van alles opnieuw af te leiden. Per cel (instrumenten van
 * het ene ministerie tegen doelen van het andere) over generaties heen: een publicatie laat
 * alleen de cellen van dat ministerie opnieuw afleiden; de rest komt uit de vorige generatie.
 */
function prikkelindex(leesmodel: Leesmodel, generatie: Generatie, groepen: AandachtsgroepMetBeleid[], alleenLetterlijk: boolean): Prikkelindex {
  const groepensleutel = JSON.stringify(groepen.map((g) => [g.code, g.leeftijd ?? null]));
  return generatie.onthoud(`prikkelindex:${alleenLetterlijk}:${groepensleutel}`, () => {
    const stand = (veld: Beleidsveld) => `${veld}@${generatie.beleid[veld]?.vingerafdruk ?? '-'}`;
    const kernen = MINISTERIEVELDEN.flatMap((instrument) =>
      MINISTERIEVELDEN.flatMap((doel) =>
        leesmodel.overGeneraties(`cel:${stand(instrument)}>${stand(doel)}:${alleenLetterlijk}:${groepensleutel}`, () =>
          prikkelkernen(groepen, alleenLetterlijk, { instrument: instrument.toUpperCase(), doel: doel.toUpperCase() }),
        ),
      ),
    );
    return new Prikkelindex(gesorteerd(kernen));
  });
}

/** De prikkels die aan het filter voldoen, in de vaste volgorde; één keer per filter en generatie. */
function prikkelsVan(leesmodel: Leesmodel, analyse: AnalyseMogelijkMetBeleid, generatie: Generatie, filter: Prikkelfilter): Prikkelkern[] {
  const groepen = alleGroepen(analyse, generatie);
  return generatie.onthoud(`prikkels:${groepen.map((g) => g.code).join(',')}:${JSON.stringify(filter)}`, () =>
    prikkelindex(leesmodel, generatie, groepen, filter.alleenLetterlijk ?? false).zoek(filter),
  );
}

/**
 * Het filter van een veld: `filter` samen met de losse, verouderde argumenten van vóór
 * Prikkelfilter. Staat een criterium op beide plekken (ook met dezelfde waarde, ook null),
 * dan is niet te raden welke de vraagsteller bedoelde: een invoerfout die het criterium
 * noemt, geen stille voorrang. Een gegeven criterium is een sleutel in de argumenten:
 * graphql-js laat weggelaten argumenten en invoervelden zonder standaardwaarde weg.
 */
function filterUit({ filter, ...los }: Prikkelfilter & { filter?: Prikkelfilter | null }, veld: string): Prikkelfilter {
  const gegeven = (o: Prikkelfilter) => (Object.keys(o) as (keyof Prikkelfilter)[]).filter((k) => o[k] !== undefined);
  const dubbel = filter ? gegeven(los).filter((k) => filter[k] !== undefined) : [];
  if (dubbel.length > 0) {
    const namen = dubbel.join(', ');
    throw new GraphQLError(
      `${namen} staat zowel in filter als als los argument van ${veld}; welke van de twee zou gelden, is niet te raden. ` +
        `Geef ${dubbel.length === 1 ? 'het' : 'ze'} alleen in filter: { ${dubbel.map((k) => `${k}: …`).join(', ')} } (de losse argumenten zijn verouderd).`,
      { extensions: { code: 'BAD_USER_INPUT', argumenten: dubbel } },
    );
  }
  return controleerFilter({ ...los, ...filter });
}

/** Op een aandachtsgroep is de groep al gekozen; een andere groep in het filter zou stil niets geven. */
function groepsfilterUit(args: Prikkelfilter & { filter?: Prikkelfilter | null }, groep: string): Prikkelfilter {
  const filter = filterUit(args, 'Aandachtsgroep.tegenwerkendePrikkels');
  if (filter.aandachtsgroep != null || filter.aandachtsgroepen != null) {
    throw new GraphQLError(
      `Aandachtsgroep.tegenwerkendePrikkels geeft de prikkels van ${groep}; aandachtsgroep en aandachtsgroepen horen daar niet in het filter. ` +
        `Vraag prikkels van meer groepen met analyse { tegenwerkendePrikkels(filter: { aandachtsgroepen: […] }) }.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return filter;
}

function controleerFilter(filter: Prikkelfilter): Prikkelfilter {
  if (filter.leeftijd) bereik(filter.leeftijd);
  if (filter.maxScore != null && (filter.maxScore < -3 || filter.maxScore > -1)) {
    throw new GraphQLError(
      `maxScore is ${filter.maxScore}; tegenwerkende prikkels scoren -3, -2 of -1. Gebruik bijvoorbeeld maxScore: -2 voor alleen de sterke.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return filter;
}

function bereik(args: Leeftijdsbereikfilter): Leeftijdsbereikfilter {
  try {
    controleerBereik(args);
    return args;
  } catch (fout) {
    if (fout instanceof OngeldigBereik) throw new GraphQLError(fout.message, { extensions: { code: 'BAD_USER_INPUT' } });
    throw fout;
  }
}

/** Het registerbeleid van de ministeries die antwoordden; zonder @requires-velden is de query verkeerd gepland. */
function register(analyse: AnalyseMogelijkMetRegister, generatie: Generatie): { beleid: Registerbeleid[]; partijen: NonNullable<AnalyseMogelijkMetRegister['partijen']>; groepen: string[] } {
  if (!analyse.partijen || !analyse.aandachtsgroepen) throw new GraphQLError('De partijen of groepen ontbreken; de query is verkeerd gepland.');
  return {
    beleid: MINISTERIEVELDEN.flatMap((veld) => generatie.beleid[veld] ?? []),
    partijen: analyse.partijen,
    groepen: analyse.aandachtsgroepen.map((g) => g.code),
  };
}

/** Een ongeldig filter van het register als BAD_USER_INPUT. */
function alsInvoerfout<T>(bereken: () => T): T {
  try {
    return bereken();
  } catch (fout) {
    if (fout instanceof OngeldigFilter) throw new GraphQLError(fout.message, { extensions: { code: 'BAD_USER_INPUT' } });
    throw fout;
  }
}

/**
 * De prikkels en de gekozen maatregelen voor watAls; een ongeldige keuze is een BAD_USER_INPUT.
 * Welke prikkels meedoen, kiest het filter zoals bij tegenwerkendePrikkels.
 */
function watAlsVan(leesmodel: Leesmodel, analyse: AnalyseMogelijkMetBeleid, generatie: Generatie, keuze: Keuze, filter: Prikkelfilter) {
  const beleid = MINISTERIEVELDEN.flatMap((veld) => generatie.beleid[veld] ?? []);
  try {
    const maatregelen = gekozenMaatregelen(alleMaatregelen(beleid), keuze, ontbrekendeDepartementen(generatie.beleid));
    return watAls(prikkelsVan(leesmodel, analyse, generatie, filter), maatregelen);
  } catch (fout) {
    if (fout instanceof OngeldigeKeuze) throw new GraphQLError(fout.message, { extensions: { code: 'BAD_USER_INPUT' } });
    throw fout;
  }
}

/** De sleutel van een uitkomst in de generatie: het veld met zijn argumenten. */
const uitkomstsleutel = (info: GraphQLResolveInfo, args: unknown) => `${info.parentType.name}.${info.fieldName}:${JSON.stringify(args)}`;

/** De resolvers, en wat de analyse na een publicatie vooruit rekent (zie `naPublicatie`). */
function maakResolvers(leesmodel: Leesmodel): { resolvers: Resolvers; naPublicatie(departement: string): Promise<void> } {
  /** De analyse van het laatste verzoek over alle groepen: haar groepen bepalen de index die vooruit berekend wordt. */
  let laatsteAnalyse: AnalyseMogelijkMetBeleid | null = null;
  /**
   * Rekent `bereken` uit in de generatie van deze stand (één keer per veld, argumenten en
   * generatie) en meldt bij het veld welke ministeries ontbraken. Een ongeldig argument
   * gooit vóór de melding: dan is er geen resultaat, en niets onthouden.
   */
  const inGeneratie = <T>(bron: MetStand, args: unknown, context: BaseContext & Partial<Verzoekcontext>, info: GraphQLResolveInfo, bereken: (g: Generatie) => T): Promise<T> =>
    generatieVan(leesmodel, bron, info.fieldName).then((g) => {
      if (info.parentType.name === 'Analyse' && (bron as AnalyseMogelijkMetBeleid).aandachtsgroepen) laatsteAnalyse = bron as AnalyseMogelijkMetBeleid;
      // Ging de gateway weg terwijl de generatie gelezen werd, dan niets meer voor dit verzoek
      // uitrekenen. Het lezen zelf loopt door: de volgende vraag in die generatie heeft het nodig.
      context.signaal?.throwIfAborted();
      return metMeldingVanOntbrekend(g.beleid, context, info, () => g.onthoud(uitkomstsleutel(info, args), () => bereken(g)));
    });
  const resolvers: Resolvers = {
    Analyse: {
      __resolveReference: (ref) => ref,
      generatie: (analyse) => generatieVan(leesmodel, analyse, 'generatie').then((g) => g.naam),
      tegenwerkendePrikkels: (analyse, args, context, info) =>
        inGeneratie(analyse, args, context, info, (g) => prikkelsVan(leesmodel, analyse, g, filterUit(args, 'tegenwerkendePrikkels'))),
      leeftijdsgrenzen: (analyse, args, context, info) =>
        inGeneratie(analyse, args, context, info, (g) => drempels(alleGroepen(analyse, g), bereik(args))),
      prikkelmatrix: (analyse, args, context, info) =>
        inGeneratie(analyse, args, context, info, (g) => prikkelmatrix(prikkelsVan(leesmodel, analyse, g, filterUit(args, 'prikkelmatrix')))),
      prikkeltelling: (analyse, args, context, info) =>
        inGeneratie(analyse, args, context, info, (g) => prikkeltelling(prikkelsVan(leesmodel, analyse, g, filterUit(args, 'prikkeltelling')))),
      maatregelen: (analyse, args, context, info) =>
        inGeneratie(analyse, args, context, info, (g) => maatregelenMetPrikkels(prikkelsVan(leesmodel, analyse, g, filterUit(args, 'maatregelen')))),
      watAls: (analyse, { maatregelen, pakket, ...args }, context, info) =>
        inGeneratie(analyse, { maatregelen, pakket, ...args }, context, info, (g) => watAlsVan(leesmodel, analyse, g, { maatregelen, pakket }, filterUit(args, 'watAls'))),
      leeftijdsgaten: (analyse, args, context, info) =>
        inGeneratie(analyse, args, context, info, (g) => gaten(drempels(alleGroepen(analyse, g), bereik(args)))),
      toezeggingen: (analyse, filter, context, info) =>
        inGeneratie(analyse, filter, context, info, (g) => alsInvoerfout(() => toezeggingen(register(analyse, g).beleid, filter))),
      lasten: (analyse, { partijen }, context, info) =>
        inGeneratie(analyse, { partijen }, context, info, (g) => {
          const r = register(analyse, g);
          return lasten(r.beleid, r.partijen.flatMap((p) => p.eisen), partijen ?? ['GEMEENTEN', 'CENTRUMGEMEENTEN']);
        }),
      monitoring: (analyse, { zonderMonitoring }, context, info) =>
        inGeneratie(analyse, { zonderMonitoring }, context, info, (g) => monitoring(register(analyse, g).beleid, zonderMonitoring ?? false)),
      gebiedsvergelijking: (analyse, { indicator }, context, info) =>
        inGeneratie(analyse, { indicator }, context, info, (g) => gebiedsvergelijking(register(analyse, g).beleid, indicator)),
      indirectePrikkels: (analyse, filter, context, info) =>
        inGeneratie(analyse, filter, context, info, (g) => {
          const r = register(analyse, g);
          return indirectePrikkels(r.beleid, r.groepen, filter);
        }),
    },
    Aandachtsgroep: {
      // Een onbekende code in een verwijzing geeft dezelfde melding als bij de ministeries.
      __resolveReference: (ref) => (bekendeGroep(ref.code), ref),
      tegenwerkendePrikkels: (groep, args, context, info) =>
        inGeneratie(groep, { groep: groep.code, leeftijd: groep.leeftijd, args }, context, info, (g) =>
          tegenwerkendePrikkels([metBeleid(g, metLeeftijd(groep))], groepsfilterUit(args, groep.code)),
        ),
      leeftijdsgrenzen: (groep, args, context, info) =>
        inGeneratie(groep, { groep: groep.code, leeftijd: groep.leeftijd, args }, context, info, (g) => drempels([metBeleid(g, metLeeftijd(groep))], bereik(args))),
    },
  };
  /**
   * Na een publicatie (Redis) leest het leesmodel het nieuwe beleid meteen, en rekent de
   * analyse de index van alle prikkels in alle groepen alvast uit: de basis van de
   * prikkels, de matrix, de telling, de maatregelen en watAls. Het eerste verzoek in de
   * nieuwe generatie vindt haar dan klaar, in plaats van erop te wachten. De overige velden
   * (leeftijden, register) zijn klein en rekenen bij het eerste verzoek. Zonder eerder verzoek
   * op de analyse (geen groepen) valt er niets vooruit te rekenen.
   */
  const naPublicatie = async (departement: string): Promise<void> => {
    const analyse = laatsteAnalyse;
    const generatie = analyse && (await leesmodel.naPublicatie(departement));
    if (analyse && generatie) prikkelindex(leesmodel, generatie, alleGroepen(analyse, generatie), false);
  };
  return { resolvers, naPublicatie };
}

/** De groep met haar leeftijd; zonder leeftijd (@requires) is de query verkeerd gepland. */
function metLeeftijd(groep: AandachtsgroepMogelijkMetBeleid): Groep {
  if (groep.leeftijd === undefined) throw new GraphQLError(`De leeftijd van ${groep.code} ontbreekt; de query is verkeerd gepland.`);
  return { code: groep.code, leeftijd: groep.leeftijd };
}

export interface Analyselaag {
  server: ApolloServer<BaseContext>;
  /** De lengtes van de lijsten die de analyse zonder filter het laatst gaf (GET /lijstlengtes). */
  lijstlengtes(): Lijstlengtes;
  /** Het leesmodel: wat het las en onthoudt (de tests tellen de lezingen). */
  leesmodel: Leesmodel;
  /** Stopt het abonnement op de meldingen van nieuwe edities. */
  stop(): void;
}

export interface Analyseopties {
  /** Met sporen: elk analyseveld een span (thuis.analyse Analyse.tegenwerkendePrikkels, …), onder het verzoek van de gateway. */
  sporen?: Sporen;
  /** Waar het leesmodel het beleid van de ministeries leest (leesmodel.ts). */
  leesbron: Leesbron;
  /** Hoeveel elementen een oud lijstveld (naast zijn verbinding) hooguit geeft; standaard MAXIMALE_LIJST. */
  maximaleLijst?: number;
  /** Met Redis rekent de analyse na elke publicatie vooruit (kern/wijzigingsbericht.ts); zonder bij het eerste verzoek. */
  redis?: Redisinstelling | null;
  /** Waar een mislukte vooruitberekening gemeld wordt; standaard nergens (het eerste verzoek rekent dan zelf). */
  waarschuw?: (tekst: string) => void;
}

export async function bouwAnalyse({ sporen, leesbron, maximaleLijst = MAXIMALE_LIJST, redis, waarschuw }: Analyseopties): Promise<Analyselaag> {
  const leesmodel = new Leesmodel(leesbron);
  const { resolvers: alle, naPublicatie } = maakResolvers(leesmodel);
  const resolvers = metVerbindingsresolvers(alle, VERBINDINGEN, maximaleLijst);
  const schema = buildSubgraphSchema({ typeDefs: analyseTypeDefs(), resolvers: resolversMetSporen(sporen, 'thuis.analyse', resolvers) as GraphQLResolverMap<unknown> });
  const telling = analysetelling(schema);
  const server = await startSubgraafserver(schema, [onvolledigheidsplugin, telling.plugin]);
  const meldingen = redis
    ? volgWijzigingen(redis, (departement) =>
        void naPublicatie(departement).catch((fout: unknown) => waarschuw?.(`vooruitrekenen na een publicatie van ${departement} mislukte: ${fout instanceof Error ? fout.message : fout}`)),
      )
    : null;
  const stop = () => {
    meldingen?.stop();
    leesmodel.stop();
  };
  return { server, lijstlengtes: telling.tabel, leesmodel, stop };
}

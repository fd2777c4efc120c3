// De analyselaag als subgraph: bouwt de server zonder te luisteren (tests importeren hem).
// Zij vraagt niemand iets: alles wat zij leest, stuurt de gateway mee via @requires.
import type { ApolloServer, BaseContext } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { bladzijde, verbindingsveld } from '../../kern/bladzijde.js';
import { bekendeGroep } from '../../kern/vocabulaire.js';
import type { Sporen } from '../../kern/sporen/aanbieder.js';
import { resolversMetSporen } from '../../kern/sporen/resolvers.js';
import { startSubgraafserver } from '../subgraafserver.js';
import type { Resolvers } from './generated/resolvers.js';
import { controleerBereik, drempels, gaten, OngeldigBereik, type Leeftijdsbereikfilter } from './leeftijden.js';
import type { GroepsbeleidFragment } from './generated/beleid.js';
import { MINISTERIEVELDEN, type AandachtsgroepMetBeleid, type AandachtsgroepMogelijkMetBeleid, type AnalyseMogelijkMetBeleid, type Beleid } from './model.js';
import { metMeldingVanOntbrekend, ontbrekendeDepartementen, onvolledigheidsplugin } from './onvolledig.js';
import { tegenwerkendePrikkels, type Prikkelfilter } from './prikkels.js';
import { maatregelenMetPrikkels, prikkelmatrix, prikkeltelling } from './samenvattingen.js';
import { analyseTypeDefs, VERBINDINGEN } from './sdl.js';
import { analysetelling } from './telling.js';
import type { Lijstlengtes } from '../../kern/lijstlengtes.js';
import { alleMaatregelen, gekozenMaatregelen, OngeldigeKeuze, watAls, type Keuze } from './watals.js';
import { indirectePrikkels } from './indirect.js';
import { gebiedsvergelijking, lasten, monitoring, OngeldigFilter, toezeggingen } from './register.js';
import type { AnalyseMogelijkMetRegister, Registerbeleid } from './model.js';

/**
 * De @requires-velden moeten er zijn; zonder is de query verkeerd gepland. Null is iets
 * anders: dat ministerie antwoordde niet, en de resolver meldt het (onvolledig.ts).
 */
function metBeleid(groep: AandachtsgroepMogelijkMetBeleid): AandachtsgroepMetBeleid {
  const ontbreekt = MINISTERIEVELDEN.filter((veld) => groep[veld] === undefined);
  if (ontbreekt.length > 0) throw new GraphQLError(`Beleid van ${ontbreekt.join(', ')} ontbreekt voor ${groep.code}; de query is verkeerd gepland.`);
  return groep as AandachtsgroepMetBeleid;
}

/** Het beleid van een ministerie voor één groep: de doelen en instrumenten die voor die groep gelden. */
const voorGroep = (beleid: Beleid | null, code: string): Beleid | null => beleid && ({
  departement: beleid.departement,
  doelen: beleid.doelen.filter((d) => d.aandachtsgroepen.some((g) => g.code === code)),
  instrumenten: beleid.instrumenten.filter((i) => i.aandachtsgroepen.some((g) => g.code === code)),
  maatregelen: beleid.maatregelen,
});

/** Per groep het beleid van elk ministerie, uit het hele beleid dat elk ministerie één keer meestuurt. */
function alleGroepen(analyse: AnalyseMogelijkMetBeleid): AandachtsgroepMetBeleid[] {
  const { aandachtsgroepen } = analyse;
  const ontbreekt = MINISTERIEVELDEN.filter((veld) => analyse[veld] === undefined);
  if (!aandachtsgroepen || ontbreekt.length > 0) {
    throw new GraphQLError(`De groepen of het beleid van ${ontbreekt.join(', ') || 'de ministeries'} ontbreken; de query is verkeerd gepland.`);
  }
  return aandachtsgroepen.map(({ code, leeftijd }) => ({
    code,
    leeftijd,
    ...(Object.fromEntries(MINISTERIEVELDEN.map((veld) => [veld, voorGroep(analyse[veld] ?? null, code)])) as Omit<GroepsbeleidFragment, 'leeftijd'>),
  }));
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
function register(analyse: AnalyseMogelijkMetRegister): { beleid: Registerbeleid[]; partijen: NonNullable<AnalyseMogelijkMetRegister['partijen']>; groepen: string[] } {
  const ontbreekt = MINISTERIEVELDEN.filter((veld) => analyse[veld] === undefined);
  if (!analyse.partijen || !analyse.aandachtsgroepen || ontbreekt.length > 0) {
    throw new GraphQLError(`De partijen, groepen of het beleid van ${ontbreekt.join(', ') || 'de ministeries'} ontbreken; de query is verkeerd gepland.`);
  }
  return {
    beleid: MINISTERIEVELDEN.flatMap((veld) => analyse[veld] ?? []),
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
function watAlsVan(analyse: AnalyseMogelijkMetBeleid, keuze: Keuze, filter: Prikkelfilter) {
  const groepen = alleGroepen(analyse);
  const beleid = MINISTERIEVELDEN.flatMap((veld) => analyse[veld] ?? []);
  try {
    const maatregelen = gekozenMaatregelen(alleMaatregelen(beleid), keuze, ontbrekendeDepartementen(analyse));
    return watAls(tegenwerkendePrikkels(groepen, filter), maatregelen);
  } catch (fout) {
    if (fout instanceof OngeldigeKeuze) throw new GraphQLError(fout.message, { extensions: { code: 'BAD_USER_INPUT' } });
    throw fout;
  }
}

const resolvers: Resolvers = {
  Analyse: {
    __resolveReference: (ref) => ref,
    tegenwerkendePrikkels: (analyse, args, context, info) =>
      metMeldingVanOntbrekend(analyse, context, info, () => tegenwerkendePrikkels(alleGroepen(analyse), filterUit(args, 'tegenwerkendePrikkels'))),
    leeftijdsgrenzen: (analyse, args, context, info) =>
      metMeldingVanOntbrekend(analyse, context, info, () => drempels(alleGroepen(analyse), bereik(args))),
    prikkelmatrix: (analyse, args, context, info) =>
      metMeldingVanOntbrekend(analyse, context, info, () => prikkelmatrix(tegenwerkendePrikkels(alleGroepen(analyse), filterUit(args, 'prikkelmatrix')))),
    prikkeltelling: (analyse, args, context, info) =>
      metMeldingVanOntbrekend(analyse, context, info, () => prikkeltelling(tegenwerkendePrikkels(alleGroepen(analyse), filterUit(args, 'prikkeltelling')))),
    maatregelen: (analyse, args, context, info) =>
      metMeldingVanOntbrekend(analyse, context, info, () => maatregelenMetPrikkels(tegenwerkendePrikkels(alleGroepen(analyse), filterUit(args, 'maatregelen')))),
    watAls: (analyse, { maatregelen, pakket, ...args }, context, info) =>
      metMeldingVanOntbrekend(analyse, context, info, () => watAlsVan(analyse, { maatregelen, pakket }, filterUit(args, 'watAls'))),
    leeftijdsgaten: (analyse, args, context, info) =>
      metMeldingVanOntbrekend(analyse, context, info, () => gaten(drempels(alleGroepen(analyse), bereik(args)))),
    toezeggingen: (analyse, filter, context, info) =>
      metMeldingVanOntbrekend(analyse, context, info, () => alsInvoerfout(() => toezeggingen(register(analyse).beleid, filter))),
    lasten: (analyse, { partijen }, context, info) =>
      metMeldingVanOntbrekend(analyse, context, info, () => {
        const r = register(analyse);
        return lasten(r.beleid, r.partijen.flatMap((p) => p.eisen), partijen ?? ['GEMEENTEN', 'CENTRUMGEMEENTEN']);
      }),
    monitoring: (analyse, { zonderMonitoring }, context, info) =>
      metMeldingVanOntbrekend(analyse, context, info, () => monitoring(register(analyse).beleid, zonderMonitoring ?? false)),
    gebiedsvergelijking: (analyse, { indicator }, context, info) =>
      metMeldingVanOntbrekend(analyse, context, info, () => gebiedsvergelijking(register(analyse).beleid, indicator)),
    indirectePrikkels: (analyse, filter, context, info) =>
      metMeldingVanOntbrekend(analyse, context, info, () => {
        const r = register(analyse);
        return indirectePrikkels(r.beleid, r.groepen, filter);
      }),
  },
  Aandachtsgroep: {
    // Een onbekende code in een verwijzing geeft dezelfde melding als bij de ministeries.
    __resolveReference: (ref) => (bekendeGroep(ref.code), ref),
    tegenwerkendePrikkels: (groep, args, context, info) =>
      metMeldingVanOntbrekend(groep, context, info, () => tegenwerkendePrikkels([metBeleid(groep)], groepsfilterUit(args, groep.code))),
    leeftijdsgrenzen: (groep, args, context, info) =>
      metMeldingVanOntbrekend(groep, context, info, () => drempels([metBeleid(groep)], bereik(args))),
  },
};

type Veldresolver = (bron: unknown, args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => unknown;

/**
 * De resolvers met naast elk veld uit VERBINDINGEN zijn verbinding: dezelfde resolver op
 * dezelfde argumenten (zonder first en after), dan één bladzijde uit wat die geeft.
 */
function metVerbindingsresolvers(alle: Resolvers): Resolvers {
  const perType = new Map<string, Record<string, Veldresolver>>();
  for (const pad of VERBINDINGEN) {
    const [type, veld] = pad.split('.') as [keyof Resolvers, string];
    const velden = perType.get(type) ?? { ...(alle[type] as Record<string, Veldresolver>) };
    perType.set(type, velden);
    const lijst = velden[veld];
    if (!lijst) throw new Error(`${pad} staat in VERBINDINGEN maar heeft geen resolver`);
    velden[verbindingsveld(veld)] = async (bron, { first, after, ...args }, context, info) =>
      bladzijde((await lijst(bron, args, context, info)) as readonly unknown[], { first: first as number | null, after: after as string | null }, pad);
  }
  return { ...alle, ...Object.fromEntries(perType) };
}

export interface Analyselaag {
  server: ApolloServer<BaseContext>;
  /** De lengtes van de lijsten die de analyse zonder filter het laatst gaf (GET /lijstlengtes). */
  lijstlengtes(): Lijstlengtes;
}

export interface Analyseopties {
  /** Met sporen: elk analyseveld een span (thuis.analyse Analyse.tegenwerkendePrikkels, …), onder het verzoek van de gateway. */
  sporen?: Sporen;
}

export async function bouwAnalyse({ sporen }: Analyseopties = {}): Promise<Analyselaag> {
  const schema = buildSubgraphSchema({ typeDefs: analyseTypeDefs(), resolvers: resolversMetSporen(sporen, 'thuis.analyse', metVerbindingsresolvers(resolvers)) as GraphQLResolverMap<unknown> });
  const telling = analysetelling(schema);
  return { server: await startSubgraafserver(schema, [onvolledigheidsplugin, telling.plugin]), lijstlengtes: telling.tabel };
}

// Eén fabriek voor de subgraph van elk ministerie. Een ministerie is een kleine
// declaratie (departement en edities, en alleen bij BZK een eigen schema en resolvers;
// subgraphs/ministeries.ts maakt ze uit de lijst in kern/config.ts); dit bouwt
// er de database, de momentopname en de Apollo-server bij, zonder te luisteren, zodat
// tests hem direct kunnen importeren. proces.ts zet hem op een poort.
import { fileURLToPath } from 'node:url';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { DepartementCode } from '../../kern/config.js';
import type { Subgraafcontext } from './context.js';
import { openDatabase, type Database } from './database.js';
import { importeer, type Importresultaat } from './editie/importeren.js';
import { editielezer, type Editielezer } from './editie/lezer.js';
import { faseAsync } from './editie/fasen.js';
import type { Resolvers } from './generated/resolvers.js';
import { Momentopname } from './momentopname.js';
import { gedeeldeResolvers, voegSamen } from './resolvers.js';
import { GEDEELDE_VERBINDINGEN, vocabulaire } from '../../kern/vocabulaire.js';
import { MAXIMALE_LIJST } from '../../kern/bladzijde.js';
import { metVerbindingsresolvers } from '../../kern/verbindingen.js';
import { subgraafSdl, type Schemadeclaratie } from './sdl.js';
import { Lijsttelling, type Lijstlengtes } from '../../kern/lijstlengtes.js';
import { meldDataGewijzigd, type Redisinstelling } from '../../kern/wijzigingsbericht.js';
import { startSubgraafserver } from '../subgraafserver.js';

export interface Ministerie extends Schemadeclaratie {
  departement: DepartementCode;
  /** Map met de editiebestanden van het ministerie: subgraphs/<naam>/data/. */
  data: URL;
  /** Eigen resolvers naast de gedeelde (BZK: de lijst van aandachtsgroepen en de ingang van de analyse). */
  resolvers?: Resolvers;
}

export interface Databasekeuze {
  /** postgres://…; zonder: SQLite op `sqlitePad`. */
  databaseUrl?: string;
  sqlitePad: string;
}

export interface Subgraafopties extends Databasekeuze {
  /** Met Redis meldt de subgraph elke nieuwe momentopname, zodat gateways hun responscache legen. */
  redis?: Redisinstelling | null;
  /** Waar een waarschuwing heen gaat (een melding aan Redis die mislukte); standaard stderr. */
  waarschuw?: (tekst: string) => void;
  /** Hoeveel elementen een oud lijstveld (naast zijn verbinding: cijfers) hooguit geeft; standaard MAXIMALE_LIJST. */
  maximaleLijst?: number;
}

export interface Subgraaf {
  ministerie: Ministerie;
  db: Database;
  server: ApolloServer<Subgraafcontext>;
  /** De momentopname waaruit verzoeken nu beantwoord worden. */
  readonly momentopname: Momentopname;
  context(): Subgraafcontext;
  /**
   * Leest de momentopname opnieuw uit de database en vervangt hem in één keer. Geeft
   * true als de edities veranderd zijn; dan is de wijziging ook aan Redis gemeld.
   */
  herlaad(): Promise<boolean>;
  /**
   * Importeert de editiebestanden uit `map` (standaard de eigen data/-map) in de database en
   * herlaadt daarna. Een editie die via de API binnenkomt, gaat niet hierlangs maar via
   * editieroutes.ts (publicatie.ts).
   */
  importeerMap(map?: string): Promise<Importresultaat>;
  /** Leest een editie die via de API binnenkomt in een werkthread, met een termijn (editie/lezer.ts). */
  lezer: Editielezer;
  /** De lengtes van de lijsten in de huidige momentopname, per groep (GET /lijstlengtes, voor de kostenschatting van de gateway). */
  lijstlengtes(): Lijstlengtes;
  sluit(): Promise<void>;
}

/**
 * Het schema met de resolvers; naast elke lijst uit GEDEELDE_VERBINDINGEN (de cijfers) haar
 * verbinding, en het oude lijstveld hooguit `maximaleLijst` lang, zoals bij de analyse.
 */
export function subgraafschema(ministerie: Ministerie, maximaleLijst = MAXIMALE_LIJST) {
  const resolvers = voegSamen(gedeeldeResolvers(ministerie.departement), ministerie.resolvers ?? {});
  return buildSubgraphSchema({
    typeDefs: subgraafSdl(ministerie),
    resolvers: metVerbindingsresolvers(resolvers, GEDEELDE_VERBINDINGEN, maximaleLijst) as GraphQLResolverMap<unknown>,
  });
}

/**
 * Telt de lijsten zoals een client ze per groep ziet (Aandachtsgroep.<ministerie>), en bij
 * BZK ook de lijst van groepen en partijen. Het hele beleid (Analyse.<ministerie>) telt niet
 * mee: dat is de vereniging van de groepen, en zou de gemiddelden per groep vertekenen.
 */
function telLijsten(schema: GraphQLSchema, momentopname: Momentopname): Lijstlengtes {
  const telling = new Lijsttelling(schema);
  const groepen = momentopname.aandachtsgroepen();
  for (const code of vocabulaire.aandachtsgroepen) telling.neem('Departementsbeleid', momentopname.beleid(code));
  if (groepen.length > 0) {
    telling.lijst('Query.aandachtsgroepen', groepen.length);
    const partijen = momentopname.partijen();
    telling.lijst('Query.partijen', partijen.length);
    for (const partij of partijen) telling.neem('BetrokkenPartij', partij);
  }
  return telling.tabel();
}

export async function bouwSubgraaf(ministerie: Ministerie, opties: Subgraafopties): Promise<Subgraaf> {
  const db = await openDatabase(opties);
  const schema = subgraafschema(ministerie, opties.maximaleLijst);
  const server = await startSubgraafserver<Subgraafcontext>(schema);
  let momentopname = await Momentopname.laad(db.orm.em, ministerie.departement);
  // Herladen na elkaar: twee meldingen kort na elkaar mogen geen oudere stand laten winnen.
  let rij: Promise<unknown> = Promise.resolve();
  const herlaad = () => {
    const stap = rij.then(async () => {
      const nieuw = await faseAsync('momentopname laden', () => Momentopname.laad(db.orm.em, ministerie.departement));
      const veranderd = nieuw.stempel !== momentopname.stempel;
      momentopname = nieuw;
      if (veranderd) {
        // De nieuwe editie geldt al; alleen de gateways weten het nog niet. Een gateway die
        // Redis kwijt is, cachet niets en begint na herverbinden een nieuw tijdperk.
        await meldDataGewijzigd(ministerie.departement, opties.redis ?? null).catch((fout: unknown) =>
          (opties.waarschuw ?? console.warn)(
            `${ministerie.departement} heeft de nieuwe editie geladen, maar kon dat niet aan Redis melden ` +
              `(${fout instanceof Error ? fout.message : fout}); gateways die Redis nog wel bereiken, geven tot hun cache verloopt (hooguit een uur) het oude antwoord.`,
          ),
        );
      }
      return veranderd;
    });
    rij = stap.catch(() => undefined);
    return stap;
  };
  const lezer = editielezer();
  // Eén telling per momentopname: die verandert alleen met een publicatie. Zwak vastgehouden,
  // zodat de vorige momentopname na een publicatie niet blijft tot iemand weer telt.
  const geteld = new WeakMap<Momentopname, Lijstlengtes>();
  const lijstlengtes = () => {
    let tabel = geteld.get(momentopname);
    if (!tabel) geteld.set(momentopname, (tabel = telLijsten(schema, momentopname)));
    return tabel;
  };
  return {
    ministerie,
    db,
    server,
    lezer,
    lijstlengtes,
    get momentopname() {
      return momentopname;
    },
    context: () => ({ momentopname }),
    herlaad,
    async importeerMap(map = fileURLToPath(ministerie.data)) {
      const resultaat = await importeer(db.orm.em, map, ministerie.departement);
      await herlaad();
      return resultaat;
    },
    async sluit() {
      await server.stop();
      await lezer.sluit();
      await db.sluit();
    },
  };
}

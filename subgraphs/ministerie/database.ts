// Eén MikroORM-instantie per ministerie, met een eigen database: een SQLite-bestand
// zonder enige voorbereiding, of PostgreSQL als de URL van dat ministerie gegeven is.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DefaultLogger, MikroORM, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { Editie, ENTITEITEN, TABELLEN } from './entiteiten.js';

/** Telt de SQL-statements van één ORM-instantie; tests en de benchmark lezen hem uit. */
export class Statementteller {
  aantal = 0;
  private opnames: string[][] = [];

  registreer(sql: string): void {
    this.aantal += 1;
    for (const opname of this.opnames) opname.push(sql);
  }

  /** Voert `werk` uit en geeft de statements terug die in die tijd liepen. */
  async neemOp<T>(werk: () => Promise<T>): Promise<{ resultaat: T; statements: string[] }> {
    const opname: string[] = [];
    this.opnames.push(opname);
    try {
      const resultaat = await werk();
      return { resultaat, statements: opname };
    } finally {
      this.opnames = this.opnames.filter((o) => o !== opname);
    }
  }
}

class TellendeLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly teller: Statementteller,
  ) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    if (context.query && context.level !== 'error') this.teller.registreer(context.query);
    super.logQuery(context);
  }
}

export interface Databaseopties {
  /** postgres://… voor PostgreSQL; anders wordt `sqlitePad` gebruikt. */
  databaseUrl?: string;
  /** Pad van het SQLite-bestand, of ':memory:'. */
  sqlitePad: string;
  debug?: boolean;
}

export interface Database {
  orm: MikroORM;
  teller: Statementteller;
  soort: 'postgresql' | 'sqlite';
  /** Waar als de tabellen bij het openen opnieuw zijn aangemaakt en dus leeg zijn. */
  schemaHerbouwd: boolean;
  sluit(): Promise<void>;
}

export async function openDatabase(opties: Databaseopties): Promise<Database> {
  const teller = new Statementteller();
  const gemeenschappelijk = {
    entities: ENTITEITEN,
    discovery: { warnWhenNoEntities: false },
    debug: opties.debug ? (['query'] as const).slice() : false,
    loggerFactory: (options: LoggerOptions) => new TellendeLogger(options, teller),
    allowGlobalContext: false,
  };
  const postgres = opties.databaseUrl?.startsWith('postgres');
  if (!postgres && opties.sqlitePad !== ':memory:') mkdirSync(dirname(opties.sqlitePad), { recursive: true });
  // Alleen het stuurprogramma dat dit proces gebruikt, laden: het andere kost elk proces
  // zo'n 20 MB geheugen voor niets.
  const orm = postgres
    ? await MikroORM.init({ ...gemeenschappelijk, driver: (await import('@mikro-orm/postgresql')).PostgreSqlDriver, clientUrl: opties.databaseUrl })
    : await MikroORM.init({ ...gemeenschappelijk, driver: (await import('@mikro-orm/better-sqlite')).BetterSqliteDriver, dbName: opties.sqlitePad });
  // De beleidstabellen zijn afgeleid van de edities. Wijkt het schema af (een nieuwe
  // versie van deze code), dan bouwen we die opnieuw op; de eerstvolgende import vult ze
  // weer uit de bestanden en de publicaties. De publicaties zelf zijn bron: die tabel
  // wordt alleen bijgewerkt, nooit leeggemaakt.
  const nieuw = await orm.em
    .fork()
    .count(Editie, {})
    .then(
      () => false,
      () => true,
    );
  const schemaverschil = (await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim().length > 0;
  if (nieuw) await orm.schema.updateSchema();
  else if (schemaverschil) {
    const verbinding = orm.em.getConnection();
    for (const entiteit of Object.values(TABELLEN)) {
      await verbinding.execute(`drop table if exists "${orm.getMetadata().get(entiteit.meta.className).tableName}"`);
    }
    await orm.schema.updateSchema();
  }
  return {
    orm,
    teller,
    soort: postgres ? 'postgresql' : 'sqlite',
    schemaHerbouwd: !nieuw && schemaverschil,
    sluit: () => orm.close(true),
  };
}

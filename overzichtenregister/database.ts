// De database van het overzichtenregister: een SQLite-bestand zonder enige voorbereiding
// (var/overzichten.sqlite in de projectmap, zodat npm run build het niet weggooit), of
// PostgreSQL als OVERZICHTEN_DATABASE_URL gezet is (thuis_overzichten, docker/postgres/maak-databases.sh).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DefaultLogger, MikroORM, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { OVERZICHTENREGISTER } from '../kern/config.js';
import { projectpad } from '../kern/projectmap.js';
import { ENTITEITEN } from './entiteiten.js';

export interface Registerdatabasekeuze {
  /** postgres://… voor PostgreSQL; anders `sqlitePad`. */
  databaseUrl?: string;
  /** Pad van het SQLite-bestand, of ':memory:'. */
  sqlitePad: string;
}

/** Wat de omgeving kiest: OVERZICHTEN_DATABASE_URL, anders OVERZICHTEN_SQLITE_PAD, anders var/overzichten.sqlite. */
export function registerdatabasekeuze(omgeving: NodeJS.ProcessEnv = process.env): Registerdatabasekeuze {
  return {
    databaseUrl: omgeving[OVERZICHTENREGISTER.databaseVariabele] || undefined,
    sqlitePad: omgeving[OVERZICHTENREGISTER.sqliteVariabele] || projectpad('var', 'overzichten.sqlite'),
  };
}

/** Telt de SQL-statements, zodat een test kan zien dat de lijst met een vast aantal statements komt. */
class TellendeLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly tel: (sql: string) => void,
  ) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    if (context.query && context.level !== 'error') this.tel(context.query);
    super.logQuery(context);
  }
}

export interface Registerdatabase {
  orm: MikroORM;
  soort: 'postgresql' | 'sqlite';
  /** De statements sinds de start, in volgorde. */
  statements: string[];
  sluit(): Promise<void>;
}

export async function openRegisterdatabase(keuze: Registerdatabasekeuze): Promise<Registerdatabase> {
  const statements: string[] = [];
  const gemeenschappelijk = {
    entities: ENTITEITEN,
    discovery: { warnWhenNoEntities: false },
    debug: false,
    loggerFactory: (options: LoggerOptions) => new TellendeLogger(options, (sql) => statements.length < 10_000 && statements.push(sql)),
    allowGlobalContext: false,
  };
  const postgres = keuze.databaseUrl?.startsWith('postgres') ?? false;
  if (!postgres && keuze.sqlitePad !== ':memory:') mkdirSync(dirname(keuze.sqlitePad), { recursive: true });
  // Alleen het stuurprogramma dat dit proces gebruikt, laden (zoals de ministeries).
  const orm = postgres
    ? await MikroORM.init({ ...gemeenschappelijk, driver: (await import('@mikro-orm/postgresql')).PostgreSqlDriver, clientUrl: keuze.databaseUrl })
    : await MikroORM.init({ ...gemeenschappelijk, driver: (await import('@mikro-orm/better-sqlite')).BetterSqliteDriver, dbName: keuze.sqlitePad });
  // Alleen bijwerken (tabellen en kolommen erbij), nooit weggooien: de versies zijn de bron.
  await orm.schema.updateSchema({ safe: true });
  return { orm, soort: postgres ? 'postgresql' : 'sqlite', statements, sluit: () => orm.close(true) };
}

// Het overzichtenregister als dienst, zonder te luisteren: database openen, de ingebouwde
// set opnemen, en de eindpunten. index.ts luistert; tests bouwen het met een eigen database.
import type { Route } from '../kern/http.js';
import { meldOverzichten, type Redisinstelling } from '../kern/wijzigingsbericht.js';
import { openRegisterdatabase, type Registerdatabase, type Registerdatabasekeuze } from './database.js';
import { importeerIngebouwd, leesIngebouwd, type Importuitkomst } from './ingebouwd.js';
import { partnerroutes } from './partnerroutes.js';
import { registerroutes } from './routes.js';
import { schrijfrij } from './schrijfrij.js';

/** Zo lang wacht een publicatie hoogstens op de melding via Redis. */
const MAXIMAAL_WACHTEN_OP_REDIS_MS = 500;

export interface Registeropties extends Registerdatabasekeuze {
  /** Met Redis hoort elke gateway een nieuwe versie meteen; zonder ziet hij haar bij zijn volgende controle. */
  redis?: Redisinstelling | null;
  /** De ingebouwde set; standaard overzichten/. */
  map?: string;
  /** Voor tests: de tijd van een publicatie. */
  klok?: () => Date;
  log?: (tekst: string) => void;
}

export interface Register {
  db: Registerdatabase;
  routes: Route[];
  /** Wat de start van de ingebouwde set opnam en meldde. */
  ingebouwd: Importuitkomst;
  sluit(): Promise<void>;
}

export async function bouwRegister({ redis = null, map, klok = () => new Date(), log = () => undefined, ...keuze }: Registeropties): Promise<Register> {
  const db = await openRegisterdatabase(keuze);
  const em = db.orm.em;
  // Vóór het antwoord melden, zodat de andere gateways het al weten als het programmateam de
  // bevestiging krijgt; maar een Redis die hangt, houdt een publicatie hoogstens even op (de
  // gateways zien haar dan bij hun controle van het register).
  const melden = async (inhoud: { naam: string; versie?: number }) => {
    const melding = meldOverzichten(inhoud, redis).catch((fout: unknown) => log(fout instanceof Error ? fout.message : String(fout)));
    await Promise.race([melding, new Promise((r) => setTimeout(r, MAXIMAAL_WACHTEN_OP_REDIS_MS).unref())]);
  };
  let ingebouwd: Importuitkomst;
  try {
    ingebouwd = await importeerIngebouwd(em, klok(), map ? leesIngebouwd(map) : undefined);
  } catch (fout) {
    await db.sluit();
    throw fout;
  }
  if (ingebouwd.opgenomen.length > 0) {
    log(`ingebouwde overzichten opgenomen in ${db.soort}: ${ingebouwd.opgenomen.join(', ')}`);
    await melden({ naam: ingebouwd.opgenomen[0].split('@')[0] });
  }
  for (const melding of ingebouwd.meldingen) log(`LET OP: ${melding}`);
  const naElkaar = schrijfrij();
  return { db, routes: [...registerroutes(em, { naWijziging: melden, klok, naElkaar }), ...partnerroutes(em, { naWijziging: melden, klok, naElkaar })], ingebouwd, sluit: () => db.sluit() };
}

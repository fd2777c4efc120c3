// API-sleutels intrekken en toevoegen zonder herstart: de gateway kijkt het sleutelbestand
// (API_SLEUTELBESTAND) geregeld na en neemt een gewijzigde versie over. Nakijken met stat
// in plaats van een inotify-wacht: een Secret in Kubernetes wordt vervangen door een
// symbolische link om te zetten, en die mist een wacht op het oude bestand; stat volgt de
// link. Een bestand dat niet te lezen is, verandert niets: de sleutels die golden, blijven
// gelden, en het logboek zegt waarom. Elke wijziging staat in het logboek met de namen van
// de sleutels, nooit met de sleutels of hun hash.
import { readFileSync, unwatchFile, watchFile, type Stats } from 'node:fs';
import { z } from 'zod';
import { GELDIGE_ROLLEN, leesRol, type Rol } from '../../kern/identiteit.js';
import type { Logboek } from '../../kern/logboek.js';
import { APPNAAMREGEL, isAppnaam } from '../../kern/partners.js';
import type { Apisleutel } from './identificatie.js';

const rol = z.string().transform((r, ctx) => leesRol(r) ?? (ctx.addIssue({ code: 'custom', message: `onbekende rol "${r}"; geldig: ${GELDIGE_ROLLEN}` }), z.NEVER));

/** { "sleutels": [ { "naam": "partner-cbs", "rollen": ["partner"], "sha256": "<hex>", "app": "cbs-dashboard" } ] }; app mag weg. */
const sleutelbestand = z.strictObject({
  sleutels: z.array(
    z.strictObject({
      naam: z.string().min(1),
      rollen: z.array(rol).min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'verwacht 64 hexadecimale tekens (sha256 van de sleutel)'),
      app: z.string().refine(isAppnaam, `een app heet ${APPNAAMREGEL}`).optional(),
    }),
  ),
});

/** De sleutels uit het bestand; gooit met een melding die bestand, plek en wat wel mag noemt. */
export function leesApiSleutels(pad: string): Map<string, Apisleutel> {
  let ruw: unknown;
  try {
    ruw = JSON.parse(readFileSync(pad, 'utf8'));
  } catch (e) {
    throw new Error(`API_SLEUTELBESTAND ${pad} is niet te lezen als JSON: ${e instanceof Error ? e.message : e}`);
  }
  const uitkomst = sleutelbestand.safeParse(ruw);
  if (!uitkomst.success) {
    throw new Error(`API_SLEUTELBESTAND ${pad}: ${uitkomst.error.issues.map((p) => `${p.path.join('.') || '(bestand)'}: ${p.message}`).join('; ')}`);
  }
  return new Map(uitkomst.data.sleutels.map((s) => [s.sha256, { naam: s.naam, rollen: s.rollen as Rol[], ...(s.app ? { app: s.app } : {}) }]));
}

/** Hoe vaak de gateway het sleutelbestand nakijkt (API_SLEUTELS_CONTROLE_MS); een ingetrokken sleutel werkt hooguit zo lang nog. */
export const STANDAARD_SLEUTELCONTROLE_MS = 1000;

export interface Sleutelbestandopties {
  pad: string;
  /** De sleutels waarmee de gateway identificeert; deze map wordt in één keer bijgewerkt. */
  sleutels: Map<string, Apisleutel>;
  intervalMs?: number;
  logboek?: Logboek;
}

export interface Sleutelwijziging {
  toegevoegd: string[];
  ingetrokken: string[];
  /** Sleutels met dezelfde naam en andere rollen of app, of dezelfde naam met een nieuwe sleutel. */
  gewijzigd: string[];
}

/** Wat er tussen twee stellen sleutels veranderde, op naam. */
export function sleutelwijziging(oud: ReadonlyMap<string, Apisleutel>, nieuw: ReadonlyMap<string, Apisleutel>): Sleutelwijziging {
  const opNaam = (m: ReadonlyMap<string, Apisleutel>) => new Map([...m].map(([hash, s]) => [s.naam, `${hash} ${[...s.rollen].sort().join(',')} ${s.app ?? ''}`]));
  const was = opNaam(oud);
  const wordt = opNaam(nieuw);
  return {
    toegevoegd: [...wordt.keys()].filter((n) => !was.has(n)).sort(),
    ingetrokken: [...was.keys()].filter((n) => !wordt.has(n)).sort(),
    gewijzigd: [...wordt].filter(([n, v]) => was.has(n) && was.get(n) !== v).map(([n]) => n).sort(),
  };
}

/** Leest het bestand opnieuw en zet de sleutels om; geeft de wijziging, of null als het bestand niet te gebruiken is. */
export function herlaadSleutels({ pad, sleutels, logboek }: Pick<Sleutelbestandopties, 'pad' | 'sleutels' | 'logboek'>): Sleutelwijziging | null {
  let nieuw: Map<string, Apisleutel>;
  try {
    nieuw = leesApiSleutels(pad);
  } catch (e) {
    logboek?.error(`API-sleutels niet herladen: ${e instanceof Error ? e.message : String(e)}. De ${sleutels.size} sleutel(s) die golden, blijven gelden.`);
    return null;
  }
  const wijziging = sleutelwijziging(sleutels, nieuw);
  // In één synchrone stap: geen verzoek ziet een half bijgewerkte map.
  sleutels.clear();
  for (const [hash, sleutel] of nieuw) sleutels.set(hash, sleutel);
  const delen = [
    wijziging.toegevoegd.length > 0 && `toegevoegd: ${wijziging.toegevoegd.join(', ')}`,
    wijziging.ingetrokken.length > 0 && `ingetrokken: ${wijziging.ingetrokken.join(', ')}`,
    wijziging.gewijzigd.length > 0 && `gewijzigd: ${wijziging.gewijzigd.join(', ')}`,
  ].filter(Boolean);
  if (delen.length > 0) logboek?.warn(`API-sleutels herladen uit ${pad} (${sleutels.size} geldig); ${delen.join('; ')}.`);
  return wijziging;
}

/** Kijkt het sleutelbestand elke `intervalMs` na; stop() houdt daarmee op. Met 0 kijkt hij niet. */
export function volgSleutelbestand({ pad, sleutels, intervalMs = STANDAARD_SLEUTELCONTROLE_MS, logboek }: Sleutelbestandopties): { stop(): void } {
  if (intervalMs <= 0) return { stop: () => undefined };
  const luister = (nu: Stats, vorige: Stats) => {
    if (nu.mtimeMs === vorige.mtimeMs && nu.size === vorige.size && nu.ino === vorige.ino) return;
    herlaadSleutels({ pad, sleutels, logboek });
  };
  watchFile(pad, { interval: intervalMs, persistent: false }, luister);
  return { stop: () => unwatchFile(pad, luister) };
}

// Breekt een schemawijziging clients? Vergelijkt het publieke schema (de API van de
// supergraph, zonder join-richtlijnen) met dat van de laatst uitgebrachte versie in
// schema/uitgebracht.graphql, met @graphql-inspector/core. Een breuk mag alleen als
// schema/WIJZIGINGEN.md haar onder "Nog niet uitgebracht" noemt, met een reden: wie een
// veld weghaalt, moet partners zeggen waarom en wat ze in de plaats gebruiken.
import { readFileSync } from 'node:fs';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { publiekSchema } from './publiekschema.js';

export const UITGEBRACHT_PAD = new URL('../uitgebracht.graphql', import.meta.url);
export const WIJZIGINGEN_PAD = new URL('../WIJZIGINGEN.md', import.meta.url);

export const ONUITGEBRACHT_KOP = '## Nog niet uitgebracht';
/** `- Breuk \`Analyse.oud\` (FIELD_REMOVED): reden` — de vorm waarin een breuk in het logboek staat. */
const BREUKREGEL = /^- Breuk `([^`]+)` \(([A-Z_]+)\):\s*(.*)$/;

export interface Vastgelegd {
  pad: string;
  soort: string;
  reden: string;
  regel: number;
}

export interface Schemawijziging {
  pad: string;
  soort: string;
  melding: string;
}

export interface Controle {
  /** Breuken die het logboek niet noemt: die laten de controle falen. */
  onverantwoord: Schemawijziging[];
  /** Breuken die het logboek noemt. */
  verantwoord: Schemawijziging[];
  /** Wijzigingen die clients kunnen verrassen zonder ze te breken (een nieuwe enumwaarde, een ander standaardargument). */
  riskant: Schemawijziging[];
  veilig: number;
  /** Logboekregels die geen wijziging meer beschrijven (bijvoorbeeld een teruggedraaide breuk). */
  overbodig: Vastgelegd[];
  /** Regels onder "Nog niet uitgebracht" die op een breuk lijken maar de vorm niet volgen. */
  onleesbaar: string[];
}

/** De breuken onder "Nog niet uitgebracht" in het logboek, en regels die op een breuk lijken maar niet te lezen zijn. */
export function leesLogboek(tekst: string): { vastgelegd: Vastgelegd[]; onleesbaar: string[] } {
  const regels = tekst.split('\n');
  const begin = regels.findIndex((r) => r.trim() === ONUITGEBRACHT_KOP);
  if (begin < 0) throw new Error(`schema/WIJZIGINGEN.md mist de kop "${ONUITGEBRACHT_KOP}".`);
  const vastgelegd: Vastgelegd[] = [];
  const onleesbaar: string[] = [];
  for (let i = begin + 1; i < regels.length && !regels[i].startsWith('## '); i++) {
    const regel = regels[i];
    const treffer = BREUKREGEL.exec(regel);
    if (treffer && treffer[3].trim().length > 0) vastgelegd.push({ pad: treffer[1], soort: treffer[2], reden: treffer[3].trim(), regel: i + 1 });
    else if (/^-\s*Breuk\b/i.test(regel)) onleesbaar.push(regel);
  }
  return { vastgelegd, onleesbaar };
}

const alsWijziging = (c: Change): Schemawijziging => ({ pad: c.path ?? '(schema)', soort: String(c.type), melding: c.message });

/** Vergelijkt twee supergraphs en legt de breuken naast het logboek. */
export async function controleer(uitgebrachtSdl: string, huidigSdl: string, logboek: string): Promise<Controle> {
  const wijzigingen = await diff(publiekSchema(uitgebrachtSdl), publiekSchema(huidigSdl));
  const { vastgelegd, onleesbaar } = leesLogboek(logboek);
  const gedekt = (w: Schemawijziging) => vastgelegd.some((v) => v.pad === w.pad && v.soort === w.soort);
  const breuken = wijzigingen.filter((c) => c.criticality.level === CriticalityLevel.Breaking).map(alsWijziging);
  return {
    onverantwoord: breuken.filter((w) => !gedekt(w)),
    verantwoord: breuken.filter(gedekt),
    riskant: wijzigingen.filter((c) => c.criticality.level === CriticalityLevel.Dangerous).map(alsWijziging),
    veilig: wijzigingen.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking).length,
    overbodig: vastgelegd.filter((v) => !breuken.some((w) => w.pad === v.pad && w.soort === v.soort)),
    onleesbaar,
  };
}

/** De regel die in het logboek moet om een breuk te verantwoorden. */
export const logboekregel = (w: Schemawijziging) => `- Breuk \`${w.pad}\` (${w.soort}): <waarom, en wat een client in de plaats gebruikt>`;

/** Leest de uitgebrachte supergraph en het logboek uit de repository. */
export function uitgebrachteStand(): { supergraph: string; logboek: string } {
  return { supergraph: readFileSync(UITGEBRACHT_PAD, 'utf8'), logboek: readFileSync(WIJZIGINGEN_PAD, 'utf8') };
}

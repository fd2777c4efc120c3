// Een nieuwe gatewayreplica (een herstart, of een replica die de autoscaler bijzet)
// kent nog geen enkele operatie: de eerste vraag naar elk overzicht moest gelezen,
// gevalideerd en gepland worden, in code die nog koud was. Gemeten op de gecompileerde
// stapel zonder responscache: tegenwerkende-prikkels 594 ms de eerste keer, 170 ms
// daarna; leeftijden 281 tegen 53 ms. Daarom voert de gateway elk vastgelegd overzicht
// één keer uit voordat hij zich gereed meldt; wat het dashboard en de partners vragen,
// is dan al gepland. Een overzicht dat mislukt (een ministerie antwoordt niet) houdt
// de gateway niet tegen: hij meldt het en wordt toch gereed. Een overzicht over een verbinding
// met first als variabele warmt op met één element per bladzijde (kleinsteBladzijde): het plan is
// hetzelfde, het werk niet.
import { HeaderMap } from '@apollo/server';
import { tekstVan, type HttpAntwoord, type HttpVerzoek } from '../../kern/http.js';
import { verbindingenVan } from './bladeren.js';
import type { Overzicht } from './register.js';

/** Na deze tijd meldt de gateway zich gereed, ook als het opwarmen nog loopt. */
export const MAXIMALE_OPWARMTIJD_MS = 20_000;

export interface Opwarmuitkomst {
  overzichten: number;
  gelukt: number;
  /** Per overzicht dat geen volledig antwoord gaf: waarom. */
  mislukt: { id: string; reden: string }[];
  duurMs: number;
}

export interface Opwarming {
  /** Leeg als het opwarmen klaar is (of te lang duurde); anders de reden om nog niet gereed te zijn. */
  redenen(): string[];
  /** Klaar, met wat er gebeurde. */
  readonly klaar: Promise<Opwarmuitkomst>;
}

/**
 * Variabelen waarmee een overzicht uit te voeren is: een verplichte enumvariabele zonder
 * standaard krijgt de eerste waarde van haar enum. Undefined als een verplichte variabele
 * zo niet te vullen is.
 */
export function voorbeeldvariabelen(overzicht: Overzicht, enums: ReadonlyMap<string, ReadonlyMap<string, string>>): Record<string, string> | undefined {
  const variabelen: Record<string, string> = {};
  for (const v of overzicht.variabelen) {
    if (!v.type.endsWith('!') || v.standaard !== undefined) continue;
    const eerste = enums.get(v.type.slice(0, -1))?.keys().next().value;
    if (eerste === undefined) return undefined;
    variabelen[v.naam] = eerste;
  }
  return variabelen;
}

/**
 * Een bladzijde van één element voor elke verbinding met first als variabele: het opwarmen gaat om
 * het plan (dat niet van de variabelen afhangt) en om koude code, niet om 500 prikkels met hun bronnen.
 */
export function kleinsteBladzijde(overzicht: Overzicht): Record<string, number> {
  return Object.fromEntries(verbindingenVan(overzicht).flatMap((p) => (p.firstVariabele ? [[p.firstVariabele, 1]] : [])));
}

/**
 * Waarom een antwoord geen volledig antwoord is, of undefined als het er een is: de eerste
 * melding, bij een andere status dan 200 met de status en de code ervoor. Alleen "HTTP 400" zei
 * een beheerder niet of een overzicht te duur werd (TE_DUUR) of kapot was.
 */
export function gebrekVan(antwoord: HttpAntwoord): string | undefined {
  let fouten: { message?: string; extensions?: { code?: unknown } }[] | undefined;
  try {
    fouten = (JSON.parse(tekstVan(antwoord.body)) as { errors?: typeof fouten }).errors;
  } catch {
    fouten = undefined;
  }
  const eerste = fouten?.[0];
  const melding = eerste && `${typeof eerste.extensions?.code === 'string' ? `${eerste.extensions.code}: ` : ''}${eerste.message ?? 'fout zonder melding'}`;
  if (antwoord.status !== 200) return melding ? `HTTP ${antwoord.status}, ${melding}` : `HTTP ${antwoord.status}`;
  return fouten?.length ? (eerste?.message ?? 'fout zonder melding') : undefined;
}

/** Voert elk overzicht één keer uit, na elkaar, via `voer` (de gewone weg van een verzoek). */
export function warmOp(
  overzichten: readonly Overzicht[],
  enums: ReadonlyMap<string, ReadonlyMap<string, string>>,
  voer: (verzoek: HttpVerzoek) => Promise<HttpAntwoord>,
  maximaalMs = MAXIMALE_OPWARMTIJD_MS,
): Opwarming {
  const begin = Date.now();
  let gedaan = 0;
  let klaar = false;
  const uitvoeren = async (): Promise<Opwarmuitkomst> => {
    const mislukt: Opwarmuitkomst['mislukt'] = [];
    for (const overzicht of overzichten) {
      const voorbeeld = voorbeeldvariabelen(overzicht, enums);
      const variables = voorbeeld && { ...voorbeeld, ...kleinsteBladzijde(overzicht) };
      if (!variables) {
        mislukt.push({ id: overzicht.id, reden: 'een verplichte variabele is geen enum en heeft geen standaard' });
      } else {
        const headers = new HeaderMap([
          ['content-type', 'application/json'],
          ['accept', 'application/json'],
        ]);
        const tekst = JSON.stringify({ documentId: overzicht.id, variables });
        try {
          const gebrek = gebrekVan(await voer({ method: 'POST', pad: '/graphql', search: '', headers, tekst, verzoekId: `opwarmen-${overzicht.id}` }));
          if (gebrek) mislukt.push({ id: overzicht.id, reden: gebrek });
        } catch (fout) {
          mislukt.push({ id: overzicht.id, reden: fout instanceof Error ? fout.message : String(fout) });
        }
      }
      gedaan += 1;
    }
    klaar = true;
    return { overzichten: overzichten.length, gelukt: overzichten.length - mislukt.length, mislukt, duurMs: Date.now() - begin };
  };
  return {
    klaar: uitvoeren(),
    redenen: () =>
      klaar || Date.now() - begin > maximaalMs ? [] : [`De gateway warmt de vastgelegde overzichten op (${gedaan} van ${overzichten.length} klaar).`],
  };
}

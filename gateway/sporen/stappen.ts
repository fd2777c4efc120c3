// De stappen van het verzoekpad als spans (gateway/server.ts zet ze op volgorde): identiteit,
// de delen vóór Apollo Server (voorcontrole, toelating, cache, grenzen) en de toelating naar
// kosten (budget en zwaar werk). Zonder sporen geeft elke functie hier terug wat ze kreeg.
//
// Het span van een stap vóór Apollo Server meet alleen die stap: het eindigt zodra de stap het
// verzoek doorgeeft (`verder`), en de volgende stap hangt onder het verzoek, niet onder deze.
// Zo staan de stappen naast elkaar in het spoor, ieder met zijn eigen duur, zoals middleware
// in de gangbare instrumentaties.
import { context, trace } from '@opentelemetry/api';
import type { Sporen } from '../../kern/sporen/aanbieder.js';
import { inSpan, markeerFout } from '../../kern/sporen/spoor.js';
import type { Kostentoelating } from '../limieten/kostentoelating.js';
import type { Identificeer } from '../toegang/identificatie.js';
import type { Stap } from '../stap.js';

/** Het voorvoegsel van elk span van dit project in de gateway. */
export const SPANVOORVOEGSEL = 'thuis.';

/** Een stap van het verzoekpad met een span om zijn deel vóór Apollo Server. */
export function stapspoor(sporen: Sporen | undefined): (naam: string, stap: Stap) => Stap {
  if (!sporen) return (_naam, stap) => stap;
  return (naam, stap) => {
    const voor = stap.voor?.bind(stap);
    if (!voor) return stap;
    return {
      ...stap,
      voor(verzoek, verder) {
        const ouder = context.active();
        const span = sporen.tracer.startSpan(`${SPANVOORVOEGSEL}${naam}`, {}, ouder);
        let open = true;
        const sluit = () => {
          if (open) (open = false), span.end();
        };
        return context
          .with(trace.setSpan(ouder, span), () =>
            voor(verzoek, (doorgegeven) => {
              span.setAttribute('thuis.doorgegeven', true);
              sluit();
              return context.with(ouder, () => verder(doorgegeven));
            }),
          )
          .then(
            (antwoord) => {
              // Een eigen antwoord van de stap: een treffer in de cache, een weigering als JSON.
              if (open) span.setAttributes({ 'thuis.doorgegeven': false, 'http.response.status_code': antwoord.status });
              sluit();
              return antwoord;
            },
            (fout: unknown) => {
              if (open) markeerFout(span, fout);
              sluit();
              throw fout;
            },
          );
      },
    };
  };
}

/** Stap 1 met een span: wie vraagt; een weigering (401, 403) staat erop met haar code. */
export function identiteitspoor(sporen: Sporen | undefined, identificeer: Identificeer): Identificeer {
  if (!sporen) return identificeer;
  return (http, wijze) =>
    inSpan(sporen, `${SPANVOORVOEGSEL}identiteit`, async (span) => {
      const wie = await identificeer(http, wijze);
      span.setAttributes({ 'thuis.identiteit.bron': wie.bron, 'thuis.identiteit.rollen': wie.rollen });
      return wie;
    });
}

/** Het budget en de plek voor zwaar werk (limieten/kostentoelating.ts) met een span, tot de operatie verder mag of geweigerd is. */
export function budgetspoor(sporen: Sporen | undefined, toelating: Kostentoelating): Kostentoelating {
  if (!sporen) return toelating;
  return (kosten, wie, signaal) => {
    const span = sporen.tracer.startSpan(`${SPANVOORVOEGSEL}budget`, { attributes: { 'thuis.kosten': kosten } });
    const toegelaten = toelating(kosten, wie, signaal);
    toegelaten.klaar.then(
      () => span.end(),
      (fout: unknown) => (markeerFout(span, fout), span.end()),
    );
    return toegelaten;
  };
}

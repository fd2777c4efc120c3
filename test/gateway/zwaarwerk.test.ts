// De rij voor zware operaties en de toelating die budget en rij samen vraagt: wie wacht en
// wiens client weggaat, verlaat de rij meteen (hij staat niemand meer voor en telt niet
// mee voor de lengte), en wat hij aan budget nam, krijgt zijn identiteit terug.
import { describe, expect, it } from 'vitest';
import { kostenbudget } from '../../gateway/limieten/kostenbudget.js';
import { kostentoelating } from '../../gateway/limieten/kostentoelating.js';
import { zwaarwerk } from '../../gateway/limieten/zwaarwerk.js';
import type { Identiteit } from '../../kern/identiteit.js';

const ZWAAR = 3000;
const extensions = (fout: unknown) => (fout as { extensions?: { code?: string; http?: { status?: number } } }).extensions;
/** Of een belofte binnen `ms` vervuld is. */
const binnen = <T>(p: Promise<T>, ms = 50) => Promise.race([p.then(() => true, () => true), new Promise<boolean>((klaar) => setTimeout(() => klaar(false), ms))]);

describe('de rij voor zwaar werk', () => {
  it('laat lichte operaties langs en zware op volgorde van binnenkomst door', async () => {
    const zwaar = zwaarwerk({ drempel: 2000, tegelijk: 1, wachtrij: 4, maximaalWachtenMs: 5000 });
    const licht = zwaar.plek(100);
    expect(await binnen(licht.klaar)).toBe(true);
    const a = zwaar.plek(ZWAAR);
    const b = zwaar.plek(ZWAAR);
    const c = zwaar.plek(ZWAAR);
    expect(zwaar.stand()).toMatchObject({ bezig: 1, wachtend: 2 });
    expect(await binnen(b.klaar)).toBe(false);
    a.vrij();
    expect(await binnen(b.klaar)).toBe(true);
    expect(await binnen(c.klaar)).toBe(false);
    b.vrij();
    await c.klaar;
    c.vrij();
    // Twee keer vrij() geeft niet twee plekken terug.
    c.vrij();
    expect(zwaar.stand()).toMatchObject({ bezig: 0, wachtend: 0 });
  });

  it('laat een wachtende wiens client weggaat meteen uit de rij, zodat een latere zijn plek krijgt', async () => {
    const zwaar = zwaarwerk({ drempel: 2000, tegelijk: 1, wachtrij: 1, maximaalWachtenMs: 10_000 });
    const bezig = zwaar.plek(ZWAAR);
    await bezig.klaar;
    const afbreker = new AbortController();
    const weg = zwaar.plek(ZWAAR, afbreker.signal);
    expect(zwaar.stand().wachtend).toBe(1);
    afbreker.abort();
    const fout = await weg.klaar.catch((f: unknown) => f);
    expect(extensions(fout)).toMatchObject({ code: 'VERZOEK_AFGEBROKEN', http: { status: 499 } });
    expect(zwaar.stand()).toMatchObject({ bezig: 1, wachtend: 0, geweigerd: 0 });
    // De rij (één plek) is weer vrij: een latere wacht in plaats van 503 te krijgen, en is als eerste aan de beurt.
    const later = zwaar.plek(ZWAAR);
    expect(zwaar.stand().wachtend).toBe(1);
    bezig.vrij();
    await later.klaar;
    expect(zwaar.stand()).toMatchObject({ bezig: 1, wachtend: 0 });
    // Vrijgeven na het afbreken is onschuldig: de weggegane had geen plek.
    weg.vrij();
    expect(zwaar.stand().bezig).toBe(1);
    later.vrij();
  });

  it('geeft wie al weg is geen plek, en laat wie te lang wacht met 503 gaan zonder de rij te blokkeren', async () => {
    const zwaar = zwaarwerk({ drempel: 2000, tegelijk: 1, wachtrij: 1, maximaalWachtenMs: 50 });
    expect(extensions(await zwaar.plek(ZWAAR, AbortSignal.abort()).klaar.catch((f: unknown) => f))?.code).toBe('VERZOEK_AFGEBROKEN');
    const bezig = zwaar.plek(ZWAAR);
    await bezig.klaar;
    const teLang = await zwaar.plek(ZWAAR).klaar.catch((f: unknown) => f);
    expect(extensions(teLang)).toMatchObject({ code: 'TE_DRUK', http: { status: 503 } });
    expect(zwaar.stand()).toMatchObject({ bezig: 1, wachtend: 0, geweigerd: 1 });
    bezig.vrij();
    expect(zwaar.stand().bezig).toBe(0);
  });

  it('weigert meteen met 503 als de rij vol is met wachtenden van wie de client er nog is', async () => {
    const zwaar = zwaarwerk({ drempel: 2000, tegelijk: 1, wachtrij: 1, maximaalWachtenMs: 10_000 });
    const bezig = zwaar.plek(ZWAAR);
    const wacht = zwaar.plek(ZWAAR);
    expect(extensions(await zwaar.plek(ZWAAR).klaar.catch((f: unknown) => f))?.code).toBe('TE_DRUK');
    bezig.vrij();
    await wacht.klaar;
    wacht.vrij();
  });
});

describe('de toelating: budget en plek samen', () => {
  const wie: Identiteit = { onderwerp: 'toelating-weg', rollen: ['analist'], bron: 'api-sleutel' };

  it('geeft het budget terug van een operatie waarvan de client wegging terwijl ze op een plek wachtte', async () => {
    const budget = kostenbudget({ perSeconde: 10_000, maximaalWachtenMs: 0 });
    const zwaar = zwaarwerk({ drempel: 2000, tegelijk: 1, wachtrij: 4, maximaalWachtenMs: 10_000 });
    const toelating = kostentoelating(budget, zwaar);
    const eerste = toelating(ZWAAR, wie);
    await eerste.klaar;
    const afbreker = new AbortController();
    const tweede = toelating(ZWAAR, wie, afbreker.signal);
    await new Promise((klaar) => setTimeout(klaar, 20));
    expect(zwaar.stand().wachtend).toBe(1);
    afbreker.abort();
    expect(extensions(await tweede.klaar.catch((f: unknown) => f))?.code).toBe('VERZOEK_AFGEBROKEN');
    tweede.vrij();
    expect(zwaar.stand()).toMatchObject({ bezig: 1, wachtend: 0 });
    // Van de 10.000 ging alleen de eerste (3000) op: de tweede kreeg haar 3000 terug.
    const derde = toelating(4000, wie);
    eerste.vrij();
    const koppen = Object.fromEntries(await derde.klaar);
    expect(koppen['ratelimit-remaining']).toBe('3000');
    derde.vrij();
    expect(zwaar.stand()).toMatchObject({ bezig: 0, wachtend: 0 });
  });
});

// Een nieuwe gateway voert elk vastgelegd overzicht één keer uit voordat hij zich gereed
// meldt; een overzicht dat mislukt of blijft hangen, houdt hem niet eeuwig tegen.
import { describe, expect, it } from 'vitest';
import { leesOverzichten } from '../../gateway/overzichten/register.js';
import { voorbeeldvariabelen, warmOp } from '../../gateway/overzichten/opwarmen.js';
import type { HttpVerzoek } from '../../kern/http.js';
import { ingecheckteSupergraph } from '../../schema/gereedschap/compositie.js';
import { enumsUit } from '../../kern/vocabulaire.js';
import { logopvanger } from '../hulp/logopvanger.js';
import { gebruikStapel } from '../hulp/gebruik.js';

const overzichten = leesOverzichten();
const enums = enumsUit(ingecheckteSupergraph());
const goed = { status: 200, headers: [], body: '{"data":{}}' };

describe('opwarmen van de overzichten', () => {
  it('vult een verplichte enumvariabele met de eerste waarde en laat de rest aan de standaard', () => {
    const netwerk = overzichten.find((o) => o.id === 'netwerk')!;
    expect(voorbeeldvariabelen(netwerk, enums)).toEqual({ aandachtsgroep: 'ARBEIDSMIGRANTEN' });
    expect(voorbeeldvariabelen(overzichten.find((o) => o.id === 'leeftijden')!, enums)).toEqual({});
    expect(voorbeeldvariabelen({ ...netwerk, variabelen: [{ naam: 'x', type: 'String!' }] }, enums)).toBeUndefined();
  });

  it('warmt een overzicht over een verbinding op met een bladzijde van één element, als first een variabele is', async () => {
    const gevraagd: { documentId: string; variables: Record<string, unknown> }[] = [];
    await warmOp(overzichten, enums, async (verzoek: HttpVerzoek) => {
      gevraagd.push(JSON.parse(verzoek.tekst));
      return goed;
    }).klaar;
    const variabelen = Object.fromEntries(gevraagd.map((g) => [g.documentId, g.variables]));
    expect(variabelen['alle-tegenwerkende-prikkels']).toEqual({ first: 1 });
    expect(variabelen['alle-toezeggingen']).toEqual({ first: 1 });
    // Vijf verbindingen met één first: één variabele, één keer.
    expect(variabelen['alle-cijfers']).toEqual({ first: 1 });
    expect(variabelen['aandachtsgroep-met-alle-cijfers']).toEqual({ code: 'ARBEIDSMIGRANTEN', first: 1 });
    expect(variabelen.netwerk).toEqual({ aandachtsgroep: 'ARBEIDSMIGRANTEN' });
    expect(variabelen.leeftijden).toEqual({});
  });

  it('voert elk overzicht één keer uit, op id, en is pas daarna gereed', async () => {
    const gevraagd: unknown[] = [];
    let laatDoor = () => {};
    const opwarming = warmOp(overzichten, enums, async (verzoek: HttpVerzoek) => {
      gevraagd.push(JSON.parse(verzoek.tekst));
      if (gevraagd.length === 1) await new Promise<void>((r) => (laatDoor = r));
      return goed;
    });
    expect(opwarming.redenen()).toEqual([`De gateway warmt de vastgelegde overzichten op (0 van ${overzichten.length} klaar).`]);
    laatDoor();
    const uitkomst = await opwarming.klaar;
    expect(opwarming.redenen()).toEqual([]);
    expect(uitkomst).toMatchObject({ overzichten: overzichten.length, gelukt: overzichten.length, mislukt: [] });
    expect(gevraagd.map((b) => (b as { documentId: string }).documentId)).toEqual(overzichten.map((o) => o.id));
  });

  it('telt een fout of een gedeeltelijk antwoord als mislukt, en gaat door', async () => {
    const uitkomst = await warmOp(overzichten, enums, async (verzoek) => {
      const { documentId } = JSON.parse(verzoek.tekst) as { documentId: string };
      if (documentId === 'cijfers') throw new Error('verbinding verbroken');
      if (documentId === 'netwerk') return { status: 200, headers: [], body: '{"data":{},"errors":[{"message":"SZW is niet bereikbaar (ECONNREFUSED)."}]}' };
      if (documentId === 'leeftijden') return { status: 400, headers: [], body: '{"errors":[{"message":"De operatie kost 33142; de grens is 25000.","extensions":{"code":"TE_DUUR"}}]}' };
      if (documentId === 'toezeggingen') return { status: 502, headers: [], body: '<html>bad gateway</html>' };
      return goed;
    }).klaar;
    // Bij een weigering de status met de code en de melding: een te duur overzicht is iets anders dan een kapot.
    expect(uitkomst.mislukt).toEqual([
      { id: 'cijfers', reden: 'verbinding verbroken' },
      { id: 'leeftijden', reden: 'HTTP 400, TE_DUUR: De operatie kost 33142; de grens is 25000.' },
      { id: 'netwerk', reden: 'SZW is niet bereikbaar (ECONNREFUSED).' },
      { id: 'toezeggingen', reden: 'HTTP 502' },
    ]);
    expect(uitkomst.gelukt).toBe(overzichten.length - 4);
  });

  it('meldt zich na de maximale tijd gereed, ook als een overzicht blijft hangen', async () => {
    const opwarming = warmOp(overzichten, enums, () => new Promise(() => {}), 50);
    expect(opwarming.redenen()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 80));
    expect(opwarming.redenen()).toEqual([]);
  });
});

describe('een gateway die opwarmt', () => {
  const log = logopvanger();
  const stapel = gebruikStapel('sqlite', { opwarmen: true, logbestemming: log.stroom }, 60_000);

  it('voert elk overzicht met volledig antwoord uit en meldt zich dan gereed', async () => {
    const ready = stapel.url.replace('/graphql', '/health/ready');
    let status = 0;
    for (let i = 0; i < 200 && status !== 200; i++) {
      status = (await fetch(ready)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(200);
    const regel = log.gelezen().find((r) => typeof r.msg === 'string' && r.msg.startsWith('opgewarmd:'));
    expect(regel?.msg).toMatch(new RegExp(`^opgewarmd: ${overzichten.length} van ${overzichten.length} overzichten in \\d+ ms$`));
    expect(stapel.subgraafverzoeken()).toBeGreaterThanOrEqual(overzichten.length);
  });
});

// Edities die te corrigeren zijn en een lezer die niet vast te zetten is (issue 20): een
// datum moet bestaan en niet in de toekomst liggen, een publicatie kan met reden worden
// ingetrokken (en blijft in het verslag), en een vijandige editie wordt binnen de termijn
// geweigerd met een 422 terwijl de subgraph blijft antwoorden.
import { describe, expect, it, vi } from 'vitest';
import { Publicatie } from '../../subgraphs/ministerie/entiteiten.js';
import { importeer } from '../../subgraphs/ministerie/editie/importeren.js';
import type { Publicatieverslag } from '../../subgraphs/ministerie/publicatie.js';
import type { Rol } from '../../kern/identiteit.js';
import { proefeditieTekst, SZW_DATA } from '../hulp/proefeditie.js';
import { startPublicatiesubgraaf, type Publicatiesubgraaf } from './hulp.js';
import { volgEdities } from '../../subgraphs/ministerie/proces.js';
import { testRedis } from '../hulp/redis.js';
import { gebruik } from '../hulp/gebruik.js';

const redis = await testRedis();

interface Fout {
  errors: { message: string; extensions: { code: string; meldingen?: string[] } }[];
}
interface Verslag {
  publicaties: Publicatieverslag[];
  edities: { bestand: string; publicatie: number | null }[];
}

const szw = gebruik('De subgraph van SZW', () => startPublicatiesubgraaf('SZW'), (s) => s.stop());

const instrumentcodes = () => szw.subgraaf.momentopname.alles().instrumenten.map((i) => i.code);
const trekIn = (id: number, body: unknown, rol: Rol = 'redacteur:SZW') =>
  szw.verzoek(`/edities/${id}/intrekken`, { methode: 'POST', rol, onderwerp: `proef-${rol}`, body: JSON.stringify(body), contentType: 'application/json' });

describe('de datum van een editie', () => {
  it.each([
    ['9999-99-99', /geen bestaande datum/],
    ['2031-02-30', /geen bestaande datum/],
    ['2023-02-29', /geen bestaande datum/],
    ['2999-01-01', /ligt na vandaag/],
  ])('weigert editie %s met een 422 die zegt waarom', async (datum, melding) => {
    const antwoord = await szw.publiceer(proefeditieTekst('DATUMPROEF', 1, datum));
    expect(antwoord.status).toBe(422);
    expect(antwoord.json<Fout>().errors[0].extensions.meldingen?.join('\n')).toMatch(melding);
    expect(instrumentcodes()).not.toContain('DATUMPROEF');
  });
});

describe('een publicatie intrekken', () => {
  it('trekt een publicatie in met reden: ze telt meteen niet meer, en blijft met wie, wanneer en waarom in het verslag', async () => {
    const gepubliceerd = await szw.publiceer(proefeditieTekst('IN_TE_TREKKEN', 2, '2024-06-01'));
    expect(gepubliceerd.status).toBe(201);
    const id = gepubliceerd.json<{ publicatie: Publicatieverslag }>().publicatie.id;
    expect(instrumentcodes()).toContain('IN_TE_TREKKEN');

    const antwoord = await trekIn(id, { reden: 'Verkeerd instrument; zie het verbeterde voorstel.' });
    expect(antwoord.status).toBe(200);
    expect(antwoord.json<{ ingetrokken: boolean; melding: string }>()).toMatchObject({ ingetrokken: true, melding: expect.stringContaining('telt niet meer mee') });
    expect(instrumentcodes()).not.toContain('IN_TE_TREKKEN');

    const verslag = (await szw.verzoek('/edities')).json<Verslag>();
    const rij = verslag.publicaties.find((p) => p.id === id);
    expect(rij?.ingetrokken).toMatchObject({ wie: 'proef-redacteur:SZW', bron: 'jwt', reden: 'Verkeerd instrument; zie het verbeterde voorstel.', wanneer: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    expect(verslag.edities.map((e) => e.bestand)).not.toContain('2024-06-01.yaml');
    // De YAML blijft op te vragen: niets wordt verwijderd.
    expect((await szw.verzoek(`/edities/${id}`)).tekst).toBe(proefeditieTekst('IN_TE_TREKKEN', 2, '2024-06-01'));

    // Een tweede intrekking verandert niets en noemt de eerste.
    const nogmaals = await trekIn(id, { reden: 'nog eens' });
    expect(nogmaals.status).toBe(200);
    expect(nogmaals.json<{ ingetrokken: boolean; melding: string }>()).toMatchObject({ ingetrokken: false, melding: expect.stringContaining('al ingetrokken door proef-redacteur:SZW') });

    // Na de intrekking mag een verbeterde editie met dezelfde datum komen.
    const verbeterd = await szw.publiceer(proefeditieTekst('VERBETERD', 1, '2024-06-01'));
    expect(verbeterd.status).toBe(201);
    expect(instrumentcodes()).toContain('VERBETERD');
  });

  it('laat beheer intrekken, maar niet een ander ministerie, een analist of een partner', async () => {
    const id = (await szw.publiceer(proefeditieTekst('BEHEER_TREKT_IN', 1, '2024-07-01'))).json<{ publicatie: Publicatieverslag }>().publicatie.id;
    for (const rol of ['redacteur:BZK', 'analist', 'partner'] as const) {
      const geweigerd = await trekIn(id, { reden: 'mag niet' }, rol);
      expect(geweigerd.status, rol).toBe(403);
      expect(geweigerd.json<Fout>().errors[0].extensions.code).toBe('GEEN_REDACTEUR');
    }
    expect(instrumentcodes()).toContain('BEHEER_TREKT_IN');
    expect((await trekIn(id, { reden: 'Door beheer: verkeerd ministerie.' }, 'beheer')).status).toBe(200);
    expect(instrumentcodes()).not.toContain('BEHEER_TREKT_IN');
  });

  it('eist een reden en een bestaande publicatie', async () => {
    for (const body of [{}, { reden: '' }, { reden: 5 }, { reden: 'x'.repeat(2001) }]) {
      const antwoord = await trekIn(1, body);
      expect(antwoord.status, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect(antwoord.json<Fout>().errors[0].extensions.code).toBe('REDEN_ONTBREEKT');
    }
    const onbekend = await trekIn(9999, { reden: 'bestaat niet' });
    expect(onbekend.status).toBe(404);
    expect(onbekend.json<Fout>().errors[0].extensions.code).toBe('PUBLICATIE_ONBEKEND');
  });

  it('weigert een intrekking waarna een latere editie niet meer klopt, en verandert dan niets', async () => {
    const basis = await szw.publiceer(proefeditieTekst('FUNDAMENT', 1, '2024-08-01'));
    const id = basis.json<{ publicatie: Publicatieverslag }>().publicatie.id;
    // Een latere editie met een maatregel op het instrument uit de eerste.
    const later = `departement: SZW\neditie: 2024-09-01\nmaatregelen:\n  - code: BOUWT_VOORT\n    naam: Bouwt voort op FUNDAMENT\n    pakket: SPOEDPAKKET\n    thema: Proef\n    eigenaar: SZW\n    status: AANBEVOLEN\n    instrumenten: [FUNDAMENT]\n    bron: { document: 003_92de307edde85196.txt, vindplaats: "Bijlage Opgave huisvesting per aandachtsgroep > Woonwagenbewoners" }\n`;
    expect((await szw.publiceer(later)).status).toBe(201);
    const geweigerd = await trekIn(id, { reden: 'Zou de maatregel wees maken.' });
    expect(geweigerd.status).toBe(409);
    expect(geweigerd.json<Fout>().errors[0].extensions.meldingen?.[0]).toMatch(/FUNDAMENT is geen instrument van dit ministerie/);
    expect(instrumentcodes()).toContain('FUNDAMENT');
    const rij = await szw.subgraaf.db.orm.em.fork().findOne(Publicatie, { id });
    expect(rij?.ingetrokken).toBeNull();
  });

  it('trekt bij een import een opgeslagen publicatie in die niet meer aan de regels voldoet (een editie van vóór de datumcontrole)', async () => {
    const em = szw.subgraaf.db.orm.em.fork();
    const yaml = proefeditieTekst('ONMOGELIJKE_DATUM', 1, '9999-99-99');
    em.create(Publicatie, { bestand: '9999-99-99.yaml', editie: '9999-99-99', wie: 'oude-code', bron: 'jwt', wanneer: '2026-01-01T00:00:00.000Z', sha256: 'x', samenvatting: {}, yaml, ingetrokken: null });
    await em.flush();
    const resultaat = await importeer(szw.subgraaf.db.orm.em, SZW_DATA, 'SZW');
    expect(resultaat.ingetrokken).toEqual([expect.stringMatching(/9999-99-99\.yaml\) is ingetrokken: ze voldoet niet aan de regels van nu \(.*geen bestaande datum/)]);
    expect(resultaat.edities).not.toContain('9999-99-99.yaml');
    const rij = await szw.subgraaf.db.orm.em.fork().findOne(Publicatie, { editie: '9999-99-99' });
    expect(rij?.ingetrokken).toMatchObject({ wie: 'de dienst', reden: expect.stringContaining('geen bestaande datum') });
  });
});

describe('een vijandige editie', () => {
  it.each([
    ['een megabyte geneste haken', `departement: SZW\neditie: 2024-10-01\ncijfers: ${'['.repeat(1_000_000)}`, /tussen haken meer dan 24 niveaus/],
    [
      'een alias bomb',
      `departement: SZW\neditie: 2024-10-01\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`,
      /te veel aliassen/,
    ],
    ['meer dan 1 MB', `departement: SZW\neditie: 2024-10-01\nomschrijving: "${'x'.repeat(1_100_000)}"\n`, /grens is 1048576/],
    ['duizenden YAML-fouten', `departement: SZW\neditie: 2024-10-01\nx: ${'[a, '.repeat(20)}\n${'- : :\n'.repeat(5000)}`, /YAML-fout/],
  ])('%s: een 422 die het probleem noemt, terwijl de subgraph blijft antwoorden', async (_, yaml, melding) => {
    const publicatie = szw.publiceer(yaml);
    // Terwijl de editie gelezen wordt, beantwoordt de subgraph gewoon vragen.
    const vraag = await fetch(szw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gateway-geheim': 'geheim-van-de-proefgateway' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(vraag.status).toBe(200);
    const antwoord = await publicatie;
    expect(antwoord.status).toBe(422);
    const meldingen = antwoord.json<Fout>().errors[0].extensions.meldingen ?? [];
    expect(meldingen.join('\n')).toMatch(melding);
    expect(meldingen.length).toBeLessThanOrEqual(20);
  });
});

describe.skipIf(!redis)('intrekken bij twee replica’s van één ministerie', () => {
  it('de andere replica laat de ingetrokken editie meteen los (via Redis, zonder te wachten op haar controle van de database)', async () => {
    const a = await startPublicatiesubgraaf('SZW', { redis });
    const b = await startPublicatiesubgraaf('SZW', { redis, sqlitePad: a.sqlitePad });
    // De controle van de database pas na een minuut: alleen het Redis-bericht kan B op tijd bijwerken.
    const stopVolgen = volgEdities(b.subgraaf, 60, () => undefined, redis);
    try {
      const codes = (s: Publicatiesubgraaf) => s.subgraaf.momentopname.alles().instrumenten.map((i) => i.code);
      const id = (await a.publiceer(proefeditieTekst('OP_TWEE_REPLICAS', 1, '2024-11-01'))).json<{ publicatie: Publicatieverslag }>().publicatie.id;
      await vi.waitFor(() => expect(codes(b)).toContain('OP_TWEE_REPLICAS'), { timeout: 5000 });
      const antwoord = await a.verzoek(`/edities/${id}/intrekken`, { methode: 'POST', rol: 'redacteur:SZW', body: JSON.stringify({ reden: 'Proef met replica’s' }), contentType: 'application/json' });
      expect(antwoord.status).toBe(200);
      await vi.waitFor(() => expect(codes(b)).not.toContain('OP_TWEE_REPLICAS'), { timeout: 5000 });
    } finally {
      stopVolgen();
      await b.stop();
      await a.stop();
    }
  });
});

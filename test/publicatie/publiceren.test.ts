// Publiceren via de subgraph zelf: aanvaard en meteen zichtbaar, fout en in zijn geheel
// geweigerd, alleen door de redacteur van het eigen ministerie, met een verslag per publicatie.
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { Redis } from 'ioredis';
import { Doel, Editie, Effect, Instrument, Publicatie } from '../../subgraphs/ministerie/entiteiten.js';
import { generatiesleutel } from '../../kern/wijzigingsbericht.js';
import { PROEFBRON, proefeditieTekst } from '../hulp/proefeditie.js';
import type { Publicatieverslag } from '../../subgraphs/ministerie/publicatie.js';
import { testRedis } from '../hulp/redis.js';
import { sha256, sha256VanBestand, startPublicatiesubgraaf } from './hulp.js';
import { gebruik } from '../hulp/gebruik.js';

/** Wat een client van GET /edities terugleest: dezelfde vorm als het verslag van de subgraph. */
type Verslag = Publicatieverslag;
interface Fout {
  errors: { message: string; extensions: { code: string; meldingen?: string[] } }[];
}

const redis = await testRedis();
const szw = gebruik('De subgraph van SZW', () => startPublicatiesubgraaf('SZW', { redis }), (s) => s.stop());

const instrumentcodes = () => szw.subgraaf.momentopname.alles().instrumenten.map((i) => i.code);
const scoreVan = (code: string) => szw.subgraaf.momentopname.alles().instrumenten.find((i) => i.code === code)?.effecten[0]?.score;
const aantallen = async () => {
  const em = szw.subgraaf.db.orm.em.fork();
  return { doelen: await em.count(Doel), instrumenten: await em.count(Instrument), effecten: await em.count(Effect), edities: await em.count(Editie), publicaties: await em.count(Publicatie) };
};

describe('een editie publiceren via de subgraph', () => {
  it('aanvaardt een goede editie, laat haar meteen gelden en meldt dat aan de gateways', async () => {
    const generatie = async () => {
      if (!redis) return null;
      const client = new Redis(redis.url);
      try {
        return Number((await client.get(generatiesleutel(redis))) ?? 0);
      } finally {
        client.disconnect();
      }
    };
    const voor = await generatie();
    const yaml = proefeditieTekst('PUBLICATIE_PROEF', 2, '2022-01-01');
    const antwoord = await szw.publiceer(yaml, { onderwerp: 'redacteur-szw@example.nl' });
    expect(antwoord.status, antwoord.tekst).toBe(201);
    const { gepubliceerd, publicatie, melding } = antwoord.json<{ gepubliceerd: boolean; publicatie: Verslag; melding: string }>();
    expect(gepubliceerd).toBe(true);
    expect(antwoord.headers.get('location')).toBe(`/edities/${publicatie.id}`);
    expect(melding).toContain('instrumenten +1 ~0 -0');
    // Geen wachten op de controle van de database: het antwoord komt pas als de momentopname geldt.
    expect(instrumentcodes()).toContain('PUBLICATIE_PROEF');
    expect(scoreVan('PUBLICATIE_PROEF')).toBe(2);
    if (redis) expect(await generatie()).toBeGreaterThan(voor ?? 0);
  });

  it('houdt een verslag bij: wie, wanneer, SHA-256 en wat er veranderde, en geeft de YAML terug zoals ontvangen', async () => {
    const { publicaties, edities } = (await szw.verzoek('/edities')).json<{ publicaties: Verslag[]; edities: { bestand: string; publicatie: number | null }[] }>();
    const [laatste] = publicaties;
    expect(laatste).toMatchObject({
      bestand: '2022-01-01.yaml',
      editie: '2022-01-01',
      wie: 'redacteur-szw@example.nl',
      bron: 'jwt',
      sha256: sha256(proefeditieTekst('PUBLICATIE_PROEF', 2, '2022-01-01')),
      samenvatting: {
        instrumenten: { toegevoegd: 1, gewijzigd: 0, verwijderd: 0 },
        effecten: { toegevoegd: 1, gewijzigd: 0, verwijderd: 0 },
        edities: { toegevoegd: 1, gewijzigd: 0, verwijderd: 0 },
        doelen: { toegevoegd: 0, gewijzigd: 0, verwijderd: 0 },
      },
    });
    expect(Date.now() - Date.parse(laatste.wanneer)).toBeLessThan(60_000);
    expect(laatste.wanneer).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(edities).toContainEqual(expect.objectContaining({ bestand: '2022-01-01.yaml', publicatie: laatste.id }));
    expect(edities).toContainEqual(expect.objectContaining({ bestand: '2021-07-08.yaml', publicatie: null }));

    const yaml = await szw.verzoek(`/edities/${laatste.id}`);
    expect(yaml.status).toBe(200);
    expect(yaml.headers.get('content-type')).toContain('application/yaml');
    expect(yaml.tekst).toBe(proefeditieTekst('PUBLICATIE_PROEF', 2, '2022-01-01'));
  });

  it('houdt een eerdere editie op te vragen nadat een latere haar vervangt, en verandert een gepubliceerde editie niet meer', async () => {
    const eerste = (await szw.verzoek('/edities')).json<{ publicaties: Verslag[] }>().publicaties[0];
    const tweede = await szw.publiceer(proefeditieTekst('PUBLICATIE_PROEF', -1, '2023-01-01'), { bestand: '2023-01-01.yaml' });
    expect(tweede.status, tweede.tekst).toBe(201);
    expect(tweede.json<{ publicatie: Verslag }>().publicatie.samenvatting.effecten).toEqual({ toegevoegd: 0, gewijzigd: 1, verwijderd: 0 });
    expect(scoreVan('PUBLICATIE_PROEF')).toBe(-1);
    expect((await szw.verzoek(`/edities/${eerste.id}`)).tekst).toBe(proefeditieTekst('PUBLICATIE_PROEF', 2, '2022-01-01'));

    const voor = await aantallen();
    const anders = await szw.publiceer(proefeditieTekst('PUBLICATIE_PROEF', 3, '2022-01-01'));
    expect(anders.status).toBe(409);
    expect(anders.json<Fout>().errors[0]).toMatchObject({ extensions: { code: 'EDITIE_BESTAAT_AL' } });
    expect(anders.json<Fout>().errors[0].message).toContain(`publicatie #${eerste.id} (2022-01-01.yaml)`);
    expect(anders.json<Fout>().errors[0].message).toContain('nieuwe editie met een latere datum');

    // Precies dezelfde editie nog eens: aanvaard, maar eerlijk gezegd dat er niets gebeurde.
    const nogmaals = await szw.publiceer(proefeditieTekst('PUBLICATIE_PROEF', 2, '2022-01-01'));
    expect(nogmaals.status).toBe(200);
    expect(nogmaals.json()).toMatchObject({ gepubliceerd: false, publicatie: { id: eerste.id } });
    expect(nogmaals.json<{ melding: string }>().melding).toContain('er is niets geschreven en niets veranderd');
    expect(await aantallen()).toEqual(voor);
    expect(scoreVan('PUBLICATIE_PROEF')).toBe(-1);
  });

  it('publiceert een editie die niets verandert wel, maar zegt dat eerlijk', async () => {
    const antwoord = await szw.publiceer(proefeditieTekst('PUBLICATIE_PROEF', -1, '2023-06-01'));
    expect(antwoord.status).toBe(201);
    const { publicatie, melding } = antwoord.json<{ publicatie: Verslag; melding: string }>();
    expect(melding).toContain('verandert geen beleidsgegevens');
    expect(publicatie.samenvatting.edities).toEqual({ toegevoegd: 1, gewijzigd: 0, verwijderd: 0 });
    expect(publicatie.samenvatting.effecten).toEqual({ toegevoegd: 0, gewijzigd: 0, verwijderd: 0 });
  });

  it('weigert een foute editie in haar geheel, met elke melding, en schrijft niets', async () => {
    const inhoud = parse(proefeditieTekst('FOUT_PROEF', 2, '2024-01-01'));
    inhoud.instrumenten[0].effecten[0].score = 5;
    inhoud.instrumenten[0].effecten[0].indicator = 'GELUK';
    inhoud.doelen = [{ code: 'GELDIG_NIEUW_DOEL', naam: 'Geldig', omschrijving: 'Geldig doel.', indicator: 'DAK_EN_THUISLOOSHEID', richting: 'AFNAME', uitspraak: 'BELEIDSDOEL', aandachtsgroepen: ['WOONWAGENBEWONERS'], bron: PROEFBRON }];
    const voor = await aantallen();
    const bestand = sha256VanBestand(szw.sqlitePad);
    const stempel = szw.subgraaf.momentopname.stempel;

    const antwoord = await szw.publiceer(stringify(inhoud));
    expect(antwoord.status).toBe(422);
    const [fout] = antwoord.json<Fout>().errors;
    expect(fout.extensions.code).toBe('EDITIE_ONGELDIG');
    expect(fout.message).toContain('er is niets geschreven');
    expect(fout.extensions.meldingen).toEqual([
      expect.stringMatching(/^2024-01-01\.yaml: instrumenten\[0\] \(FOUT_PROEF\) > effecten\[0\] > indicator: ongeldige waarde "GELUK"; geldig: /),
      expect.stringMatching(/^2024-01-01\.yaml: instrumenten\[0\] \(FOUT_PROEF\) > effecten\[0\] > score: .*-3 en \+3/),
    ]);
    expect(await aantallen()).toEqual(voor);
    expect(sha256VanBestand(szw.sqlitePad)).toBe(bestand);
    expect(szw.subgraaf.momentopname.stempel).toBe(stempel);
    expect(instrumentcodes()).not.toContain('FOUT_PROEF');
  });

  it('laat een redacteur van SZW geen partijen en geen toezegging van een ander ministerie publiceren', async () => {
    const voor = await aantallen();
    const inhoud = {
      departement: 'SZW',
      editie: '2024-03-01',
      partijen: [{ code: 'GEMEENTEN', naam: 'Gemeenten', omschrijving: 'Door SZW vastgelegd.', bron: PROEFBRON }],
      maatregelen: [{ code: 'TOEZEGGING_VAN_BZK', naam: 'Proef', pakket: 'SPOEDPAKKET', thema: 'Proef', instrumenten: [], eigenaar: 'BZK', status: 'TOEGEZEGD', bron: PROEFBRON }],
    };
    const antwoord = await szw.publiceer(stringify(inhoud));
    expect(antwoord.status).toBe(422);
    expect(antwoord.json<Fout>().errors[0].extensions.meldingen).toEqual([
      expect.stringContaining('2024-03-01.yaml: partijen: alleen BZK legt de partijen vast'),
      expect.stringContaining('2024-03-01.yaml: maatregelen[0] (TOEZEGGING_VAN_BZK) > eigenaar: BZK is een ander ministerie; SZW legt alleen eigen records vast'),
    ]);
    expect(await aantallen()).toEqual(voor);
  });

  it('past dezelfde samenhangsregels toe als de import: een maatregel noemt een instrument van het eigen ministerie', async () => {
    const inhoud = {
      departement: 'SZW',
      editie: '2024-02-01',
      maatregelen: [{ code: 'PROEFMAATREGEL', naam: 'Proef', pakket: 'SPOEDPAKKET', thema: 'Proef', instrumenten: ['BESTAAT_NIET'], eigenaar: 'SZW', status: 'AANBEVOLEN', bron: PROEFBRON }],
    };
    const antwoord = await szw.publiceer(stringify(inhoud));
    expect(antwoord.status).toBe(422);
    expect(antwoord.json<Fout>().errors[0].extensions.meldingen).toEqual(['2024-02-01.yaml: maatregelen (PROEFMAATREGEL) > instrumenten: BESTAAT_NIET is geen instrument van dit ministerie']);
  });

  it('weigert een editie van een ander departement, een bestandsnaam die niet bij de editie past, en onleesbare YAML', async () => {
    const bzk = await szw.publiceer(proefeditieTekst('PROEF', 1, '2025-01-01').replace('departement: SZW', 'departement: BZK'));
    expect(bzk.json<Fout>().errors[0].extensions.meldingen).toEqual(['2025-01-01.yaml: departement: BZK hoort niet bij deze publicatie; hier publiceert alleen SZW']);

    const naam = await szw.publiceer(proefeditieTekst('PROEF', 1, '2025-01-01'), { bestand: '2025-02-02.yaml' });
    expect(naam.json<Fout>().errors[0].extensions.meldingen).toEqual(['2025-02-02.yaml: editie: 2025-01-01 moet gelijk zijn aan de bestandsnaam (2025-02-02)']);

    const pad = await szw.publiceer(proefeditieTekst('PROEF', 1, '2025-01-01'), { bestand: '../bzk/2025-01-01.yaml' });
    expect(pad.status).toBe(422);
    expect(pad.json<Fout>().errors[0].extensions.meldingen).toContainEqual(expect.stringContaining('?bestand=../bzk/2025-01-01.yaml: de naam van een editie is haar datum, JJJJ-MM-DD.yaml'));

    const yaml = await szw.publiceer('departement: SZW\neditie: [2025-01-01\n');
    expect(yaml.status).toBe(422);
    expect(yaml.json<Fout>().errors[0].extensions.meldingen?.[0]).toMatch(/^editie: YAML-fout: /);
  });

  it('aanvaardt alleen YAML als body', async () => {
    const json = await szw.publiceer(JSON.stringify(parse(proefeditieTekst('PROEF', 1, '2025-01-01'))), { contentType: 'application/json' });
    expect(json.status).toBe(415);
    expect(json.json<Fout>().errors[0]).toMatchObject({ extensions: { code: 'GEEN_YAML' } });
    expect(json.json<Fout>().errors[0].message).toContain('application/yaml, text/yaml, text/plain (ontvangen: application/json)');
    const tekst = await szw.publiceer(proefeditieTekst('TEKST_PROEF', 1, '2025-03-01'), { contentType: 'text/plain; charset=utf-8' });
    expect(tekst.status).toBe(201);
    const leeg = await szw.publiceer('  \n');
    expect(leeg.status).toBe(400);
    expect(leeg.json<Fout>().errors[0].extensions.code).toBe('LEGE_EDITIE');
  });

  it('weigert wie geen redacteur van dit ministerie is, en wie niet via de gateway komt, zonder iets te schrijven', async () => {
    const voor = await aantallen();
    const bestand = sha256VanBestand(szw.sqlitePad);
    const yaml = proefeditieTekst('INDRINGER', 3, '2026-04-01');

    const bzk = await szw.publiceer(yaml, { rol: 'redacteur:BZK', onderwerp: 'redacteur-bzk' });
    expect(bzk.status).toBe(403);
    expect(bzk.json<Fout>().errors[0]).toMatchObject({
      message: 'redacteur-bzk mag geen edities van SZW publiceren: daarvoor is de rol redacteur:SZW nodig (deze identiteit heeft: redacteur:BZK).',
      extensions: { code: 'GEEN_REDACTEUR' },
    });
    expect((await szw.publiceer(yaml, { rol: 'beheer' })).status).toBe(403);
    expect((await szw.publiceer(yaml, { rol: 'analist' })).status).toBe(403);
    const zonder = await szw.publiceer(yaml, { rol: null });
    expect(zonder.status).toBe(401);
    expect(zonder.json<Fout>().errors[0].extensions.code).toBe('IDENTITEIT_ONTBREEKT');
    const buitenom = await szw.publiceer(yaml, { geheim: 'geraden' });
    expect(buitenom.status).toBe(401);
    expect(buitenom.json<Fout>().errors[0].extensions.code).toBe('ALLEEN_VIA_GATEWAY');

    expect(await aantallen()).toEqual(voor);
    expect(sha256VanBestand(szw.sqlitePad)).toBe(bestand);
    expect(instrumentcodes()).not.toContain('INDRINGER');
  });

  it('laat het verslag alleen zien aan wie meer dan partner is, en zegt welke publicaties er zijn', async () => {
    expect((await szw.verzoek('/edities', { rol: 'partner' })).status).toBe(403);
    expect((await szw.verzoek('/edities', { rol: 'redacteur:BZK' })).status).toBe(200);
    expect((await szw.verzoek('/edities/1', { rol: 'partner' })).status).toBe(403);
    const onbekend = await szw.verzoek('/edities/999');
    expect(onbekend.status).toBe(404);
    expect(onbekend.json<Fout>().errors[0]).toMatchObject({ extensions: { code: 'PUBLICATIE_ONBEKEND' } });
    expect((await szw.verzoek('/edities/abc')).status).toBe(404);
    const put = await szw.verzoek('/edities', { methode: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
  });
});

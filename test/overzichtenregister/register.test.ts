// Het overzichtenregister alleen, zonder gateway: de ingebouwde set bij de eerste start,
// versies nummeren en onveranderlijk bewaren, gelijktijdige publicaties (niets verloren,
// niets dubbel), een herstart, intrekken, het verslag, de stand, wie het mag aanspreken,
// en de melding via Redis. De PostgreSQL-variant staat in test/postgresql.test.ts.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { overzichtenkanaal } from '../../kern/wijzigingsbericht.js';
import type { Registerstand, Verslagregel } from '../../kern/overzichten.js';
import { contractVan } from '../../gateway/overzichten/contract.js';
import { publiekSchema } from '../../gateway/overzichten/apischema.js';
import { hashVan, leesOverzichten, OVERZICHTENMAP } from '../../gateway/overzichten/register.js';
import { ingecheckteSupergraph } from '../../schema/gereedschap/compositie.js';
import { leesStand, publiceer } from '../../overzichtenregister/opslag.js';
import { INGEBOUWD } from '../../overzichtenregister/ingebouwd.js';
import { gebruik } from '../hulp/gebruik.js';
import { publicatie, SAMENSTELLER, startTestregister, tijdelijkSqlitePad, type Testregister } from '../hulp/overzichtenregister.js';
import { testRedis } from '../hulp/redis.js';

const INGEBOUWDE_NAMEN = leesOverzichten().map((o) => o.naam);
const lees = async (r: Testregister) => (await r.stuur('/overzichten')).json as unknown as Registerstand;
const ids = (stand: Registerstand, naam: string) => stand.versies.filter((v) => v.naam === naam).map((v) => `${v.naam}@${v.versie}`);

describe('het overzichtenregister op SQLite', () => {
  const pad = tijdelijkSqlitePad();
  const register = gebruik('Het register', () => startTestregister({ sqlitePad: pad }), (r) => r.stop());

  it('neemt bij de eerste start elk bestand in overzichten/ op als versie 1, met het contract uit contract.json', async () => {
    expect(register.ingebouwd.opgenomen.sort()).toEqual(INGEBOUWDE_NAMEN.map((n) => `${n}@1`).sort());
    expect(register.ingebouwd.meldingen).toEqual([]);
    const stand = await lees(register);
    const cijfers = stand.versies.find((v) => v.naam === 'cijfers')!;
    const bestand = readFileSync(`${OVERZICHTENMAP}/cijfers.graphql`, 'utf8');
    expect(cijfers).toMatchObject({ versie: 1, hash: hashVan(bestand), document: bestand, rijen: 'aandachtsgroepen.*.cijfers', herkomst: 'ingebouwd', titel: 'Cijfers' });
    // Alleen de nieuwste versie van een naam draagt haar contract: daartegen vergelijkt de gateway.
    expect(cijfers.contract?.hash).toBe(hashVan(bestand));
  });

  it('nummert versies: 201 met naam@1, dan naam@2 tegen versie 1; wie tegen een oudere vergeleek, krijgt 409 met de nieuwste', async () => {
    const eerste = await register.stuur('/overzichten', { body: publicatie('woningdelen', 0) });
    expect(eerste.status).toBe(201);
    expect(eerste.json.versie).toMatchObject({ naam: 'woningdelen', versie: 1, herkomst: 'api' });
    const tweede = await register.stuur('/overzichten', { body: publicatie('woningdelen', 1, 'query Woningdelen { aandachtsgroepen { code naam } }') });
    expect(tweede.status).toBe(201);
    expect(tweede.json.versie).toMatchObject({ versie: 2 });
    const verouderd = await register.stuur('/overzichten', { body: publicatie('woningdelen', 1, 'query Woningdelen { aandachtsgroepen { code omschrijving } }') });
    expect(verouderd.status).toBe(409);
    expect(verouderd.json).toMatchObject({ errors: [{ extensions: { code: 'OVERZICHT_VEROUDERD', nieuwste: 2 } }] });
    expect(ids(await lees(register), 'woningdelen')).toEqual(['woningdelen@1', 'woningdelen@2']);
  });

  it('verliest niets als twee publicaties tegelijk komen: twee namen worden allebei versie 1, dezelfde naam één keer versie 2 en één keer 409', async () => {
    const [a, b] = await Promise.all([register.stuur('/overzichten', { body: publicatie('tegelijk-a', 0) }), register.stuur('/overzichten', { body: publicatie('tegelijk-b', 0) })]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const tien = await Promise.all(Array.from({ length: 10 }, (_, i) => register.stuur('/overzichten', { body: publicatie(`veel-${i}`, 0) })));
    expect(tien.map((t) => t.status)).toEqual(Array(10).fill(201));

    const zelfde = await Promise.all([
      register.stuur('/overzichten', { body: publicatie('tegelijk-a', 1, 'query TegelijkA { aandachtsgroepen { code naam } }') }),
      register.stuur('/overzichten', { body: publicatie('tegelijk-a', 1, 'query TegelijkA { aandachtsgroepen { code omschrijving } }') }),
    ]);
    expect(zelfde.map((z) => z.status).sort()).toEqual([201, 409]);
    // De verliezer vergelijkt opnieuw met de nieuwste (zoals de gateway doet) en wordt versie 3.
    const opnieuw = await register.stuur('/overzichten', { body: publicatie('tegelijk-a', 2, 'query TegelijkA { aandachtsgroepen { code omschrijving } }') });
    expect(opnieuw.status).toBe(201);
    const stand = await lees(register);
    expect(ids(stand, 'tegelijk-a')).toEqual(['tegelijk-a@1', 'tegelijk-a@2', 'tegelijk-a@3']);
    expect(ids(stand, 'tegelijk-b')).toEqual(['tegelijk-b@1']);
    for (let i = 0; i < 10; i++) expect(ids(stand, `veel-${i}`)).toEqual([`veel-${i}@1`]);
  });

  it('ook zonder HTTP ertussen: twintig gelijktijdige publicaties van één naam tegen dezelfde versie geven precies één nieuwe versie', async () => {
    const em = register.db.orm.em;
    await publiceer(em, publicatie('wedloop', 0), SAMENSTELLER, new Date());
    const uitkomsten = await Promise.all(Array.from({ length: 20 }, (_, i) => publiceer(em, publicatie('wedloop', 1, `query Wedloop { aandachtsgroepen { code } n${i}: aandachtsgroepen { naam } }`), SAMENSTELLER, new Date())));
    expect(uitkomsten.filter((u) => u.soort === 'gepubliceerd')).toHaveLength(1);
    expect(uitkomsten.filter((u) => u.soort === 'verouderd')).toHaveLength(19);
    expect(ids(await leesStand(em), 'wedloop')).toEqual(['wedloop@1', 'wedloop@2']);
  });

  it('leest de hele lijst met vier statements, hoeveel versies er ook zijn (geen N+1); vijf als er manifesten van partners zijn', async () => {
    const voor = register.db.statements.length;
    const stand = await leesStand(register.db.orm.em);
    expect(stand.versies.length).toBeGreaterThan(20);
    expect(stand.partners).toEqual([]);
    expect(register.db.statements.length - voor).toBe(4);
  });

  it('houdt een verslag: wie, wanneer, sha256, het document en de wijziging per versie', async () => {
    const { status, json } = await register.stuur('/overzichten/woningdelen/verslag');
    expect(status).toBe(200);
    const versies = json.versies as Verslagregel[];
    expect(versies.map((v) => v.id)).toEqual(['woningdelen@2', 'woningdelen@1']);
    expect(versies[0]).toMatchObject({ wie: SAMENSTELLER.onderwerp, bron: 'jwt', sha256: hashVan('query Woningdelen { aandachtsgroepen { code naam } }'), document: 'query Woningdelen { aandachtsgroepen { code naam } }', herkomst: 'api' });
    expect(versies[0].wanneer).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await register.stuur('/overzichten/cijfers/verslag')).json.versies).toMatchObject([{ id: 'cijfers@1', ...INGEBOUWD, herkomst: 'ingebouwd' }]);
    expect((await register.stuur('/overzichten/bestaat-niet/verslag')).status).toBe(404);
  });

  it('trekt een overzicht in (samensteller of beheer), één keer; daarna legt het geen versie meer vast', async () => {
    const stand = (await register.stuur('/overzichten/stand')).json.stand;
    const per = '2030-01-01T00:00:00.000Z';
    const beheer = { onderwerp: 'beheerder', rollen: ['beheer' as const], bron: 'api-sleutel' as const };
    const ingetrokken = await register.stuur('/overzichten/tegelijk-b/intrekken', { body: { reden: 'vervangen door woningdelen', per }, wie: beheer });
    expect(ingetrokken.status).toBe(201);
    expect(ingetrokken.json.intrekking).toMatchObject({ naam: 'tegelijk-b', per, wie: 'beheerder', reden: 'vervangen door woningdelen' });
    expect((await register.stuur('/overzichten/tegelijk-b/intrekken', { body: { reden: 'nog eens', per } })).status).toBe(200);
    expect((await register.stuur('/overzichten/stand')).json.stand).not.toBe(stand);
    const daarna = await register.stuur('/overzichten', { body: publicatie('tegelijk-b', 1, 'query TegelijkB { aandachtsgroepen { naam } }') });
    expect(daarna.status).toBe(409);
    expect(daarna.json).toMatchObject({ errors: [{ extensions: { code: 'OVERZICHT_INGETROKKEN' } }] });
    expect((await register.stuur('/overzichten/bestaat-niet/intrekken', { body: { reden: 'x', per } })).status).toBe(404);
    expect((await lees(register)).intrekkingen.map((i) => i.naam)).toEqual(['tegelijk-b']);
  });

  it('antwoordt alleen de gateway (geheim), en legt alleen vast voor een samensteller', async () => {
    const zonderGeheim = await register.stuur('/overzichten', { geheim: null });
    expect(zonderGeheim.status).toBe(401);
    expect(zonderGeheim.json).toMatchObject({ errors: [{ extensions: { code: 'ALLEEN_VIA_GATEWAY' } }] });
    expect((await register.stuur('/overzichten', { body: publicatie('anoniem', 0), wie: null })).json).toMatchObject({ errors: [{ extensions: { code: 'IDENTITEIT_ONTBREEKT' } }] });
    const analist = await register.stuur('/overzichten', { body: publicatie('analist', 0), wie: { onderwerp: 'a', rollen: ['analist'], bron: 'jwt' } });
    expect(analist.status).toBe(403);
    expect(JSON.stringify(analist.json)).toContain('samensteller');
    const partnerIntrekken = await register.stuur('/overzichten/woningdelen/intrekken', { body: { reden: 'x', per: '2030-01-01T00:00:00Z' }, wie: { onderwerp: 'p', rollen: ['partner'], bron: 'jwt' } });
    expect(partnerIntrekken.status).toBe(403);
    expect((await register.stuur('/overzichten', { body: { naam: 'kapot' } })).status).toBe(400);
    const verkeerdeHash = { ...publicatie('hash', 0), document: 'query Hash { aandachtsgroepen { naam } }' };
    const ongeldig = await register.stuur('/overzichten', { body: verkeerdeHash });
    expect(ongeldig.status).toBe(422);
    expect(ongeldig.json).toMatchObject({ errors: [{ extensions: { code: 'OVERZICHT_ONGELDIG' } }] });
  });

  it('houdt na een herstart alles, en neemt de ingebouwde set niet opnieuw op', async () => {
    const voor = await lees(register);
    const opnieuw = await startTestregister({ sqlitePad: pad });
    try {
      expect(opnieuw.ingebouwd).toEqual({ opgenomen: [], meldingen: [] });
      const na = await lees(opnieuw);
      expect(na.versies).toEqual(voor.versies);
      expect(na.intrekkingen).toEqual(voor.intrekkingen);
      expect(na.stand).toBe(voor.stand);
    } finally {
      await opnieuw.stop();
    }
  });
});

describe('de ingebouwde set na een wijziging in overzichten/', () => {
  const schema = publiekSchema(ingecheckteSupergraph());
  const map = mkdtempSync(join(tmpdir(), 'thuis-ingebouwd-'));
  cpSync(OVERZICHTENMAP, map, { recursive: true });
  const pad = tijdelijkSqlitePad();
  const schrijf = (naam: string, document: string) => {
    writeFileSync(join(map, `${naam}.graphql`), document);
    const contracten = JSON.parse(readFileSync(join(map, 'contract.json'), 'utf8')) as Record<string, unknown>;
    contracten[naam] = contractVan({ id: naam, hash: hashVan(document), document }, schema);
    writeFileSync(join(map, 'contract.json'), JSON.stringify(contracten));
  };
  const leeftijden = readFileSync(join(OVERZICHTENMAP, 'leeftijden.graphql'), 'utf8');
  const toezeggingen = readFileSync(join(OVERZICHTENMAP, 'toezeggingen.graphql'), 'utf8');

  it('neemt een uitbreiding op als nieuwe versie; een breuk of een bestand zonder contract niet, met een melding', async () => {
    const eerste = await startTestregister({ sqlitePad: pad, map });
    await eerste.stop();
    schrijf('leeftijden', leeftijden.replace('      toelichting\n', '      toelichting\n      bronnen { document }\n'));
    schrijf('toezeggingen', toezeggingen.replace(/^\s*eigenaar\b.*$/m, ''));
    writeFileSync(join(map, 'zonder-contract.graphql'), 'query ZonderContract { aandachtsgroepen { code } }');
    const tweede = await startTestregister({ sqlitePad: pad, map });
    try {
      expect(tweede.ingebouwd.opgenomen).toEqual(['leeftijden@2']);
      expect(tweede.ingebouwd.meldingen.join('\n')).toMatch(/toezeggingen\.graphql breekt met toezeggingen@1/);
      expect(tweede.ingebouwd.meldingen.join('\n')).toMatch(/zonder-contract\.graphql staat niet \(zo\) in overzichten\/contract\.json; draai npm run overzichten/);
      const verslag = (await tweede.stuur('/overzichten/leeftijden/verslag')).json.versies as Verslagregel[];
      expect(verslag[0]).toMatchObject({ id: 'leeftijden@2', herkomst: 'ingebouwd', wijziging: { brekend: [], toegevoegd: ['veld analyse.leeftijdsgaten.bronnen', 'veld analyse.leeftijdsgaten.bronnen.document'] } });
    } finally {
      await tweede.stop();
    }
  });

  it('neemt geen overzicht op met een verbinding die de gateway niet tot het eind kan doorbladeren', async () => {
    schrijf('eerste-bladzijde', '# rijen: analyse.tegenwerkendePrikkelsVerbinding.edges.node\nquery EersteBladzijde { analyse { tegenwerkendePrikkelsVerbinding(first: 10) { edges { node { score } } } } }');
    const register = await startTestregister({ sqlitePad: pad, map });
    try {
      expect(register.ingebouwd.opgenomen).not.toContain('eerste-bladzijde@1');
      expect(register.ingebouwd.meldingen.join('\n')).toMatch(/eerste-bladzijde\.graphql: tegenwerkendePrikkelsVerbinding \(analyse\.tegenwerkendePrikkelsVerbinding\) heeft geen after; .* Niet opgenomen\./);
    } finally {
      await register.stop();
    }
  });

  it('laat een versie van het programmateam staan als het bestand daarna verandert', async () => {
    const register = await startTestregister({ sqlitePad: pad, map });
    const document = 'query Netwerk { aandachtsgroepen { code } }';
    expect((await register.stuur('/overzichten', { body: { ...publicatie('netwerk', 1, document), breekt: { reden: 'anders', uitfaseerdatum: '2030-01-01' } } })).status).toBe(201);
    await register.stop();
    schrijf('netwerk', readFileSync(join(OVERZICHTENMAP, 'netwerk.graphql'), 'utf8').replace('query Netwerk(', '# ook dit\nquery Netwerk('));
    const daarna = await startTestregister({ sqlitePad: pad, map });
    try {
      expect(daarna.ingebouwd.opgenomen).toEqual([]);
      expect(daarna.ingebouwd.meldingen.join('\n')).toMatch(/het programmateam publiceerde al netwerk@2; het register houdt die/);
    } finally {
      await daarna.stop();
    }
  });
});

describe('de melding via Redis', async () => {
  const redis = await testRedis();
  const luisteraar = redis ? new Redis(redis.url) : undefined;
  afterAll(() => luisteraar?.disconnect());

  it.skipIf(!redis)('meldt elke nieuwe versie op het kanaal van de overzichten, met naam en versie', async () => {
    const berichten: unknown[] = [];
    luisteraar!.on('message', (_k: string, b: string) => berichten.push(JSON.parse(b)));
    await luisteraar!.subscribe(overzichtenkanaal(redis!));
    const register = await startTestregister({ redis });
    try {
      // De ingebouwde set bij de eerste start is ook een wijziging.
      await expect.poll(() => berichten.length).toBeGreaterThan(0);
      expect((await register.stuur('/overzichten', { body: publicatie('gemeld', 0) })).status).toBe(201);
      await expect.poll(() => berichten).toContainEqual({ naam: 'gemeld', versie: 1 });
    } finally {
      await register.stop();
    }
  });
});

// De manifesten van partnerapps in het overzichtenregister, zonder gateway: elke registratie en
// intrekking een eigen versie met wie en wanneer (de tabel is het verslag), een ongewijzigd
// manifest legt niets vast, alleen beheer mag het, de stand verandert zodat elke gateway het
// hoort, en het bericht via Redis. Op SQLite, en op PostgreSQL als die er is.
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import type { Identiteit } from '../../kern/identiteit.js';
import type { Registerstand } from '../../kern/overzichten.js';
import type { Manifestoperatie } from '../../kern/partners.js';
import { overzichtenkanaal } from '../../kern/wijzigingsbericht.js';
import { gebruik } from '../hulp/gebruik.js';
import { publicatie, startTestregister, type Testregister } from '../hulp/overzichtenregister.js';
import { moetPostgresTesten, postgresRegisterUrl } from '../hulp/postgres.js';
import { testRedis } from '../hulp/redis.js';

const BEHEER: Identiteit = { onderwerp: 'beheer-bob', rollen: ['beheer'], bron: 'jwt' };
const operatie = (naam: string, velden = 'code'): Manifestoperatie => {
  const body = `query ${naam} { aandachtsgroepen { ${velden} } }`;
  return { id: createHash('sha256').update(body).digest('hex'), name: naam, body };
};
const stand = async (r: Testregister) => (await r.stuur('/overzichten')).json as unknown as Registerstand;
const metPostgres = await moetPostgresTesten();
const redis = await testRedis();

const databases: [string, { databaseUrl?: string }][] = [['SQLite', {}], ...(metPostgres ? [['PostgreSQL', { databaseUrl: postgresRegisterUrl() }] as [string, { databaseUrl?: string }]] : [])];

describe.each(databases)('manifesten van partners in het register (%s)', (_, keuze) => {
  const register = gebruik('Het register', () => startTestregister({ ...keuze, redis }), (r) => r.stop());
  // Elke run een eigen app: PostgreSQL bewaart wat een vorige run vastlegde.
  const app = `app-${process.pid}-${Date.now().toString(36)}`;

  it('legt elke registratie vast als nieuwe versie met wie, wanneer en wat er veranderde; een gelijk manifest legt niets vast', async () => {
    const voor = (await register.stuur('/overzichten/stand')).json.stand as string;
    const eerste = await register.stuur(`/partners/${app}`, { methode: 'PUT', body: { operaties: [operatie('Een'), operatie('Twee')] }, wie: BEHEER });
    expect(eerste.status).toBe(201);
    expect(eerste.json).toMatchObject({ vastgelegd: true, manifest: { app, versie: 1, wie: 'beheer-bob', bron: 'jwt' }, toegevoegd: [operatie('Een').id, operatie('Twee').id], verwijderd: [] });
    expect((await register.stuur('/overzichten/stand')).json.stand).not.toBe(voor);
    const gelijk = await register.stuur(`/partners/${app}`, { methode: 'PUT', body: { operaties: [operatie('Twee'), operatie('Een')] }, wie: BEHEER });
    expect(gelijk.status).toBe(200);
    expect(gelijk.json).toMatchObject({ vastgelegd: false, manifest: { versie: 1 } });
    const tweede = await register.stuur(`/partners/${app}`, { methode: 'PUT', body: { operaties: [operatie('Een'), operatie('Drie', 'naam')] }, wie: BEHEER });
    expect(tweede.json).toMatchObject({ manifest: { versie: 2 }, toegevoegd: [operatie('Drie', 'naam').id], verwijderd: [operatie('Twee').id] });
    const geldend = (await stand(register)).partners.find((m) => m.app === app);
    expect(geldend?.versie).toBe(2);
    expect(geldend?.operaties.map((o) => o.name)).toEqual(['Een', 'Drie']);
  });

  it('trekt in als een eigen versie; het verslag houdt elke stap, de stand noemt de app niet meer', async () => {
    const weg = await register.stuur(`/partners/${app}`, { methode: 'DELETE', wie: BEHEER });
    expect(weg.json).toMatchObject({ ingetrokken: true, versie: 3 });
    expect((await register.stuur(`/partners/${app}`, { methode: 'DELETE', wie: BEHEER })).json).toMatchObject({ ingetrokken: false, versie: 3 });
    expect((await stand(register)).partners.find((m) => m.app === app)).toBeUndefined();
    const verslag = await register.stuur(`/partners/${app}/verslag`);
    expect((verslag.json.versies as { versie: number; ingetrokken: boolean; aantal: number; wie: string }[]).map((v) => [v.versie, v.ingetrokken, v.aantal, v.wie])).toEqual([
      [3, true, 0, 'beheer-bob'],
      [2, false, 2, 'beheer-bob'],
      [1, false, 2, 'beheer-bob'],
    ]);
    // Daarna mag de app een nieuw manifest krijgen.
    expect((await register.stuur(`/partners/${app}`, { methode: 'PUT', body: { operaties: [operatie('Een')] }, wie: BEHEER })).json).toMatchObject({ manifest: { versie: 4 } });
    expect((await register.stuur('/partners/bestaat-niet', { methode: 'DELETE', wie: BEHEER })).status).toBe(404);
  });

  it('alleen beheer, alleen met een geldige appnaam, alleen ids die de sha256 van hun body zijn, elk id één keer', async () => {
    const samensteller: Identiteit = { onderwerp: 'anna', rollen: ['samensteller'], bron: 'jwt' };
    expect((await register.stuur(`/partners/${app}`, { methode: 'PUT', body: { operaties: [operatie('Een')] }, wie: samensteller })).status).toBe(403);
    expect((await register.stuur(`/partners/${app}`, { methode: 'PUT', body: { operaties: [operatie('Een')] }, wie: null })).status).toBe(401);
    expect((await register.stuur(`/partners/${app}`, { methode: 'PUT', body: { operaties: [operatie('Een')] }, wie: BEHEER, geheim: null })).status).toBe(401);
    expect((await register.stuur('/partners/Niet..Goed', { methode: 'PUT', body: { operaties: [operatie('Een')] }, wie: BEHEER })).status).toBe(400);
    const vervalst = { ...operatie('Een'), body: 'query Een { aandachtsgroepen { naam } }' };
    expect((await register.stuur(`/partners/${app}`, { methode: 'PUT', body: { operaties: [vervalst] }, wie: BEHEER })).status).toBe(422);
    expect((await register.stuur(`/partners/${app}`, { methode: 'PUT', body: { operaties: [operatie('Een'), operatie('Een')] }, wie: BEHEER })).status).toBe(400);
  });

  it('schrijft tegelijk: manifesten van twee apps, twee keer dezelfde app en een overzicht, zonder fout en zonder dubbel nummer', async () => {
    const tegelijk = await Promise.all([
      register.stuur(`/partners/${app}-a`, { methode: 'PUT', body: { operaties: [operatie('Een')] }, wie: BEHEER }),
      register.stuur(`/partners/${app}-b`, { methode: 'PUT', body: { operaties: [operatie('Een')] }, wie: BEHEER }),
      register.stuur(`/partners/${app}-a`, { methode: 'PUT', body: { operaties: [operatie('Twee')] }, wie: BEHEER }),
      register.stuur('/overzichten', { body: publicatie(`tegelijk-${app}`, 0) }),
    ]);
    expect(tegelijk.map((t) => t.status)).toEqual([201, 201, 201, 201]);
    expect(tegelijk.slice(0, 3).map((t) => (t.json.manifest as { versie: number }).versie)).toEqual([1, 1, 2]);
  });

  it.skipIf(!redis)('meldt een nieuw manifest via Redis, zoals een nieuw overzicht', async () => {
    const luisteraar = new Redis(redis!.url);
    try {
      const berichten: string[] = [];
      luisteraar.on('message', (_k: string, b: string) => berichten.push(b));
      await luisteraar.subscribe(overzichtenkanaal(redis!));
      await register.stuur(`/partners/${app}`, { methode: 'PUT', body: { operaties: [operatie('Vijf')] }, wie: BEHEER });
      for (let i = 0; i < 50 && berichten.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(berichten.map((b) => JSON.parse(b) as unknown)).toContainEqual({ naam: `partners/${app}` });
    } finally {
      luisteraar.disconnect();
    }
  });
});

// Een overzicht dat op de ene gatewayreplica gepubliceerd wordt, antwoordt op elke andere
// binnen 1 s, zonder herstart: via een bericht in Redis, via de periodieke controle van het
// register als Redis weg is, en een onbekend id laat een replica eerst bij het register kijken.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { redisProbleem, type Redisinstelling } from '../../kern/wijzigingsbericht.js';
import { vrijePoort } from '../../scripts/procesgroep.js';
import { gebruik, gebruikStapel } from '../hulp/gebruik.js';
import { testRedis } from '../hulp/redis.js';
import type { Stapel } from '../hulp/stapel.js';

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));
const document = (velden: string) => `query GroepDoelen($code: AandachtsgroepCode!) { aandachtsgroep(code: $code) { code naam bzk { doelen { ${velden} } } } }`;
const overzicht = (naam: string, velden = 'code naam') => ({
  naam,
  titel: 'Doelen per groep',
  omschrijving: 'De doelen van BZK voor één groep.',
  document: document(velden),
  rijen: 'aandachtsgroep.bzk.doelen',
  standaardwaarden: { code: 'STUDENTEN' },
});

async function publiceer(stapel: Stapel, body: unknown): Promise<{ status: number; json: { id?: string } }> {
  const a = await fetch(stapel.url.replace(/\/graphql$/, '/overzichten'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await stapel.token(['samensteller'])}` },
    body: JSON.stringify(body),
  });
  return { status: a.status, json: (await a.json()) as { id?: string } };
}

/** Hoe lang (ms) tot `klopt` waar is, gepeild elke 5 ms; null na `grensMs`. */
async function totDat(klopt: () => Promise<boolean>, grensMs = 3000): Promise<number | null> {
  const begin = performance.now();
  while (performance.now() - begin < grensMs) {
    if (await klopt()) return Math.round(performance.now() - begin);
    await wacht(5);
  }
  return null;
}

const inLijst = async (basis: string, naam: string) =>
  ((await (await fetch(`${basis}/overzichten`)).json()) as { overzichten: { naam: string; versie: number }[] }).overzichten.find((o) => o.naam === naam)?.versie ?? 0;

describe('twee gatewayreplica\'s met dezelfde Redis', async () => {
  const redis = await testRedis();
  const stapel = gebruikStapel('sqlite', { redis });
  // Zonder periodieke controle: wat B ziet, komt via Redis.
  const b = gebruik('Replica B', () => stapel.replica({ overzichtencontroleMs: 0 }), (r) => r.stop());

  it.skipIf(!redis)('een nieuw overzicht staat binnen 1 s in de lijst van de andere replica, zonder dat iemand erom vraagt', async () => {
    expect(await inLijst(b.basis, 'via-redis')).toBe(0);
    const a = await publiceer(stapel, overzicht('via-redis'));
    expect(a.status).toBe(201);
    const ms = await totDat(async () => (await inLijst(b.basis, 'via-redis')) === 1);
    console.log(`[meting] nieuw overzicht op replica B na de bevestiging op A: ${ms} ms (via Redis)`);
    expect(ms).not.toBeNull();
    expect(ms!).toBeLessThan(1000);
  });

  it.skipIf(!redis)('een nieuwe versie van een bekende naam: de naam geeft op de andere replica binnen 1 s de nieuwe versie', async () => {
    expect((await publiceer(stapel, overzicht('via-redis', 'code naam indicator'))).json.id).toBe('via-redis@2');
    const ms = await totDat(async () => {
      const a = (await (await fetch(`${b.basis}/overzichten/via-redis`)).json()) as { data?: { aandachtsgroep: { bzk: { doelen: { indicator?: string }[] } } } };
      return a.data?.aandachtsgroep.bzk.doelen[0].indicator !== undefined;
    });
    console.log(`[meting] nieuwe versie op replica B na de bevestiging op A: ${ms} ms (via Redis)`);
    expect(ms).not.toBeNull();
    expect(ms!).toBeLessThan(1000);
  });
});

describe('een replica die niets hoort', () => {
  const stapel = gebruikStapel('sqlite', { redis: null });
  const stil = gebruik('Een replica zonder Redis en zonder controle', () => stapel.replica({ redis: null, overzichtencontroleMs: 0 }), (r) => r.stop());

  it('kijkt bij een onbekend id eerst bij het register: een overzicht van zojuist antwoordt meteen, nooit 404', async () => {
    expect((await publiceer(stapel, overzicht('meteen'))).status).toBe(201);
    const json = await fetch(`${stil.basis}/overzichten/meteen`);
    expect(json.status).toBe(200);
    const csv = await fetch(`${stil.basis}/overzichten/meteen@1?formaat=csv`);
    expect(csv.status).toBe(200);
    const graphql = await fetch(stil.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documentId: 'meteen' }) });
    expect(graphql.status).toBe(200);
    // Onzin blijft 404, met de namen die er zijn.
    const onzin = await fetch(`${stil.basis}/overzichten/bestaat-niet`);
    expect(onzin.status).toBe(404);
    expect(await onzin.text()).toContain('meteen');
  });
});

describe('als Redis wegvalt', async () => {
  // Een eigen Redis, zodat de test hem kan stoppen zonder anderen te raken.
  const poort = await vrijePoort();
  let proces: ChildProcess | undefined;
  const start = () => {
    proces = spawn('redis-server', ['--port', String(poort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    proces.on('error', () => undefined);
  };
  start();
  const url = `redis://127.0.0.1:${poort}`;
  let bereikbaar = false;
  for (let i = 0; i < 50 && !bereikbaar; i++) {
    bereikbaar = (await redisProbleem(url)) === null;
    if (!bereikbaar) await wacht(50);
  }
  afterAll(() => {
    proces?.kill('SIGKILL');
  });
  const redis: Redisinstelling | null = bereikbaar ? { url, voorvoegsel: `thuis-test-weg-${process.pid}` } : null;
  const CONTROLE_MS = 300;
  const stapel = gebruikStapel('sqlite', { redis });
  const b = gebruik('Replica B', () => stapel.replica({ overzichtencontroleMs: CONTROLE_MS }), (r) => r.stop());

  it.skipIf(!redis)(`ziet de andere replica een nieuwe versie bij haar controle van het register (elke ${CONTROLE_MS} ms)`, async () => {
    expect((await publiceer(stapel, overzicht('zonder-redis'))).status).toBe(201);
    await totDat(async () => (await inLijst(b.basis, 'zonder-redis')) === 1);
    proces?.kill('SIGKILL');
    await wacht(200);
    expect(await redisProbleem(url)).not.toBeNull();
    const tweede = await publiceer(stapel, overzicht('zonder-redis', 'code naam richting'));
    expect(tweede.json.id).toBe('zonder-redis@2');
    const ms = await totDat(async () => (await inLijst(b.basis, 'zonder-redis')) === 2);
    console.log(`[meting] nieuwe versie op replica B zonder Redis: ${ms} ms (controle elke ${CONTROLE_MS} ms)`);
    expect(ms).not.toBeNull();
    expect(ms!).toBeLessThan(CONTROLE_MS + 700);
  });
});

// npm run bench:partners -- [--duur S] [--verbindingen N] [--out FILE]
//
// Kan één partner de andere partners laten wachten, als er meer gateways zijn? Start de stapel
// zoals in productie met twee gatewayreplica's op dezelfde Redis (issue 24). Twee partners
// vragen hetzelfde vastgelegde overzicht als URL, elk met steeds andere filters (ministerie,
// groep, maxScore), zodat vrijwel niets uit de antwoordcache komt en een verzoek zijn volle
// kosten van het budget neemt. Elke fase heeft haar eigen filters, zodat de ene de cache van
// de andere niet vult:
// 1. de rustige partner alleen, om en om bij elke replica: zijn p50 en p99 zonder vloed;
// 2. dezelfde partner terwijl de andere partner over N verbindingen per replica vloedt.
// Doel: zijn p99 tijdens de vloed hooguit 1,5× die zonder. Daarnaast: hoeveel van de vloed
// kreeg 429, en of die 429 Retry-After en de RateLimit-koppen had, en of de replica's samen
// niet meer doorlieten dan één budget (het budget staat in Redis, niet per replica).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { request } from 'undici';
import { percentiel } from '../bench/meten.js';
import { sha256 } from '../gateway/toegang/identificatie.js';
import { SUPERGRAPH_PAD } from '../gateway/server.js';
import { enumsUit } from '../kern/vocabulaire.js';
import { redisinstelling } from '../kern/wijzigingsbericht.js';
import { Procesgroep } from './procesgroep.js';
import { startProductiestapel } from './productiestapel.js';

const { values: argumenten } = parseArgs({
  options: {
    duur: { type: 'string', default: '15' },
    verbindingen: { type: 'string', default: '25' },
    /** Het budget van de rol partner (KOSTENBUDGET_PER_ROL); zonder geldt KOSTENBUDGET_PER_S voor iedereen. */
    partnerbudget: { type: 'string' },
    out: { type: 'string' },
  },
});
const duur = Number(argumenten.duur);
const verbindingen = Number(argumenten.verbindingen);

const OVERZICHT = '/overzichten/tegenwerkende-prikkels';
const enums = enumsUit(readFileSync(SUPERGRAPH_PAD, 'utf8'));
const waarden = (naam: string) => [undefined, ...enums.get(naam)!.keys()];
/** Een willekeurige combinatie van filters (6 × 11 × 4 = 264 per fase); de fase kiest slapend en alleenLetterlijk. */
type Fase = { slapend: boolean; alleenLetterlijk: boolean };
const VLOED: Fase = { slapend: false, alleenLetterlijk: false };
const ZONDER: Fase = { slapend: true, alleenLetterlijk: false };
const TIJDENS: Fase = { slapend: true, alleenLetterlijk: true };
const kies = <T>(lijst: readonly T[]): T => lijst[Math.floor(Math.random() * lijst.length)]!;
function pad(fase: Fase): string {
  const zoek = new URLSearchParams({ slapend: String(fase.slapend), alleenLetterlijk: String(fase.alleenLetterlijk) });
  const departement = kies(waarden('Departement'));
  const groep = kies(waarden('AandachtsgroepCode'));
  const maxScore = kies([undefined, -3, -2, -1]);
  if (departement) zoek.set('departement', departement);
  if (groep) zoek.set('aandachtsgroep', groep);
  if (maxScore !== undefined) zoek.set('maxScore', String(maxScore));
  return `${OVERZICHT}?${zoek}`;
}

const groep = new Procesgroep();

interface Latenties {
  verzoeken: number;
  p50: number;
  p99: number;
  max: number;
  statussen: Record<string, number>;
}

/**
 * Eén verbinding, steeds het volgende verzoek bij de volgende replica, tot de tijd om is; elke
 * latentie telt. De rustige partner blijft binnen zijn eigen budget: hij begint een verzoek
 * hooguit elke `tussenMs`, zodat wat hij meet de wachttijd door de ander is, niet die door zichzelf.
 */
async function rustigePartner(basissen: string[], sleutel: string, seconden: number, fase: Fase, tussenMs: number): Promise<Latenties> {
  const tijden: number[] = [];
  const statussen: Record<string, number> = {};
  const einde = performance.now() + seconden * 1000;
  let vorige = 0;
  for (let i = 0; performance.now() < einde; i++) {
    // Ook vóór het eerste verzoek: de vorige fase (of het opwarmen) vroeg net nog.
    const begin = performance.now();
    await new Promise((r) => setTimeout(r, i === 0 ? tussenMs : Math.max(0, vorige + tussenMs - begin)));
    vorige = performance.now();
    const antwoord = await request(`${basissen[i % basissen.length]}${pad(fase)}`, { headers: { 'x-api-key': sleutel, accept: 'application/json' } });
    await antwoord.body.dump();
    tijden.push(performance.now() - vorige);
    statussen[antwoord.statusCode] = (statussen[antwoord.statusCode] ?? 0) + 1;
  }
  const rond = (n: number) => Math.round(n * 10) / 10;
  return { verzoeken: tijden.length, p50: rond(percentiel(tijden, 50)), p99: rond(percentiel(tijden, 99)), max: rond(Math.max(...tijden)), statussen };
}

async function main() {
  if (!(await redisinstelling())) throw new Error('geen Redis bereikbaar (REDIS_URL); zonder Redis telt elke replica een eigen budget');
  const map = mkdtempSync(join(tmpdir(), 'thuis-partners-'));
  const sleutels = { vloed: `vloed_${randomBytes(24).toString('base64url')}`, rustig: `rustig_${randomBytes(24).toString('base64url')}` };
  const sleutelbestand = join(map, 'api-sleutels.json');
  writeFileSync(
    sleutelbestand,
    JSON.stringify({
      sleutels: [
        { naam: 'partner-vloed', rollen: ['partner'], sha256: sha256(sleutels.vloed) },
        { naam: 'partner-rustig', rollen: ['partner'], sha256: sha256(sleutels.rustig) },
      ],
    }),
  );
  const gatewayomgeving: NodeJS.ProcessEnv = argumenten.partnerbudget ? { KOSTENBUDGET_PER_ROL: JSON.stringify({ partner: Number(argumenten.partnerbudget) }) } : {};
  console.log(`[partners] stapel starten (productie, twee gateways, SQLite in ${map}) …`);
  const stapel = await startProductiestapel(groep, { map, apiSleutelbestand: sleutelbestand, gateway: gatewayomgeving, replicas: 2, meld: (m) => console.error(`[partners] ${m}`) });
  const basissen = stapel.gateways.map((u) => u.replace(/\/graphql$/, ''));
  for (const basis of basissen) await groep.wachtOp(`${basis}/health/ready`, `gateway ${basis} (opgewarmd)`, 120);

  const proef = await request(`${basissen[0]}${pad(VLOED)}`, { headers: { 'x-api-key': sleutels.rustig, accept: 'application/json' } });
  await proef.body.dump();
  if (proef.statusCode !== 200) throw new Error(`het overzicht antwoordt de partner niet (HTTP ${proef.statusCode})`);
  const budget = Number(proef.headers['ratelimit-limit']);
  const kosten = Number(proef.headers['x-kosten']);
  const perSeconde = Math.floor(budget / kosten);
  // De helft van wat zijn budget toelaat: ook een rustige partner met een te volle seconde wacht anders op zichzelf.
  const tussenMs = Math.ceil(2000 / perSeconde);
  console.log(`[partners] één verzoek kost ${kosten}; budget per partner ${budget} per seconde, dus hooguit ${perSeconde} verzoeken/s per partner over beide replica's; de rustige partner vraagt elke ${tussenMs} ms`);

  // 1. Zonder vloed (even opwarmen, dan meten).
  await rustigePartner(basissen, sleutels.rustig, 2, ZONDER, tussenMs);
  const zonder = await rustigePartner(basissen, sleutels.rustig, duur, ZONDER, tussenMs);
  console.log(`[partners] rustige partner zonder vloed: p50 ${zonder.p50} ms, p99 ${zonder.p99} ms (${zonder.verzoeken} verzoeken)`);

  // 2. Tijdens de vloed: de vloeder over beide replica's tegelijk, de rustige partner om en om.
  const metKosten = { aantal: 0 };
  const voorbeeld429: { retryAfter?: string; ratelimit?: string; policy?: string; code?: string }[] = [];
  const vloeden = basissen.map((basis) =>
    autocannon({
      url: basis,
      connections: verbindingen,
      duration: duur,
      headers: { 'x-api-key': sleutels.vloed, accept: 'application/json' },
      requests: [
        {
          setupRequest: (v) => ({ ...v, method: 'GET', path: pad(VLOED) }),
          onResponse: (status, body, _context, koppen) => {
            const k = koppen as Record<string, string | string[] | undefined>;
            // Een antwoord uit de cache kost niets en heeft geen x-kosten; alleen de rest telt voor het budget.
            if (status === 200 && k['x-kosten'] !== undefined) metKosten.aantal++;
            if (status !== 429 || voorbeeld429.length > 0) return;
            const tekst = (naam: string) => (typeof k[naam] === 'string' ? (k[naam] as string) : undefined);
            let code: string | undefined;
            try {
              code = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
            } catch {
              code = 'geen JSON';
            }
            voorbeeld429.push({ retryAfter: tekst('retry-after'), ratelimit: tekst('ratelimit-remaining'), policy: tekst('ratelimit-policy'), code });
          },
        },
      ],
    }),
  );
  await new Promise((r) => setTimeout(r, 500));
  const tijdens = await rustigePartner(basissen, sleutels.rustig, duur - 1, TIJDENS, tussenMs);
  const vloedUitslagen = await Promise.all(vloeden);
  const vloed = { verzoeken: 0, toegelaten: 0, geweigerd429: 0, anders: {} as Record<string, number> };
  for (const r of vloedUitslagen) {
    vloed.verzoeken += r.requests.total;
    for (const [code, n] of Object.entries(r.statusCodeStats ?? {})) {
      const aantal = n?.count ?? 0;
      if (code === '200') vloed.toegelaten += aantal;
      else if (code === '429') vloed.geweigerd429 += aantal;
      else vloed.anders[code] = (vloed.anders[code] ?? 0) + aantal;
    }
  }
  const toegelatenPerS = Math.round((metKosten.aantal / duur) * 10) / 10;
  // Eén budget voor beide replica's: samen laten ze niet meer door dan het budget toelaat (plus de eerste volle seconde).
  const grensPerS = perSeconde * (1 + 1 / duur);
  const verhouding = Math.round((tijdens.p99 / zonder.p99) * 100) / 100;
  console.log(`[partners] rustige partner tijdens de vloed: p50 ${tijdens.p50} ms, p99 ${tijdens.p99} ms (${tijdens.verzoeken} verzoeken, ${JSON.stringify(tijdens.statussen)})`);
  console.log(`[partners] vloed: ${vloed.verzoeken} verzoeken, ${vloed.toegelaten} × 200, waarvan ${metKosten.aantal} niet uit de cache (${toegelatenPerS}/s over twee replica's), ${vloed.geweigerd429} × 429, anders ${JSON.stringify(vloed.anders)}`);
  console.log(`[partners] een 429: ${JSON.stringify(voorbeeld429[0] ?? null)}`);

  const doelen = {
    'p99 rustige partner tijdens vloed ≤ 1,5× zonder': verhouding <= 1.5,
    'rustige partner krijgt geen 429': (tijdens.statussen['429'] ?? 0) === 0,
    'twee replica\'s laten samen hooguit één budget door': toegelatenPerS <= grensPerS,
    '429 met Retry-After en RateLimit-koppen': voorbeeld429.length > 0 && !!voorbeeld429[0]!.retryAfter && voorbeeld429[0]!.ratelimit !== undefined,
  };
  console.log(`\n| meting | waarde |\n| --- | --- |`);
  console.log(`| kosten per verzoek / budget per partner | ${kosten} / ${budget} per s |`);
  console.log(`| rustige partner zonder vloed, p50 / p99 | ${zonder.p50} / ${zonder.p99} ms |`);
  console.log(`| rustige partner tijdens vloed (${verbindingen} verbindingen per replica), p50 / p99 | ${tijdens.p50} / ${tijdens.p99} ms |`);
  console.log(`| verhouding p99 tijdens / zonder | ${verhouding} (doel ≤ 1,5) |`);
  console.log(`| vloed toegelaten met kosten, over twee replica's | ${toegelatenPerS}/s (één budget: ≤ ${perSeconde}/s) |`);
  console.log('\n| doel | gehaald |\n| --- | --- |');
  for (const [doel, gehaald] of Object.entries(doelen)) console.log(`| ${doel} | ${gehaald ? 'ja' : 'NEE'} |`);
  const rapport = { datum: new Date().toISOString(), duurS: duur, verbindingenPerReplica: verbindingen, kosten, budget, zonder, tijdens, verhouding, vloed, toegelatenMetKosten: metKosten.aantal, toegelatenPerS, voorbeeld429: voorbeeld429[0] ?? null, doelen };
  if (argumenten.out) writeFileSync(argumenten.out, JSON.stringify(rapport, null, 2));
  await groep.stop();
  process.exit(Object.values(doelen).every(Boolean) ? 0 : 1);
}

main().catch(async (fout: unknown) => {
  console.error(`[partners] ${fout instanceof Error ? fout.message : fout}`);
  await groep.stop();
  process.exit(1);
});

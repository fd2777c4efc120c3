// Er draait hier geen Docker-engine; deze test houdt docker-compose.yml in lijn met
// wat de code leest: servicenamen, poorten, omgevingsvariabelen en healthchecks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ANALYSE, GATEWAY_STANDAARDPOORT, MINISTERIEPROCES, OVERZICHTENREGISTER, standaardRegisterUrl, SUBGRAFEN } from '../kern/config.js';
import { BIJ_DE_CODE, gecompileerdPad } from '../scripts/bouwplan.js';
import { projectpad } from '../kern/projectmap.js';
import { databasekeuze } from '../subgraphs/ministerie/proces.js';
import { GELEZEN_VARIABELEN } from '../gateway/configuratie.js';
import { SPOORVARIABELEN } from '../kern/sporen/instelling.js';

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
}
const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const initScript = readFileSync(new URL('../docker/postgres/maak-databases.sh', import.meta.url), 'utf8');
const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');

describe('docker-compose.yml', () => {
  it('bouwt dist/ in een eigen fase uit elke map die de build leest, en draait alleen dist/ en productiepakketten', () => {
    const [bouwfase, draaifase] = dockerfile.split(/^FROM .*$/m).slice(1);
    const gekopieerd = [...bouwfase.matchAll(/^COPY (\S+) \.\/\1$/gm)].map((m) => m[1]);
    // De build compileert wat tsconfig.build.json noemt en zet de mappen van BIJ_DE_CODE ernaast.
    const bouwconfig = JSON.parse(readFileSync(new URL('../tsconfig.build.json', import.meta.url), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { include: string[] };
    const nodig = new Set([...bouwconfig.include.map((p) => p.split('/')[0]), ...BIJ_DE_CODE.map(([map]) => map.split('/')[0])]);
    for (const map of nodig) expect(gekopieerd, map).toContain(map);
    expect(bouwfase).toMatch(/RUN npm ci/);
    expect(bouwfase).toMatch(/RUN npx tsx scripts\/bouw\.ts && npm prune --omit=dev/);
    // Geen bronnen, geen tsx in de draaifase: alleen package.json, node_modules (zonder ontwikkelpakketten) en dist/.
    expect([...draaifase.matchAll(/^COPY (.*)$/gm)].map((m) => m[1])).toEqual([
      '--from=bouw /app/package.json ./package.json',
      '--from=bouw /app/node_modules ./node_modules',
      '--from=bouw /app/dist ./dist',
    ]);
    expect(draaifase).toMatch(/^USER node$/m);
    // De gebruiker node moet de lokale bestanden kunnen schrijven (kern/projectmap.ts): var/, en
    // subgraphs/, waarin elk ministerie zijn SQLite-map zelf maakt (subgraphs/ministerie/database.ts).
    expect(draaifase).toMatch(/^RUN mkdir -p var subgraphs && chown -R node:node var subgraphs$/m);
    expect(readFileSync(new URL('../subgraphs/ministerie/database.ts', import.meta.url), 'utf8')).toContain('mkdirSync(dirname(opties.sqlitePad), { recursive: true })');
    for (const s of SUBGRAFEN) expect(dirname(databasekeuze(s.departement, {}).sqlitePad)).toBe(projectpad('subgraphs', s.naam, 'var'));
    expect(draaifase).toMatch(/^HEALTHCHECK .*/m);
    expect(draaifase).toContain('/health/ready');
  });

  it('houdt tsx uit de productiepakketten; wat de gateway laadt, staat erin', () => {
    const pakket = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(pakket.dependencies.tsx).toBeUndefined();
    expect(pakket.devDependencies.tsx).toBeDefined();
    // De plannende werkthread (gateway/verbinding/plannen/plannen.taak.ts) laadt ze rechtstreeks, naast @apollo/gateway.
    for (const naam of ['@apollo/federation-internals', '@apollo/query-planner']) expect(pakket.dependencies[naam], naam).toBeDefined();
  });

  it('kopieert alles wat de dashboardbouw buiten dashboard/ leest vóór npm ci', () => {
    const bronnen = readdirSync(new URL('../dashboard/src/', import.meta.url), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const buiten = new Set(
      bronnen.flatMap((f) => {
        const tekst = readFileSync(new URL(`../dashboard/src/${f}`, import.meta.url), 'utf8');
        return [...tekst.matchAll(/from '(\.\.\/[^']+)'/g)]
          .map((m) => relative(fileURLToPath(new URL('..', import.meta.url)), fileURLToPath(new URL(m[1], new URL(`../dashboard/src/${f}`, import.meta.url)))))
          .filter((pad) => !pad.startsWith('dashboard'))
          // Een import van x.js is in de bron x.ts (kern/config.ts: de lijst van ministeries).
          .map((pad) => (pad.endsWith('.js') && existsSync(new URL(`../${pad.replace(/\.js$/, '.ts')}`, import.meta.url)) ? pad.replace(/\.js$/, '.ts') : pad));
      }),
    );
    expect([...buiten]).toContain('schema/documenten.json');
    const voorNpmCi = dockerfile.slice(0, dockerfile.indexOf('RUN npm ci'));
    expect(voorNpmCi).toContain('COPY dashboard ./dashboard');
    for (const pad of buiten) expect(voorNpmCi, pad).toContain(`COPY ${pad} ./${pad}`);
  });

  it('heeft precies postgres, redis, de vijf subgraphs, de analyselaag, het overzichtenregister en de gateway', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['analyse', 'gateway', OVERZICHTENREGISTER.naam, 'postgres', 'redis', ...SUBGRAFEN.map((s) => s.naam)].sort());
  });

  it('start het overzichtenregister op zijn poort, met zijn eigen database en rol, Redis en het geheim, zonder poort naar buiten', () => {
    const register = compose.services[OVERZICHTENREGISTER.naam];
    expect(register.command).toEqual(['node', gecompileerdPad(OVERZICHTENREGISTER.proces)]);
    expect(existsSync(new URL(`../${OVERZICHTENREGISTER.proces}`, import.meta.url))).toBe(true);
    expect(register.environment?.PORT).toBe(String(OVERZICHTENREGISTER.standaardPoort));
    expect(register.environment?.HOST).toBe('0.0.0.0');
    expect(register.environment?.[OVERZICHTENREGISTER.databaseVariabele]).toBe(
      'postgresql://thuis_overzichten:${OVERZICHTEN_DB_WACHTWOORD}@postgres:5432/thuis_overzichten',
    );
    // Geen ministerie-database: het register kent alleen de zijne.
    expect(Object.keys(register.environment ?? {}).filter((k) => SUBGRAFEN.some((s) => s.databaseVariabele === k))).toEqual([]);
    expect(register.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(register.depends_on?.postgres.condition).toBe('service_healthy');
    expect(register.depends_on?.redis.condition).toBe('service_healthy');
    expect(register.healthcheck?.test.join(' ')).toContain(`http://localhost:${OVERZICHTENREGISTER.standaardPoort}/health/ready`);
    expect(register.ports).toBeUndefined();
    // De gateway vindt het op zijn servicenaam en wacht tot het gereed is.
    const gateway = compose.services.gateway;
    expect(gateway.environment?.[OVERZICHTENREGISTER.urlVariabele]).toBe(standaardRegisterUrl(OVERZICHTENREGISTER.naam));
    expect(gateway.depends_on?.[OVERZICHTENREGISTER.naam].condition).toBe('service_healthy');
    expect(compose.services.postgres.environment?.OVERZICHTEN_DB_WACHTWOORD).toBeDefined();
    expect(initScript).toMatch(/^maak_database overzichten$/m);
  });

  it('start de analyselaag zonder database en zonder afhankelijkheid van de gateway (geen kringloop)', () => {
    const analyse = compose.services.analyse;
    expect(analyse.command).toEqual(['node', gecompileerdPad('subgraphs/analyse/index.ts')]);
    expect(analyse.environment?.PORT).toBe(String(ANALYSE.standaardPoort));
    // Naast de sporen (OTEL_*, hieronder getest) alleen de adressen van de ministeries, waar het
    // leesmodel het beleid leest (dezelfde als de gateway): geen database, geen Redis.
    expect(Object.keys(analyse.environment ?? {}).filter((naam) => !naam.startsWith('OTEL_'))).toEqual(['PORT', 'HOST', 'SUBGRAAF_GEHEIM', ...SUBGRAFEN.map((s) => s.urlVariabele), 'REDIS_URL']);
    // Dezelfde Redis als de ministeries, die er hun nieuwe edities melden; geen depends_on: zonder Redis rekent zij later.
    expect(analyse.environment?.REDIS_URL).toBe(compose.services.bzk.environment?.REDIS_URL);
    for (const s of SUBGRAFEN) expect(analyse.environment?.[s.urlVariabele], s.urlVariabele).toBe(compose.services.gateway.environment?.[s.urlVariabele]);
    // Het leesmodel leest bij de start en probeert een ministerie dat er nog niet is later opnieuw: de analyselaag hoeft niet op de ministeries te wachten.
    expect(analyse.depends_on ?? {}).toEqual({});
    expect(analyse.healthcheck?.test.join(' ')).toContain(`http://localhost:${ANALYSE.standaardPoort}/health/ready`);
  });

  it.each(SUBGRAFEN)('start subgraph $naam met de poort, database-URL en healthcheck die de code verwacht', (s) => {
    const service = compose.services[s.naam];
    expect(service.command).toEqual(['node', gecompileerdPad(MINISTERIEPROCES)]);
    for (const [naam, waarde] of Object.entries(s.procesomgeving)) expect(service.environment?.[naam], naam).toBe(waarde);
    expect(service.environment?.PORT).toBe(String(s.standaardPoort));
    expect(service.environment?.HOST).toBe('0.0.0.0');
    expect(service.environment?.[s.databaseVariabele]).toMatch(
      new RegExp(`^postgresql://thuis_${s.naam}:\\$\\{${s.departement}_DB_WACHTWOORD\\}@postgres:5432/thuis_${s.naam}$`),
    );
    // Geen ministerie krijgt de database-URL van een ander.
    const andere = SUBGRAFEN.filter((x) => x !== s).map((x) => x.databaseVariabele);
    expect(Object.keys(service.environment ?? {}).filter((k) => andere.includes(k))).toEqual([]);
    // Gereed, niet alleen gestart: de database antwoordt en er is een editie geïmporteerd.
    expect(service.healthcheck?.test.join(' ')).toContain(`http://localhost:${s.standaardPoort}/health/ready`);
    expect(service.depends_on?.postgres.condition).toBe('service_healthy');
    // Een import bij de eerste start moet de gateway-caches kunnen legen.
    expect(service.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(service.depends_on?.redis.condition).toBe('service_healthy');
    expect(service.ports).toBeUndefined();
  });

  it('geeft de gateway de URL van elke subgraph en publiceert alleen poort 4000', () => {
    const gateway = compose.services.gateway;
    expect(gateway.command).toEqual(['node', gecompileerdPad('gateway/index.ts')]);
    expect(gateway.environment?.PORT).toBe(String(GATEWAY_STANDAARDPOORT));
    for (const s of [...SUBGRAFEN, ANALYSE]) {
      expect(gateway.environment?.[s.urlVariabele]).toBe(`http://${s.naam}:${s.standaardPoort}/graphql`);
      expect(gateway.depends_on?.[s.naam].condition).toBe('service_healthy');
    }
    expect(gateway.ports).toEqual([`${GATEWAY_STANDAARDPOORT}:${GATEWAY_STANDAARDPOORT}`]);
    expect(gateway.healthcheck?.test.join(' ')).toContain(`http://localhost:${GATEWAY_STANDAARDPOORT}/health/ready`);
    // Zelfde Redis als de subgraphs: anders zou de responscache geen imports horen.
    expect(gateway.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(gateway.depends_on?.redis.condition).toBe('service_healthy');
  });

  it('geeft gateway, analyselaag en elke subgraph hetzelfde verplichte geheim, en de gateway sleutels uit een secret', () => {
    for (const naam of ['gateway', ANALYSE.naam, OVERZICHTENREGISTER.naam, ...SUBGRAFEN.map((s) => s.naam)]) {
      expect(compose.services[naam].environment?.SUBGRAAF_GEHEIM, naam).toMatch(/^\$\{SUBGRAAF_GEHEIM:\?/);
    }
    const gateway = compose.services.gateway as Service & { secrets?: string[] };
    expect(gateway.secrets).toEqual(['api-sleutels']);
    expect(gateway.environment?.API_SLEUTELBESTAND).toBe('/run/secrets/api-sleutels');
    expect(dockerfile).toMatch(/^ENV NODE_ENV=production$/m);
  });

  it('geeft de gateway de instellingen van het aanmelden (OpenID Connect) door, leeg als ze niet gezet zijn (dan staat het uit)', () => {
    const env = compose.services.gateway.environment ?? {};
    const aanmelden = GELEZEN_VARIABELEN.filter((naam) => /^(OIDC|SESSIE)_/.test(naam));
    // Alles wat de code leest, behalve het secret als bestand (in compose staat het secret in .env).
    expect(Object.keys(env).filter((naam) => /^(OIDC|SESSIE)_/.test(naam)).sort()).toEqual(aanmelden.filter((naam) => naam !== 'OIDC_CLIENT_SECRET_BESTAND').sort());
    // Een standaard in compose zou aanmelden half aanzetten: zonder OIDC_ISSUER weigert de gateway dan te starten.
    for (const naam of Object.keys(env).filter((n) => /^(OIDC|SESSIE)_/.test(n))) expect(env[naam], naam).toBe(`\${${naam}:-}`);
  });

  it('geeft gateway, ministeries en analyselaag dezelfde sporen door, leeg als ze niet gezet zijn (dan staan ze uit)', () => {
    const sporen = (naam: string) => Object.entries(compose.services[naam].environment ?? {}).filter(([n]) => n.startsWith('OTEL_'));
    const gateway = sporen('gateway');
    expect(gateway.map(([n]) => n)).toContain('OTEL_EXPORTER_OTLP_ENDPOINT');
    // Alleen wat de code leest, en zonder standaard: een eindpunt in compose zou sporen aanzetten naar een collector die er niet is.
    for (const [naam, waarde] of gateway) {
      expect(SPOORVARIABELEN as readonly string[], naam).toContain(naam);
      expect(waarde, naam).toBe(`\${${naam}:-}`);
    }
    for (const naam of ['gateway', ANALYSE.naam, ...SUBGRAFEN.map((s) => s.naam)]) expect(sporen(naam), naam).toEqual(gateway);
  });

  it('maakt in postgres een database en rol per ministerie met het wachtwoord uit de omgeving', () => {
    const postgres = compose.services.postgres;
    expect(postgres.volumes).toContain('./docker/postgres/maak-databases.sh:/docker-entrypoint-initdb.d/10-maak-databases.sh:ro');
    expect(initScript).toContain(`for m in ${SUBGRAFEN.map((s) => s.naam).join(' ')}; do\n  maak_database "$m"`);
    for (const s of SUBGRAFEN) expect(postgres.environment?.[`${s.departement}_DB_WACHTWOORD`]).toBeDefined();
  });
});

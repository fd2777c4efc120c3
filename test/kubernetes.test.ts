// Er draait hier geen Kubernetes; deze test bouwt deploy/kubernetes/ zoals `kubectl apply -k`
// (test/hulp/kustomize.ts: de basis van een ministerie met een overlay per ministerie) en
// houdt de objecten geldig (tegen de schema's van Kubernetes, via kubernetes-models) en in
// lijn met de code: poorten, omgevingsvariabelen, gezondheidspaden, gecompileerde bestanden
// en wie wie mag bereiken.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { ANALYSE, GATEWAY_STANDAARDPOORT, MINISTERIEPROCES, OVERZICHTENREGISTER, standaardRegisterUrl, SUBGRAFEN } from '../kern/config.js';
import { gecompileerdPad, imageNodeOptions } from '../scripts/bouwplan.js';
import { GELEZEN_VARIABELEN, leesConfiguratie } from '../gateway/configuratie.js';
import { VASTE_ROLLEN } from '../kern/identiteit.js';
import { bouwKustomization, type Uitgevouwen } from './hulp/kustomize.js';

const MAP = new URL('../deploy/kubernetes/', import.meta.url);
const KLASSEN: Record<string, new (data: never) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};

interface Object_ {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: any;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  resources?: string[];
}
interface Container {
  name: string;
  command: string[];
  ports: { name: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string } }[];
  readinessProbe?: { httpGet?: { path: string } };
  livenessProbe?: { httpGet?: { path: string } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
}

const MAPPAD = fileURLToPath(MAP);
const bestanden = readdirSync(MAP, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
const gelezen = new Set<string>();
const objecten = bouwKustomization(MAPPAD, gelezen) as (Object_ & Uitgevouwen)[];
const van = (kind: string, naam: string) => objecten.find((o) => o.kind === kind && o.metadata.name === naam);
const containerVan = (naam: string): Container => van('Deployment', naam)?.spec.template.spec.containers[0];
const omgeving = (c: Container) => Object.fromEntries((c.env ?? []).map((e) => [e.name, e.value ?? e.valueFrom]));
const configmap = van('ConfigMap', 'thuis-config')?.data ?? {};
/** De paden die kern/http.ts zelf beantwoordt, gelezen uit de code. */
const GEZONDHEIDSPADEN = [...readFileSync(new URL('../kern/http.ts', import.meta.url), 'utf8').matchAll(/pad === '(\/health[^']*)'/g)].map((m) => m[1]);

const diensten = [
  ...SUBGRAFEN.map((s) => ({ naam: s.naam, poort: s.standaardPoort, bron: MINISTERIEPROCES, component: 'subgraaf', procesomgeving: s.procesomgeving })),
  { naam: ANALYSE.naam, poort: ANALYSE.standaardPoort, bron: 'subgraphs/analyse/index.ts', component: 'analyse', procesomgeving: {} },
  { naam: OVERZICHTENREGISTER.naam, poort: OVERZICHTENREGISTER.standaardPoort, bron: OVERZICHTENREGISTER.proces, component: 'overzichten', procesomgeving: {} },
  { naam: 'gateway', poort: GATEWAY_STANDAARDPOORT, bron: 'gateway/index.ts', component: 'gateway', procesomgeving: {} },
];

describe('Kubernetes-manifesten in deploy/kubernetes/', () => {
  it('zijn elk geldig volgens de schema\'s van Kubernetes', () => {
    expect(objecten.length).toBeGreaterThan(20);
    for (const o of objecten) {
      const Klasse = KLASSEN[`${o.apiVersion}/${o.kind}`];
      expect(Klasse, `${o.bestand}: onbekende soort ${o.apiVersion} ${o.kind}`).toBeDefined();
      const { bestand: _b, ...object } = o;
      expect(() => new Klasse(object as never).validate(), `${o.bestand}: ${o.kind} ${o.metadata.name}`).not.toThrow();
    }
  });

  it('weigeren een fout die de schema\'s vangen (de controle kan falen)', () => {
    const { bestand: _b, ...gateway } = van('Deployment', 'gateway')!;
    const kapot = structuredClone(gateway);
    kapot.spec.template.spec.containers[0].ports[0].containerPort = 'vierduizend';
    expect(() => new Deployment(kapot as never).validate()).toThrow(/containerPort must be integer/);
  });

  it('staan allemaal in de kustomization (direct of via een overlay), en de kustomization noemt niets wat er niet is', () => {
    // Wat niet bestaat of niet te bouwen is, laat bouwKustomization al falen; hier: niets blijft liggen.
    const kustomization = parse(readFileSync(new URL('kustomization.yaml', MAP), 'utf8')) as Object_ & { namespace: string };
    expect(bestanden.filter((f) => !gelezen.has(fileURLToPath(new URL(f, MAP))))).toEqual([]);
    expect(van('Namespace', kustomization.namespace)).toBeDefined();
    for (const o of objecten.filter((x) => x.kind !== 'Namespace')) expect(o.metadata.namespace, `${o.kind} ${o.metadata.name}`).toBe(kustomization.namespace);
    // Namen zijn uniek per soort: twee overlays met dezelfde naam zou kustomize weigeren.
    const sleutels = objecten.map((o) => `${o.kind}/${o.metadata.name}`);
    expect(sleutels.filter((k, i) => sleutels.indexOf(k) !== i)).toEqual([]);
  });

  it('bouwt alleen wat de bouwer kent: een onbekend veld of een naamswijziging zonder allowNameChange is een fout', () => {
    const map = mkdtempSync(join(tmpdir(), 'thuis-kustomize-'));
    writeFileSync(join(map, 'dienst.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: { name: a }\nspec: { ports: [{ port: 1 }] }\n');
    const kustomization = (rest: string) => writeFileSync(join(map, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [dienst.yaml]\n${rest}`);
    kustomization('commonLabels: { a: b }\n');
    expect(() => bouwKustomization(map)).toThrow(/kent commonLabels niet/);
    kustomization('patches:\n  - target: { kind: Service, name: a }\n    patch: "[{ op: replace, path: /metadata/name, value: b }]"\n');
    expect(() => bouwKustomization(map)).toThrow(/allowNameChange/);
    kustomization('patches:\n  - target: { kind: Service, name: a }\n    options: { allowNameChange: true }\n    patch: "[{ op: replace, path: /metadata/name, value: b }]"\n');
    expect(bouwKustomization(map).map((o) => o.metadata.name)).toEqual(['b']);
  });

  it('maakt elk ministerie uit kern/config.ts met een overlay op één basis, en niets daarnaast', () => {
    const kustomization = parse(readFileSync(new URL('kustomization.yaml', MAP), 'utf8')) as Object_;
    const overlays = readdirSync(new URL('ministerie/', MAP)).filter((m) => m !== 'basis');
    expect(overlays.sort()).toEqual(SUBGRAFEN.map((s) => s.naam).sort());
    expect(kustomization.resources?.filter((r) => r.startsWith('ministerie/'))).toEqual(SUBGRAFEN.map((s) => `ministerie/${s.naam}`));
    for (const naam of overlays) {
      const overlay = parse(readFileSync(new URL(`ministerie/${naam}/kustomization.yaml`, MAP), 'utf8')) as Object_;
      expect(overlay.resources, naam).toEqual(['../basis']);
    }
    // Alle subgraphs komen uit dezelfde basis: gelijk op naam, label, poort, MINISTERIE en database na.
    const gelijkgemaakt = SUBGRAFEN.map((s) => {
      const d = structuredClone(van('Deployment', s.naam)!) as Object_ & Uitgevouwen;
      const c = d.spec.template.spec.containers[0];
      return { ...d, bestand: '', metadata: { ...d.metadata, name: '', labels: { ...d.metadata.labels, 'app.kubernetes.io/name': '' } },
        spec: { ...d.spec, selector: {}, template: { metadata: {}, spec: { ...d.spec.template.spec, containers: [{ ...c, name: '', ports: [], env: c.env.filter((e: { name: string }) => !['MINISTERIE', 'PORT', s.databaseVariabele].includes(e.name)) }] } } } };
    });
    for (const d of gelijkgemaakt) expect(d).toEqual(gelijkgemaakt[0]);
  });

  it.each(diensten)('draait $naam gecompileerd op de poort, met de gezondheidspaden en middelen die de code kent', (d) => {
    const c = containerVan(d.naam);
    expect(c, d.naam).toBeDefined();
    expect(c.command).toEqual(['node', gecompileerdPad(d.bron)]);
    expect(existsSync(new URL(`../${d.bron}`, import.meta.url)), d.bron).toBe(true);
    for (const [naam, waarde] of Object.entries(d.procesomgeving)) expect(omgeving(c)[naam], naam).toBe(waarde);
    expect(c.ports[0].containerPort).toBe(d.poort);
    expect(omgeving(c).PORT).toBe(String(d.poort));
    expect(van('Deployment', d.naam)?.spec.template.metadata.labels['app.kubernetes.io/component']).toBe(d.component);
    const service = van('Service', d.naam);
    expect(service?.spec.ports[0].port).toBe(d.poort);
    expect(service?.spec.selector).toEqual({ 'app.kubernetes.io/name': d.naam });
    expect(GEZONDHEIDSPADEN).toContain(c.readinessProbe?.httpGet?.path);
    expect(GEZONDHEIDSPADEN).toContain(c.livenessProbe?.httpGet?.path);
    expect(c.readinessProbe?.httpGet?.path).toBe('/health/ready');
    for (const soort of ['cpu', 'memory']) {
      expect(c.resources?.requests?.[soort], `${d.naam} requests.${soort}`).toBeDefined();
      expect(c.resources?.limits?.[soort], `${d.naam} limits.${soort}`).toBeDefined();
    }
    expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(c.envFrom?.[0].configMapRef?.name).toBe('thuis-config');
    expect(omgeving(c).SUBGRAAF_GEHEIM).toEqual({ secretKeyRef: { name: 'thuis-geheimen', key: 'SUBGRAAF_GEHEIM' } });
  });

  it('geeft elke subgraph alleen zijn eigen database-URL, uit het Secret', () => {
    const geheim = van('Secret', 'thuis-geheimen')?.stringData ?? {};
    for (const d of diensten) {
      const env = omgeving(containerVan(d.naam));
      const eigen = SUBGRAFEN.find((s) => s.naam === d.naam);
      for (const s of SUBGRAFEN) {
        if (s === eigen) {
          expect(env[s.databaseVariabele]).toEqual({ secretKeyRef: { name: 'thuis-geheimen', key: s.databaseVariabele } });
          expect(geheim[s.databaseVariabele]).toMatch(/^postgresql:\/\//);
        } else expect(env[s.databaseVariabele], `${d.naam} kent ${s.databaseVariabele}`).toBeUndefined();
      }
    }
  });

  it('geeft het overzichtenregister alleen zijn eigen database-URL uit het Secret, en de gateway zijn Service', () => {
    const geheim = van('Secret', 'thuis-geheimen')?.stringData ?? {};
    for (const d of diensten) {
      const env = omgeving(containerVan(d.naam));
      if (d.naam === OVERZICHTENREGISTER.naam) {
        expect(env[OVERZICHTENREGISTER.databaseVariabele]).toEqual({ secretKeyRef: { name: 'thuis-geheimen', key: OVERZICHTENREGISTER.databaseVariabele } });
      } else expect(env[OVERZICHTENREGISTER.databaseVariabele], `${d.naam} kent de database van het register`).toBeUndefined();
    }
    expect(geheim[OVERZICHTENREGISTER.databaseVariabele]).toMatch(/^postgresql:\/\/thuis_overzichten:/);
    const poort = van('Service', OVERZICHTENREGISTER.naam)?.spec.ports[0].port;
    expect(omgeving(containerVan('gateway'))[OVERZICHTENREGISTER.urlVariabele]).toBe(standaardRegisterUrl(OVERZICHTENREGISTER.naam).replace(/:\d+$/, `:${poort}`));
    // Het register meldt nieuwe versies via Redis: het moet Redis mogen bereiken.
    const redisbeleid = objecten.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'redis-van-gateway-en-subgraphs')!;
    expect(JSON.stringify(redisbeleid.spec.ingress)).toContain('overzichten');
    // De analyselaag volgt de meldingen van nieuwe edities (en rekent dan vooruit): ook zij.
    expect(JSON.stringify(redisbeleid.spec.ingress)).toContain('analyse');
    expect(van('Deployment', OVERZICHTENREGISTER.naam)?.spec.replicas).toBeGreaterThanOrEqual(2);
  });

  it('wijst de gateway elke subgraph via zijn Service, en geeft alle processen dezelfde Redis', () => {
    const env = omgeving(containerVan('gateway'));
    for (const s of [...SUBGRAFEN, ANALYSE]) {
      expect(env[s.urlVariabele]).toBe(`http://${s.naam}:${van('Service', s.naam)?.spec.ports[0].port}/graphql`);
    }
    expect(configmap.REDIS_URL).toBe(`redis://redis:${van('Service', 'redis')?.spec.ports[0].port}`);
    expect(configmap.NODE_ENV).toBe('production');
    expect(configmap.HOST).toBe('0.0.0.0');
    // Het sleutelbestand dat de gateway leest, komt uit het gekoppelde Secret.
    const koppeling = (containerVan('gateway') as Container & { volumeMounts: { name: string; mountPath: string }[] }).volumeMounts.find((v) => v.name === 'api-sleutels');
    expect(env.API_SLEUTELBESTAND).toBe(`${koppeling?.mountPath}/api-sleutels`);
    expect(van('Secret', 'thuis-api-sleutels')?.stringData?.['api-sleutels']).toBeDefined();
  });

  it('zet aanmelden (OpenID Connect) aan voor de gateway met een instelling die de code aanneemt, het secret uit het Secret', async () => {
    const env = omgeving(containerVan('gateway'));
    const aanmelden = Object.keys(env).filter((naam) => /^(OIDC|SESSIE)_/.test(naam));
    expect(aanmelden.filter((naam) => !GELEZEN_VARIABELEN.includes(naam))).toEqual([]);
    expect(env.OIDC_CLIENT_SECRET).toEqual({ secretKeyRef: { name: 'thuis-geheimen', key: 'OIDC_CLIENT_SECRET' } });
    const geheim = van('Secret', 'thuis-geheimen')?.stringData?.OIDC_CLIENT_SECRET;
    expect(geheim).toBeDefined();
    // De waarden zoals de pod ze krijgt, door dezelfde controle als bij het starten.
    const waarden = Object.fromEntries(aanmelden.map((naam) => [naam, typeof env[naam] === 'string' ? env[naam] : geheim]));
    const config = await leesConfiguratie({ ...waarden, REDIS_URL: 'uit', ONTWIKKELSLEUTEL_PAD: join(mkdtempSync(join(tmpdir(), 'k8s-')), 'o.json') });
    expect(config.aanmelden).toMatchObject({ clientGeheim: geheim, rollenclaim: 'roles', sessie: { inactiefS: 1800, maximaalS: 28800 } });
    expect(new URL(config.aanmelden!.terugUrl).protocol).toBe('https:');
    // Elke rol van wie in een browser werkt (een partner koppelt met een sleutel); de sessies zijn van alle replica's, dus in Redis.
    const browserrollen = [...VASTE_ROLLEN.filter((r) => r !== 'partner'), ...SUBGRAFEN.map((s) => `redacteur:${s.departement}`)];
    expect(new Set(Object.values(config.aanmelden!.rollen).flat())).toEqual(new Set(browserrollen));
    expect(configmap.REDIS_URL).toBeDefined();
  });

  it('begrenst de heap van elk Node-proces onder zijn geheugenlimiet en houdt de instelling van de image', () => {
    const image = imageNodeOptions();
    for (const d of diensten) {
      const c = containerVan(d.naam);
      const opties = String(omgeving(c).NODE_OPTIONS ?? '');
      expect(opties, d.naam).toContain(image);
      const heap = Number(/--max-old-space-size=(\d+)/.exec(opties)?.[1]);
      const limiet = Number(/^(\d+)Mi$/.exec(c.resources?.limits?.memory ?? '')?.[1]);
      // Zonder grens liet V8 de gateway onder een vloed van steeds andere documenten groeien tot 645 MB RSS.
      expect(heap, d.naam).toBeGreaterThan(0);
      expect(heap, d.naam).toBeLessThanOrEqual(limiet * 0.75);
    }
  });

  it('schaalt de gateway met meerdere replica\'s, een HPA en een PDB', () => {
    const gateway = van('Deployment', 'gateway')!;
    expect(gateway.spec.replicas).toBeGreaterThanOrEqual(3);
    expect(gateway.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    const hpa = van('HorizontalPodAutoscaler', 'gateway')!;
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'gateway' });
    expect(hpa.spec.minReplicas).toBe(gateway.spec.replicas);
    const pdb = van('PodDisruptionBudget', 'gateway')!;
    expect(pdb.spec.minAvailable).toBeLessThan(gateway.spec.replicas);
    expect(pdb.spec.selector.matchLabels).toEqual(gateway.spec.selector.matchLabels);
  });

  it('laat een subgraph alleen door de gateway bereiken (een ministerie ook door het leesmodel van de analyselaag), en weigert al het andere', () => {
    const beleid = objecten.filter((o) => o.kind === 'NetworkPolicy');
    expect(beleid.find((b) => Object.keys(b.spec.podSelector).length === 0 && !b.spec.ingress)).toBeDefined();
    const pods = objecten.filter((o) => o.kind === 'Deployment').map((d) => d.spec.template.metadata.labels as Record<string, string>);
    const kiest = (selector: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; values: string[] }[] }, labels: Record<string, string>) =>
      Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v) && (selector.matchExpressions ?? []).every((e) => e.values.includes(labels[e.key]));
    for (const d of diensten.filter((x) => x.component !== 'gateway')) {
      const labels = pods.find((p) => p['app.kubernetes.io/name'] === d.naam)!;
      const regels = beleid.filter((b) => b.spec.ingress && kiest(b.spec.podSelector, labels)).flatMap((b) => b.spec.ingress);
      expect(regels.length, d.naam).toBeGreaterThan(0);
      // Elke bron die deze pod mag bereiken, is de gateway, of voor een ministerie ook de analyselaag (en alleen bestaande pods).
      const bronnen = regels.flatMap((regel) => pods.filter((p) => regel.from?.some((f: { podSelector: never }) => kiest(f.podSelector, p))));
      const verwacht = d.component === 'subgraaf' ? ['analyse', 'gateway'] : ['gateway'];
      expect([...new Set(bronnen.map((p) => p['app.kubernetes.io/name']))].sort(), d.naam).toEqual(verwacht);
    }
  });
});

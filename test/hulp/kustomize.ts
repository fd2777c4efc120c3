// Een kleine `kustomize build` voor de tests: kubectl en kustomize draaien hier niet. Hij
// kent precies wat deploy/kubernetes/ gebruikt (resources, namespace, labels en inline
// JSON6902-patches met target en allowNameChange), in de volgorde van kustomize: eerst
// patches, dan namespace, dan labels. Elk ander veld is een fout, zodat een manifest geen
// mogelijkheid kan gebruiken die deze test stilzwijgend overslaat.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

export interface Kubernetesobject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: any;
  [veld: string]: any;
}

/** Een object met het bestand waar het vandaan komt. */
export type Uitgevouwen = Kubernetesobject & { bestand: string };

interface Patchoperatie {
  op: 'add' | 'replace' | 'remove';
  path: string;
  value?: unknown;
}

interface Kustomization {
  apiVersion: string;
  kind: 'Kustomization';
  namespace?: string;
  resources?: string[];
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }[];
  patches?: { target: { kind?: string; name?: string }; patch: string; options?: { allowNameChange?: boolean } }[];
}

const VELDEN = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'labels', 'patches']);

function stappen(pad: string): string[] {
  if (!pad.startsWith('/')) throw new Error(`JSON-pointer zonder /: ${pad}`);
  return pad.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** RFC 6902: add, replace en remove (meer gebruiken de manifesten niet). */
function pasToe(object: Kubernetesobject, operatie: Patchoperatie, waar: string): void {
  const delen = stappen(operatie.path);
  const laatste = delen.pop()!;
  let ouder: any = object;
  for (const deel of delen) {
    ouder = Array.isArray(ouder) ? ouder[Number(deel)] : ouder?.[deel];
    if (ouder === undefined) throw new Error(`${waar}: ${operatie.path} bestaat niet in ${object.kind} ${object.metadata.name}`);
  }
  const waarde = structuredClone(operatie.value);
  if (Array.isArray(ouder)) {
    const i = laatste === '-' ? ouder.length : Number(laatste);
    if (!Number.isInteger(i) || i < 0 || i > ouder.length || (operatie.op !== 'add' && i >= ouder.length)) throw new Error(`${waar}: index ${laatste} buiten ${operatie.path}`);
    if (operatie.op === 'add') ouder.splice(i, 0, waarde);
    else if (operatie.op === 'replace') ouder[i] = waarde;
    else ouder.splice(i, 1);
    return;
  }
  if (operatie.op !== 'add' && !(laatste in ouder)) throw new Error(`${waar}: ${operatie.path} bestaat niet in ${object.kind} ${object.metadata.name}`);
  if (operatie.op === 'remove') delete ouder[laatste];
  else ouder[laatste] = waarde;
}

const past = (patroon: string | undefined, waarde: string) => patroon === undefined || new RegExp(`^(?:${patroon})$`).test(waarde);

function zetLabels(doel: Record<string, any>, veld: string, paren: Record<string, string>, maak = true): void {
  if (!doel[veld] && !maak) return;
  doel[veld] = { ...doel[veld], ...paren };
}

/**
 * Bouwt de kustomization in `map` (met die van de mappen die zij als resource noemt),
 * zoals `kubectl kustomize <map>`. `gelezen` krijgt elk gelezen bestand.
 */
export function bouwKustomization(map: string, gelezen = new Set<string>(), wortel = map): Uitgevouwen[] {
  const kustomizationpad = join(map, 'kustomization.yaml');
  if (!existsSync(kustomizationpad)) throw new Error(`${relative(wortel, map) || '.'}: geen kustomization.yaml`);
  gelezen.add(kustomizationpad);
  const k = parse(readFileSync(kustomizationpad, 'utf8')) as Kustomization;
  const hier = relative(wortel, kustomizationpad);
  const onbekend = Object.keys(k).filter((v) => !VELDEN.has(v));
  if (onbekend.length > 0) throw new Error(`${hier}: deze bouwer kent ${onbekend.join(', ')} niet`);
  if (k.kind !== 'Kustomization') throw new Error(`${hier}: kind is ${k.kind}`);

  const objecten: Uitgevouwen[] = [];
  for (const bron of k.resources ?? []) {
    const pad = join(map, bron);
    if (!existsSync(pad)) throw new Error(`${hier}: resource ${bron} bestaat niet`);
    if (statSync(pad).isDirectory()) objecten.push(...bouwKustomization(pad, gelezen, wortel));
    else {
      gelezen.add(pad);
      for (const document of parseAllDocuments(readFileSync(pad, 'utf8'))) {
        if (document.errors.length > 0) throw new Error(`${relative(wortel, pad)}: ${document.errors[0].message}`);
        objecten.push({ ...(document.toJSON() as Kubernetesobject), bestand: relative(wortel, pad) });
      }
    }
  }

  for (const [n, patch] of (k.patches ?? []).entries()) {
    const waar = `${hier} patches[${n}]`;
    const doelen = objecten.filter((o) => past(patch.target.kind, o.kind) && past(patch.target.name, o.metadata.name));
    if (doelen.length === 0) throw new Error(`${waar}: geen object past bij ${JSON.stringify(patch.target)}`);
    const operaties = parse(patch.patch) as Patchoperatie[];
    for (const operatie of operaties) {
      if (operatie.path === '/metadata/name' && !patch.options?.allowNameChange) throw new Error(`${waar}: een nieuwe naam vraagt options.allowNameChange`);
      for (const doel of doelen) pasToe(doel, operatie, waar);
    }
  }

  if (k.namespace) for (const o of objecten) if (o.kind !== 'Namespace') o.metadata.namespace = k.namespace;

  for (const label of k.labels ?? []) {
    for (const o of objecten) {
      zetLabels(o.metadata, 'labels', label.pairs);
      if (label.includeSelectors) {
        if (o.kind === 'Service') zetLabels(o.spec, 'selector', label.pairs);
        if (o.spec?.selector?.matchLabels) zetLabels(o.spec.selector, 'matchLabels', label.pairs);
      }
      if ((label.includeSelectors || label.includeTemplates) && o.spec?.template?.metadata) zetLabels(o.spec.template.metadata, 'labels', label.pairs, false);
    }
  }
  return objecten;
}

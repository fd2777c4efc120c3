// npx tsx scripts/citaatcijfers.ts [--voor <commit>] [--na <commit>] [--zonder-stapel]
//
// De cijfers voor de notitie van issue 21, in markdown op stdout:
//  a. per soort record hoeveel records er zijn, hoeveel een citaat hebben en hoeveel
//     afgeleide velden (afgeleid), vóór en na;
//  b. de dekking: wat de bronnen volgens issue 21 bevatten tegenover de gegevens vóór en na;
//  c. elk effect en verband waarvan de score veranderde (effecten op ministerie, instrument
//     en indicator; verbanden op code), en welke er verdwenen of bij kwamen;
//  d. de citaat- en rubriektoets van nu (dezelfde toets als test/data/citaten.test.ts en
//     rubriek.test.ts);
//  e. hoeveel tegenwerkende prikkels er met alleenLetterlijk: true overblijven, en hoeveel
//     daarvan tussen ministeries (de hele stapel in dit proces, SQLite).
// Vóór is standaard c28fce3 (de gegevens van vóór issue 21), na standaard HEAD; beide
// gelezen met git show, dus los van wat er in de werkmap staat. De toets (d) en de stapel
// (e) gebruiken de werkmap.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { toetsEdities } from '../subgraphs/ministerie/editie/brontoets/toets.js';
import { PROJECTMAP } from '../kern/projectmap.js';
import { ministeries } from '../subgraphs/ministeries.js';
import { startStapel } from '../test/hulp/stapel.js';

type Rec = Record<string, unknown>;

const argumenten = process.argv.slice(2);
const optie = (naam: string, standaard: string) => {
  const i = argumenten.indexOf(naam);
  return i >= 0 && argumenten[i + 1] ? argumenten[i + 1] : standaard;
};
const VOOR = optie('--voor', 'c28fce3');
const NA = optie('--na', 'HEAD');
const MINISTERIES = Object.values(ministeries).map((m) => m.departement);

const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECTMAP, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });

/** Alle editiebestanden van een ministerie in een commit, gelezen als YAML (zonder de validatie van nu). */
function edities(commit: string, departement: string): Rec[] {
  const map = `subgraphs/${departement.toLowerCase()}/data/`;
  return git('ls-tree', '--name-only', `${commit}:${map}`)
    .split('\n')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(git('show', `${commit}:${map}${f}`)) as Rec);
}

const lijst = (r: Rec | undefined, veld: string): Rec[] => (Array.isArray(r?.[veld]) ? (r[veld] as Rec[]) : []);
const bron = (r: Rec) => (r.bron ?? {}) as Rec;

const SOORTEN = [
  'aandachtsgroep',
  'verantwoordelijkheid',
  'doel',
  'instrument',
  'effect',
  'leeftijdsgrens',
  'maatregel/toezegging',
  'partij',
  'partijrol',
  'eis',
  'monitoringadvies',
  'verband',
  'waarneming',
] as const;
type Soort = (typeof SOORTEN)[number];

interface Stand {
  records: Map<Soort, Rec[]>;
  /** Effecten met hun ministerie en instrument. */
  effecten: { departement: string; instrument: string; effect: Rec }[];
  verbanden: { departement: string; verband: Rec }[];
  maatregelen: Rec[];
  reeksen: Rec[];
  gebieden: Record<string, Rec>;
}

function stand(commit: string): Stand {
  const records = new Map<Soort, Rec[]>(SOORTEN.map((s) => [s, []]));
  const voeg = (s: Soort, r: Rec[]) => records.get(s)!.push(...r);
  const uit: Stand = { records, effecten: [], verbanden: [], maatregelen: [], reeksen: [], gebieden: JSON.parse(git('show', `${commit}:schema/gebieden.json`)) as Record<string, Rec> };
  for (const departement of MINISTERIES) {
    for (const e of edities(commit, departement)) {
      voeg('aandachtsgroep', lijst(e, 'aandachtsgroepen'));
      voeg('verantwoordelijkheid', lijst(e, 'verantwoordelijkheden'));
      voeg('doel', lijst(e, 'doelen'));
      for (const i of lijst(e, 'instrumenten')) {
        voeg('instrument', [i]);
        voeg('effect', lijst(i, 'effecten'));
        voeg('leeftijdsgrens', lijst(i, 'leeftijdsgrenzen'));
        for (const effect of lijst(i, 'effecten')) uit.effecten.push({ departement, instrument: String(i.code), effect });
      }
      voeg('maatregel/toezegging', lijst(e, 'maatregelen'));
      uit.maatregelen.push(...lijst(e, 'maatregelen'));
      for (const p of lijst(e, 'partijen')) {
        voeg('partij', [p]);
        voeg('partijrol', lijst(p, 'rollen'));
        voeg('eis', lijst(p, 'eisen'));
      }
      voeg('monitoringadvies', lijst(e, 'monitoring'));
      voeg('verband', lijst(e, 'verbanden'));
      for (const v of lijst(e, 'verbanden')) uit.verbanden.push({ departement, verband: v });
      for (const c of lijst(e, 'cijfers')) {
        uit.reeksen.push(c);
        voeg('waarneming', lijst(c, 'waarnemingen'));
      }
    }
  }
  return uit;
}

const rij = (cellen: (string | number)[]) => `| ${cellen.map((c) => String(c).replaceAll('|', '\\|').replaceAll('\n', ' ')).join(' | ')} |`;
const kop = (cellen: string[]) => [rij(cellen), rij(cellen.map(() => '---'))].join('\n');

const voor = stand(VOOR);
const na = stand(NA);
const regels: string[] = [];
const schrijf = (...r: string[]) => regels.push(...r);

schrijf(`# Cijfers voor de notitie van issue 21`, '', `Berekend met \`npx tsx scripts/citaatcijfers.ts\`: vóór = \`${VOOR}\`, na = \`${NA}\` (${git('rev-parse', '--short', NA).trim()}), beide met \`git show\`; de toets (d) en de stapel (e) draaien op de werkmap.`, '');

// a. Records, citaten en afgeleide velden per soort.
schrijf('## a. Records per soort, met citaat en met afgeleide velden', '');
schrijf('Een record telt als afgeleid als het `afgeleid: { velden, reden }` draagt; een instrument telt ook zijn `statusbron` niet apart.', '');
schrijf(kop(['soort record', 'records vóór', 'met citaat vóór', 'afgeleid vóór', 'records na', 'met citaat na', 'afgeleid na']));
const tel = (s: Stand, soort: Soort) => {
  const r = s.records.get(soort)!;
  return [r.length, r.filter((x) => typeof bron(x).citaat === 'string').length, r.filter((x) => x.afgeleid !== undefined).length];
};
const totaal = [0, 0, 0, 0, 0, 0];
for (const soort of SOORTEN) {
  const cellen = [...tel(voor, soort), ...tel(na, soort)];
  cellen.forEach((n, i) => (totaal[i] += n));
  schrijf(rij([soort, ...cellen]));
}
schrijf(rij(['**totaal**', ...totaal.map((n) => `**${n}**`)]), '');
const nietInWerking = (s: Stand) => s.records.get('instrument')!.filter((i) => i.status !== undefined && i.status !== 'IN_WERKING');
schrijf(
  `Instrumenten met een status anders dan IN_WERKING (met statusbron): vóór ${nietInWerking(voor).length}, na ${nietInWerking(na).length} (${nietInWerking(na).map((i) => `${String(i.code)}: ${String(i.status)}`).join(', ')}).`,
  '',
);

// b. Dekking.
schrijf('## b. Dekking: de bronnen (zoals issue 21 ze telt) tegenover de gegevens', '');
const pakket = (s: Stand, p: string | undefined) => s.maatregelen.filter((m) => m.pakket === p).length;
const toezegging = (m: Rec) => m.status !== 'AANBEVOLEN';
const cbs = (s: Stand) => Object.values(s.gebieden).filter((g) => g.soort !== 'GROEPERING').length;
const groeperingen = (s: Stand) => Object.values(s.gebieden).filter((g) => g.soort === 'GROEPERING').length;
const reeksgebieden = (s: Stand) => new Set(s.reeksen.map((c) => c.gebied).filter((g) => g !== undefined)).size;
const metWaarde = (s: Stand) => s.records.get('waarneming')!.filter((w) => typeof w.waarde === 'number').length;
schrijf(kop(['categorie', 'in de bronnen (issue 21)', 'gegevens vóór', 'gegevens na']));
schrijf(rij(['toezeggingen (maatregelen met status TOEGEZEGD, IN_UITVOERING of UITGEVOERD)', '± 20 (de gegevens: ± 11)', voor.maatregelen.filter(toezegging).length, na.maatregelen.filter(toezegging).length]));
schrijf(rij(['maatregelen in het spoedpakket', '37', pakket(voor, 'SPOEDPAKKET'), pakket(na, 'SPOEDPAKKET')]));
schrijf(rij(['maatregelen in de samenwerkingsagenda', '29', pakket(voor, 'SAMENWERKINGSAGENDA'), pakket(na, 'SAMENWERKINGSAGENDA')]));
schrijf(rij(['maatregelen zonder pakket (knoppen in de bijlagen, brieven)', '± 45 knoppen', pakket(voor, undefined), pakket(na, undefined)]));
schrijf(rij(['maatregelen samen', '± 111 (de gegevens: 62)', voor.maatregelen.length, na.maatregelen.length]));
schrijf(rij(['plaatsen: gebieden met CBS-code in schema/gebieden.json', '± 15', cbs(voor), cbs(na)]));
schrijf(rij(['plaatsen: groeperingen (G4, G40) in schema/gebieden.json', '—', groeperingen(voor), groeperingen(na)]));
schrijf(rij(['plaatsen: gebieden met een cijferreeks', '—', reeksgebieden(voor), reeksgebieden(na)]));
schrijf(rij(['partijrollen', '(ontbrekende actoren uit de bijlagen)', voor.records.get('partijrol')!.length, na.records.get('partijrol')!.length]));
schrijf(rij(['monitoringadviezen', '± 33 (3 ontbraken)', voor.records.get('monitoringadvies')!.length, na.records.get('monitoringadvies')!.length]));
schrijf(rij(['verbanden tussen indicatoren', '± 48 (de gegevens: 33)', voor.verbanden.length, na.verbanden.length]));
schrijf(rij(['cijferreeksen', '—', voor.reeksen.length, na.reeksen.length]));
schrijf(rij(['waarnemingen (cijfers)', '± 12 met waarde ontbraken', voor.records.get('waarneming')!.length, na.records.get('waarneming')!.length]));
schrijf(rij(['waarnemingen met een getal (waarde)', '± 12 ontbraken', metWaarde(voor), metWaarde(na)]), '');

// c. Veranderde scores.
schrijf('## c. Scores die veranderden', '');
const groepen = (r: Rec) => (Array.isArray(r.aandachtsgroepen) ? [...(r.aandachtsgroepen as string[])].sort().join(',') : 'alle');
const leeftijd = (r: Rec) => {
  const l = r.leeftijd as { van?: number; tot?: number } | undefined;
  return l ? `${l.van ?? ''}–${l.tot ?? ''}` : '';
};
const afgeleideScore = (r: Rec) => ((r.afgeleid as { velden?: string[] } | undefined)?.velden ?? []).includes('score');
const teken = (n: unknown) => (typeof n === 'number' && n > 0 ? `+${n}` : String(n));
const sleutel = (x: { departement: string; instrument: string; effect: Rec }) => `${x.departement} ${x.instrument} → ${String(x.effect.indicator)}`;
const perSleutel = <T>(l: T[], k: (x: T) => string) => l.reduce((m, x) => m.set(k(x), [...(m.get(k(x)) ?? []), x]), new Map<string, T[]>());
const effVoor = perSleutel(voor.effecten, sleutel);
const effNa = perSleutel(na.effecten, sleutel);
// Paren van vóór en na: meer effecten op dezelfde indicator (per groep of leeftijd) koppelen op groepen, anders op volgorde.
const paren: { k: string; meer: boolean; oud: Rec; nieuw: Rec }[] = [];
for (const [k, oud] of effVoor) {
  const nieuw = effNa.get(k);
  if (!nieuw) continue;
  oud.forEach((o, i) => {
    const n = nieuw.find((x) => groepen(x.effect) === groepen(o.effect)) ?? nieuw[i];
    if (n) paren.push({ k, meer: oud.length > 1 || nieuw.length > 1, oud: o.effect, nieuw: n.effect });
  });
}
const veranderd: string[] = [];
for (const { k, meer, oud, nieuw } of paren.filter((p) => p.oud.score !== p.nieuw.score)) {
  const wie = meer ? ` (groepen ${groepen(oud)}${groepen(oud) !== groepen(nieuw) ? ` → ${groepen(nieuw)}` : ''})` : '';
  veranderd.push(rij([`effect ${k}${wie}`, `${teken(oud.score)} → ${teken(nieuw.score)}`, afgeleideScore(nieuw) ? 'afgeleid' : 'letterlijk', String(bron(nieuw).citaat ?? '')]));
}
const verVoor = new Map(voor.verbanden.map((v) => [String(v.verband.code), v]));
const verNa = new Map(na.verbanden.map((v) => [String(v.verband.code), v]));
for (const [code, o] of verVoor) {
  const n = verNa.get(code);
  if (n && n.verband.score !== o.verband.score) {
    veranderd.push(rij([`verband ${o.departement} ${code}`, `${teken(o.verband.score)} → ${teken(n.verband.score)}`, afgeleideScore(n.verband) ? 'afgeleid' : 'letterlijk', String(bron(n.verband).citaat ?? '')]));
  }
}
schrijf(`${veranderd.length} scores veranderden.`, '', kop(['record', 'oud → nieuw', 'score na', 'citaat na']), ...veranderd, '');
const verdwenen = [...effVoor.keys()].filter((k) => !effNa.has(k));
const nieuweEffecten = [...effNa.keys()].filter((k) => !effVoor.has(k));
schrijf(`Effecten die verdwenen (${verdwenen.length}): ${verdwenen.map((k) => `${k} (${effVoor.get(k)!.map((x) => teken(x.effect.score)).join(', ')})`).join('; ') || 'geen'}.`, '');
schrijf(`Effecten die bij kwamen (${nieuweEffecten.length}): ${nieuweEffecten.map((k) => `${k} (${effNa.get(k)!.map((x) => teken(x.effect.score)).join(', ')})`).join('; ') || 'geen'}.`, '');
const aantalAnders = [...effVoor].filter(([k, l]) => effNa.has(k) && effNa.get(k)!.length !== l.length).map(([k, l]) => `${k}: ${l.length} → ${effNa.get(k)!.length}`);
if (aantalAnders.length > 0) schrijf(`Zelfde instrument en indicator, ander aantal effecten: ${aantalAnders.join('; ')}.`, '');
const leeftijdAnders = paren
  .filter((p) => leeftijd(p.oud) !== leeftijd(p.nieuw) || JSON.stringify(p.oud.afgeleid ?? null) !== JSON.stringify(p.nieuw.afgeleid ?? null))
  .filter((p) => leeftijd(p.oud) !== leeftijd(p.nieuw) || ((p.nieuw.afgeleid as { velden?: string[] } | undefined)?.velden ?? []).includes('leeftijd'))
  .map((p) => `${p.k}${p.meer ? ` (groepen ${groepen(p.nieuw)})` : ''}: ${leeftijd(p.oud) || 'geen'} → ${leeftijd(p.nieuw) || 'geen'}${((p.nieuw.afgeleid as { velden?: string[] } | undefined)?.velden ?? []).includes('leeftijd') ? ' (afgeleid)' : ''}`);
if (leeftijdAnders.length > 0) schrijf(`Effecten met een andere of nu afgeleide leeftijd: ${leeftijdAnders.join('; ')}.`, '');
const verbandenWeg = [...verVoor.keys()].filter((c) => !verNa.has(c));
schrijf(`Verbanden die verdwenen (${verbandenWeg.length}): ${verbandenWeg.join(', ') || 'geen'}; bij kwamen er ${[...verNa.keys()].filter((c) => !verVoor.has(c)).length}.`, '');

// d. De toets van nu.
schrijf('## d. Citaat- en rubriektoets (werkmap)', '');
const { getoetst, leesfouten } = toetsEdities(Object.values(ministeries).map((m) => ({ departement: m.departement, map: fileURLToPath(m.data) })));
const geldig = getoetst.filter((g) => !g.citaatfout).length;
const ontbreekt = getoetst.filter((g) => g.citaatfout === 'ontbreekt').length;
const rubriek = getoetst.filter((g) => g.rubriekfout).length;
const sterk = getoetst.filter((g) => g.bewering.score !== undefined && Math.abs(g.bewering.score) >= 2);
schrijf(
  `- Leesfouten in de editiebestanden: ${leesfouten.length}.`,
  `- De toets telt ${getoetst.length} beweringen: de ${totaal[3]} records uit a, plus ${getoetst.filter((g) => g.bewering.categorie === 'instrumentstatus').length} statusbronnen van instrumenten die niet in werking zijn.`,
  `- Beweringen met een geldig citaat: ${geldig} van ${getoetst.length} (${((100 * geldig) / getoetst.length).toFixed(1)} %); zonder citaat ${ontbreekt}, met een citaat dat niet deugt ${getoetst.length - geldig - ontbreekt}.`,
  `- Effecten en verbanden met |score| ≥ 2: ${sterk.length}; daarvan ${sterk.filter((g) => g.bewering.afgeleid?.velden.includes('score')).length} met een afgeleide score, ${sterk.filter((g) => !g.bewering.afgeleid?.velden.includes('score') && !g.rubriekfout).length} met rubriekwoorden in het citaat, ${rubriek} zonder.`,
  '',
);

// e. alleenLetterlijk.
if (!argumenten.includes('--zonder-stapel')) {
  schrijf('## e. alleenLetterlijk', '');
  // De regels van de stapel horen niet in de markdown op stdout.
  process.env.LOG_LEVEL ??= 'warn';
  const stapel = await startStapel('sqlite', { kostenbudget: false, zwaarwerk: false });
  try {
    const r = await stapel.query<{ analyse: Record<string, { totaal: number }> }>(`{ analyse {
      alles: prikkeltelling { totaal }
      allesTussenMinisteries: prikkeltelling(kruistDepartementen: true) { totaal }
      letterlijk: prikkeltelling(alleenLetterlijk: true) { totaal }
      letterlijkTussenMinisteries: prikkeltelling(alleenLetterlijk: true, kruistDepartementen: true) { totaal }
      slapend: prikkeltelling(slapend: true) { totaal }
      slapendLetterlijk: prikkeltelling(slapend: true, alleenLetterlijk: true) { totaal } } }`);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    const a = r.data!.analyse;
    schrijf(
      kop(['', 'alle prikkels', 'tussen ministeries', 'slapend']),
      rij(['zonder filter', a.alles.totaal, a.allesTussenMinisteries.totaal, a.slapend.totaal]),
      rij(['alleenLetterlijk: true', a.letterlijk.totaal, a.letterlijkTussenMinisteries.totaal, a.slapendLetterlijk.totaal]),
      '',
    );
  } finally {
    await stapel.stop();
  }
}

console.log(regels.join('\n'));

// Meet waar de grenzen in gateway/limieten/grenzen.ts op rusten: hoe lang de lijsten echt zijn,
// wat een analyseveld kost tegenover een gewone waarde, en wat elke bench-operatie en elk
// voorbeeld uit README en docs/ dan kost. Draait de hele stapel (SQLite, zonder responscache) in dit
// proces. Gebruik: npx tsx bench/kosten.ts [herhalingen]
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  parse,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
  type OperationDefinitionNode,
} from 'graphql';
import { hoofdveldenVan, LIMIETEN } from '../gateway/limieten/grenzen.js';
import { KOSTENTABEL, kostenVan, type Kostentabel } from '../gateway/limieten/kosten.js';
import { leesAlleVoorbeelden } from '../test/hulp/readme.js';
import { startStapel, type Stapel } from '../test/hulp/stapel.js';
import { SUBGRAFEN } from '../kern/config.js';

const HERHALINGEN = Number(process.argv[2] ?? 15);
const GROEP = 'DAK_EN_THUISLOZEN';

// In delen per ministerie: samen zijn ze duurder dan de kostengrens toelaat.
const BELEID = [
  'edities { bestand } verantwoordelijkheden { aandachtsgroepen { code } } doelen { aandachtsgroepen { code } } cijfers { code } cijferreeksen { aandachtsgroepen { code } waarnemingen { code } }',
  'instrumenten { aandachtsgroepen { code } leeftijdsgrenzen { leeftijd } maatregelen { indicatoren } }',
  'instrumenten { effecten { aandachtsgroepen { code } } }',
  'instrumenten { effecten { gedragenDoor } }',
  'maatregelen { instrumenten indicatoren } cijferverwijzingen { code } cijferreeksen { gebied { leden } }',
  'monitoring { indicatoren aandachtsgroepen { code } } verbanden { aandachtsgroepen { code } }',
];

/** Elk lijstveld minstens één keer, per ouder; Analyse.<ministerie> is het hele beleid en telt apart (zie lijstlengtes). */
const LIJSTQUERIES = [
  '{ aandachtsgroepen { code } analyse { aandachtsgroepen { code } } }',
  ...SUBGRAFEN.map((s) => s.naam).flatMap((m) => BELEID.map((deel) => `{ aandachtsgroepen { ${m} { ${deel} } } }`)),
  '{ analyse { tegenwerkendePrikkels { aandachtsgroepen { code } gedragenDoor bronnen { document } maatregelen { indicatoren } } } }',
  '{ analyse { leeftijdsgrenzen { aandachtsgroepen { code } } leeftijdsgaten { alVolwassen { leeftijd } nogJongere { leeftijd } bronnen { document } } } }',
  '{ aandachtsgroepen { tegenwerkendePrikkels { score } } }',
  '{ aandachtsgroepen { leeftijdsgrenzen { leeftijd } } }',
  '{ partijen { rollen { aandachtsgroepen { code } } eisen { instrumenten { code } } } aandachtsgroepen { partijrollen { aandachtsgroepen { code } } } analyse { partijen { code } } }',
  '{ analyse { toezeggingen(ookAfgerond: true) { instrumenten indicatoren } lasten { dragers effecten { gedragenDoor } eisen { code } } } }',
  '{ analyse { monitoring { adviezen { code } cijferreeksen { code } doelen { code } } } }',
  '{ analyse { indirectePrikkels { aandachtsgroepen { code } stappen { score } } } }',
  ...['DAK_EN_THUISLOOSHEID', 'WONINGTEKORT', 'AANBOD_STUDENTENHUISVESTING', 'DOORSTROOM_STATUSHOUDERS_UIT_OPVANG'].map(
    (i) => `{ analyse { gebiedsvergelijking(indicator: ${i}) { cijferreeksen { code } } } }`,
  ),
];

interface Antwoord {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function vraag(stapel: Stapel, query: string): Promise<{ antwoord: Antwoord; bytes: number; ms: number }> {
  const begin = performance.now();
  const r = await fetch(stapel.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const tekst = await r.text();
  return { antwoord: JSON.parse(tekst) as Antwoord, bytes: Buffer.byteLength(tekst), ms: performance.now() - begin };
}

/** Mediaan over HERHALINGEN opeenvolgende verzoeken, na drie om op te warmen. */
async function mediaan(stapel: Stapel, query: string): Promise<{ ms: number; bytes: number; waarden: number; antwoord: Antwoord }> {
  for (let i = 0; i < 3; i++) await vraag(stapel, query);
  const tijden: number[] = [];
  let laatste = await vraag(stapel, query);
  for (let i = 0; i < HERHALINGEN; i++) {
    laatste = await vraag(stapel, query);
    tijden.push(laatste.ms);
  }
  tijden.sort((a, b) => a - b);
  return { ms: tijden[Math.floor(tijden.length / 2)], bytes: laatste.bytes, waarden: telWaarden(laatste.antwoord.data), antwoord: laatste.antwoord };
}

/** Elke waarde in het antwoord (object, lijstelement of scalar) telt als één; dat is de eenheid van de schatter. */
function telWaarden(waarde: unknown): number {
  if (Array.isArray(waarde)) return waarde.reduce((som: number, w) => som + telWaarden(w), 0);
  if (waarde !== null && typeof waarde === 'object') return Object.values(waarde).reduce((som: number, w) => som + 1 + telWaarden(w), 0);
  return 0;
}

/** Grootste lengte per lijstveld (Type.veld), door het antwoord langs het schema te lopen. */
function meetLijsten(schema: GraphQLSchema, waarde: unknown, type: GraphQLObjectType, lengtes: Map<string, number>): void {
  if (waarde === null || typeof waarde !== 'object') return;
  for (const [naam, kind] of Object.entries(waarde)) {
    const veld = type.getFields()[naam];
    if (!veld) continue;
    const doel = getNamedType(veld.type);
    const elementen = Array.isArray(kind) ? kind : [kind];
    if (isListType(getNullableType(veld.type)) && Array.isArray(kind)) {
      const sleutel = `${type.name}.${naam}`;
      lengtes.set(sleutel, Math.max(lengtes.get(sleutel) ?? 0, kind.length));
    }
    if (isObjectType(doel)) for (const e of elementen) meetLijsten(schema, e, doel, lengtes);
  }
}

const operatieVan = (query: string): { document: ReturnType<typeof parse>; operatie: OperationDefinitionNode } => {
  const document = parse(query);
  const operatie = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return { document, operatie };
};

async function main(): Promise<void> {
  const stapel = await startStapel('sqlite');
  try {
    const introspectie = await vraag(stapel, getIntrospectionQuery());
    const schema = buildClientSchema(introspectie.antwoord.data as unknown as IntrospectionQuery);
    const query = schema.getQueryType()!;

    // 1. Lijstlengtes.
    const lengtes = new Map<string, number>();
    for (const q of LIJSTQUERIES) {
      const { antwoord } = await vraag(stapel, q);
      if (antwoord.errors) throw new Error(`meetquery geweigerd: ${q}\n${JSON.stringify(antwoord.errors)}`);
      meetLijsten(schema, antwoord.data, query, lengtes);
    }
    const groepen = lengtes.get('Query.aandachtsgroepen') ?? 0;
    const lijstlengtes: Record<string, number> = Object.fromEntries([...lengtes].filter(([, n]) => n > 0).sort(([a], [b]) => a.localeCompare(b)));
    // Het hele beleid van een ministerie is de vereniging van dat van alle groepen.
    for (const { naam: m } of SUBGRAFEN) lijstlengtes[`Analyse.${m}`] = groepen;
    const gemeten: Kostentabel = { lijstlengtes, onbekendeLijst: Math.max(...lengtes.values()), analysekosten: {} };
    console.log('## Lijstlengtes (grootste per ouder)');
    for (const [sleutel, n] of [...lengtes].sort(([a], [b]) => a.localeCompare(b))) console.log(`${sleutel.padEnd(42)} ${n}`);

    // 2. Eén gewone waarde: de tijd van het volledige overzicht boven een kale query, per waarde in het antwoord.
    const kaal = await mediaan(stapel, `{ aandachtsgroep(code: ${GROEP}) { code } }`);
    const overzicht = await mediaan(stapel, readFileSync(new URL('operaties/alle-groepen.graphql', import.meta.url), 'utf8'));
    const perWaarde = (overzicht.ms - kaal.ms) / (overzicht.waarden - kaal.waarden);
    const bytesPerWaarde = (overzicht.bytes - kaal.bytes) / (overzicht.waarden - kaal.waarden);
    console.log(`\n## Eén gewone waarde\nkaal: ${kaal.ms.toFixed(2)} ms, ${kaal.waarden} waarden; alle-groepen: ${overzicht.ms.toFixed(2)} ms, ${overzicht.waarden} waarden, ${overzicht.bytes} B`);
    console.log(`per waarde: ${(perWaarde * 1000).toFixed(2)} µs, ${bytesPerWaarde.toFixed(1)} B`);

    // 3. De analysevelden: de tijd erbovenop, minus de waarden die ze zelf teruggeven, in gewone waarden.
    const analyse = [
      ['Analyse.tegenwerkendePrikkels', '{ analyse { id } }', '{ analyse { id tegenwerkendePrikkels { score } } }'],
      ['Analyse.leeftijdsgrenzen', '{ analyse { id } }', '{ analyse { id leeftijdsgrenzen { leeftijd } } }'],
      ['Analyse.leeftijdsgaten', '{ analyse { id } }', '{ analyse { id leeftijdsgaten { van } } }'],
      ['Aandachtsgroep.tegenwerkendePrikkels', `{ aandachtsgroep(code: ${GROEP}) { code } }`, `{ aandachtsgroep(code: ${GROEP}) { code tegenwerkendePrikkels { score } } }`],
      ['Aandachtsgroep.leeftijdsgrenzen', `{ aandachtsgroep(code: ${GROEP}) { code } }`, `{ aandachtsgroep(code: ${GROEP}) { code leeftijdsgrenzen { leeftijd } } }`],
      ['Analyse.watAls', '{ analyse { id } }', '{ analyse { id watAls(pakket: SPOEDPAKKET) { opgelost { score } } } }'],
      ['Analyse.toezeggingen', '{ analyse { id } }', '{ analyse { id toezeggingen { code } } }'],
      ['Analyse.lasten', '{ analyse { id } }', '{ analyse { id lasten { dragers } } }'],
      ['Analyse.monitoring', '{ analyse { id } }', '{ analyse { id monitoring { indicator } } }'],
      ['Analyse.gebiedsvergelijking', '{ analyse { id } }', '{ analyse { id gebiedsvergelijking(indicator: DAK_EN_THUISLOOSHEID) { gebied { code } } } }'],
      ['Analyse.indirectePrikkels', '{ analyse { id } }', '{ analyse { id indirectePrikkels { score } } }'],
    ] as const;
    const analysekosten: Record<string, number> = {};
    console.log('\n## Analysevelden (mediaan zonder → met het veld)');
    for (const [sleutel, zonder, met] of analyse) {
      const a = await mediaan(stapel, zonder);
      const b = await mediaan(stapel, met);
      analysekosten[sleutel] = Math.max(0, Math.round((b.ms - a.ms) / perWaarde - (b.waarden - a.waarden)));
      console.log(`${sleutel.padEnd(38)} ${a.ms.toFixed(2)} → ${b.ms.toFixed(2)} ms, ${b.bytes - a.bytes} B erbij, ${b.waarden - a.waarden} waarden: ${analysekosten[sleutel]} gewone waarden`);
    }
    gemeten.analysekosten = analysekosten;
    console.log('\n## Gemeten kostentabel\n' + JSON.stringify(gemeten, null, 2));

    // 4. Elke bench-operatie en elk voorbeeld uit README en docs/, met de tabel uit gateway/limieten/kosten.ts en de zojuist gemeten.
    const map = new URL('operaties/', import.meta.url);
    const operaties = [
      ...readdirSync(map).map((f) => ({ naam: `bench/${f}`, query: readFileSync(new URL(f, map), 'utf8') })),
      ...leesAlleVoorbeelden().voorbeelden.map((v) => ({ naam: `${v.plaats} ${v.naam}`, query: v.query })),
    ];
    console.log(`\n## Operaties (grens kosten ${LIMIETEN.kosten}, hoofdvelden ${LIMIETEN.hoofdvelden})`);
    console.log('| operatie | kosten (kosten.ts) | kosten (nu gemeten) | hoofdvelden | ms | bytes | antwoord |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const { naam, query: q } of operaties) {
      const { document, operatie } = operatieVan(q);
      const m = await mediaan(stapel, q);
      const uitkomst = m.antwoord.errors ? (m.antwoord.errors[0].extensions?.code ?? 'fout') : 'ok';
      console.log(`| ${naam} | ${kostenVan(schema, document, operatie, undefined)} | ${kostenVan(schema, document, operatie, undefined, gemeten)} | ${hoofdveldenVan(document, operatie)} | ${m.ms.toFixed(1)} | ${m.bytes} | ${uitkomst} |`);
    }

    // 5. Wat de grens moet tegenhouden.
    const aliassen = (n: number) => `{ analyse { ${Array.from({ length: n }, (_, i) => `a${i}: tegenwerkendePrikkels { score }`).join(' ')} } }`;
    const genest = '{ analyse { tegenwerkendePrikkels { aandachtsgroepen { tegenwerkendePrikkels { aandachtsgroepen { tegenwerkendePrikkels { score } } } } } } }';
    console.log('\n## Wat geweigerd moet worden');
    const perGroep = '{ aandachtsgroepen { tegenwerkendePrikkels { score } leeftijdsgrenzen { leeftijd } } }';
    for (const [naam, q] of [
      ['16 aliassen tegenwerkendePrikkels', aliassen(16)],
      ['4 aliassen tegenwerkendePrikkels', aliassen(4)],
      ['prikkels genest (diepte 6)', genest],
      ['prikkels en leeftijdsgrenzen per groep', perGroep],
    ] as const) {
      const { document, operatie } = operatieVan(q);
      // De tijd zonder de grens is hier niet te meten; wel wat de gateway zegt en hoe snel.
      const m = await mediaan(stapel, q);
      const uitkomst = m.antwoord.errors?.[0].extensions?.code ?? 'ok';
      console.log(`${naam}: kosten ${kostenVan(schema, document, operatie, undefined)} (kosten.ts), ${kostenVan(schema, document, operatie, undefined, gemeten)} (nu gemeten); ${uitkomst} in ${m.ms.toFixed(1)} ms`);
    }
    console.log(`\nKOSTENTABEL in gateway/limieten/kosten.ts: ${JSON.stringify(KOSTENTABEL)}`);
  } finally {
    await stapel.stop();
  }
}

await main();

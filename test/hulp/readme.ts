// De voorbeelden in README.md en docs/*.md lezen en met een echt antwoord vergelijken,
// zodat de documentatie niet ongemerkt afwijkt van wat de stapel antwoordt. Een voorbeeld
// dat van de README naar docs/ verhuist, blijft zo getest: leesAlleVoorbeelden leest alle
// bestanden, en test/readme.test.ts, test/gebouwd.test.ts en test/e2e/limieten.test.ts
// gebruiken die ene lijst.
//
// Koppeling. Elk ```graphql-blok in een bestand staat direct (alleen lege regels
// ertussen) onder een markering:
//   <!-- voorbeeld: naam -->          het blok is een voorbeeld en wordt gecontroleerd;
//   <!-- geen voorbeeld: reden -->    het blok wordt bewust niet uitgevoerd.
// De uitkomst van een voorbeeld is het eerste ```json-blok, kale ```-blok of
// markdown-tabel na de query; tekst ertussen mag. Komt eerst een kop, een andere
// markering, een nieuwe query of een ander soort blok (```sh), dan is het voorbeeld
// niet te koppelen en is dat een fout die het voorbeeld noemt.
//
// Vergelijking, naar het soort uitkomst:
// - ```json met `data` of `errors` bovenaan: het hele antwoord, diep gelijk;
// - ander ```json: een deel van het antwoord; ergens in het antwoord staat een
//   deelboom die er diep gelijk aan is;
// - kaal ```-blok: de melding van de eerste fout;
// - tabel: aantallen (zie tabelVerschil).
// Geeft de query een fout die de README niet toont (geen kaal blok, geen `errors`),
// dan is die fout de melding.
// Weglatingen in ```json: een kale `…` (buiten een tekenreeks) mag alleen als laatste
// element van een lijst staan en betekent "en meer": de echte lijst begint met de
// getoonde elementen en heeft er minstens één meer. Een tekenreeks die op `…` eindigt
// is ingekort: de echte tekst begint met het deel ervoor en is langer. Verder is alles
// letterlijk: geen ontbrekende of extra velden.

import { readdirSync, readFileSync } from 'node:fs';

export type Json = null | boolean | number | string | Json[] | { [sleutel: string]: Json };

/** Staat na het inlezen voor een kale `…` in een lijst. Een NUL-teken komt in geen echt antwoord voor. */
export const MEER = '\u0000…';

export type Uitkomst =
  | { soort: 'antwoord'; json: Json }
  | { soort: 'fragment'; json: Json }
  | { soort: 'foutmelding'; tekst: string }
  | { soort: 'tabel'; kop: string[]; rijen: string[][] };

export interface Voorbeeld {
  naam: string;
  /** Regel van het ```graphql-blok in het bestand (vanaf 1). */
  regel: number;
  query: string;
  uitkomst: Uitkomst;
}

export interface Antwoord {
  data?: unknown;
  errors?: { message: string }[];
}

type Element =
  | { soort: 'markering'; regel: number; voorbeeld: boolean; naam: string }
  | { soort: 'kop'; regel: number; tekst: string }
  | { soort: 'blok'; regel: number; taal: string; inhoud: string }
  | { soort: 'tabel'; regel: number; rijen: string[][] }
  | { soort: 'tekst'; regel: number };

const MARKERING = /^<!--\s*(geen )?voorbeeld:\s*(.+?)\s*-->$/;

// ---------------------------------------------------------------- documentatie lezen

const WORTEL = new URL('../../', import.meta.url);

/** De bestanden met voorbeelden, vanaf de wortel van het project: README.md en elk docs/*.md, op naam. */
export function documentatiebestanden(): string[] {
  const docs = readdirSync(new URL('docs/', WORTEL), { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => `docs/${d.name}`)
    .sort();
  return ['README.md', ...docs];
}

/** Een voorbeeld met het bestand waar het staat; `plaats` is `bestand:regel`, voor testnamen en meldingen. */
export interface GeplaatstVoorbeeld extends Voorbeeld {
  bestand: string;
  plaats: string;
}

/**
 * De voorbeelden van README.md en elk docs/*.md samen, met bestand en regel. De fouten zijn
 * die van leesVoorbeelden per bestand, met de bestandsnaam ervoor, en een naam die in twee
 * bestanden voorkomt: een naam wijst één voorbeeld aan, waar het ook staat.
 */
export function leesAlleVoorbeelden(bestanden: string[] = documentatiebestanden()): { voorbeelden: GeplaatstVoorbeeld[]; fouten: string[] } {
  const voorbeelden: GeplaatstVoorbeeld[] = [];
  const fouten: string[] = [];
  const waar = new Map<string, string>();
  for (const bestand of bestanden) {
    const gelezen = leesVoorbeelden(readFileSync(new URL(bestand, WORTEL), 'utf8'));
    fouten.push(...gelezen.fouten.map((f) => `${bestand}: ${f}`));
    for (const v of gelezen.voorbeelden) {
      const plaats = `${bestand}:${v.regel}`;
      const eerder = waar.get(v.naam);
      if (eerder) fouten.push(`${plaats}: voorbeeld "${v.naam}" staat ook op ${eerder}; een naam komt één keer voor`);
      else waar.set(v.naam, plaats);
      voorbeelden.push({ ...v, bestand, plaats });
    }
  }
  return { voorbeelden, fouten };
}

/** Deelt markdown op in markeringen, koppen, blokken, tabellen en overige tekst; lege regels vallen weg. */
export function elementen(markdown: string): Element[] {
  const regels = markdown.split('\n');
  const uit: Element[] = [];
  for (let i = 0; i < regels.length; i += 1) {
    const regel = regels[i];
    const hek = /^\s*```(\S*)\s*$/.exec(regel);
    if (hek) {
      const eind = regels.findIndex((r, j) => j > i && r.trim() === '```');
      // Een blok zonder sluithek loopt tot het eind, zoals markdown het toont.
      const tot = eind === -1 ? regels.length : eind;
      uit.push({ soort: 'blok', regel: i + 1, taal: hek[1], inhoud: regels.slice(i + 1, tot).join('\n') });
      i = tot;
    } else if (regel.startsWith('|')) {
      let tot = i;
      while (tot < regels.length && regels[tot].startsWith('|')) tot += 1;
      uit.push({ soort: 'tabel', regel: i + 1, rijen: regels.slice(i, tot).map(cellen) });
      i = tot - 1;
    } else if (MARKERING.test(regel.trim())) {
      const [, geen, naam] = MARKERING.exec(regel.trim())!;
      uit.push({ soort: 'markering', regel: i + 1, voorbeeld: !geen, naam });
    } else if (/^#+ /.test(regel)) {
      uit.push({ soort: 'kop', regel: i + 1, tekst: regel });
    } else if (regel.trim() !== '') {
      uit.push({ soort: 'tekst', regel: i + 1 });
    }
  }
  return uit;
}

function cellen(rij: string): string[] {
  return rij.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/** Alle voorbeelden, en per blok dat niet te koppelen of te lezen is een foutmelding die het noemt. */
export function leesVoorbeelden(markdown: string): { voorbeelden: Voorbeeld[]; fouten: string[] } {
  const lijst = elementen(markdown);
  const voorbeelden: Voorbeeld[] = [];
  const fouten: string[] = [];
  const namen = new Set<string>();
  lijst.forEach((element, i) => {
    if (element.soort === 'markering' && !isQuery(lijst[i + 1])) {
      fouten.push(`markering "${element.naam}" (regel ${element.regel}) staat niet direct boven een \`\`\`graphql-blok`);
    }
    if (!isQuery(element)) return;
    const markering = lijst[i - 1];
    const query = element.inhoud;
    if (markering?.soort !== 'markering') {
      fouten.push(`\`\`\`graphql-blok op regel ${element.regel} (${eersteRegel(query)}) heeft geen <!-- voorbeeld: naam --> of <!-- geen voorbeeld: reden --> erboven`);
      return;
    }
    if (!markering.voorbeeld) return;
    if (namen.has(markering.naam)) fouten.push(`voorbeeld "${markering.naam}" (regel ${element.regel}): de naam komt twee keer voor`);
    namen.add(markering.naam);
    const uitkomst = zoekUitkomst(lijst.slice(i + 1));
    if (typeof uitkomst === 'string') fouten.push(`voorbeeld "${markering.naam}" (regel ${element.regel}): ${uitkomst}`);
    else voorbeelden.push({ naam: markering.naam, regel: element.regel, query, uitkomst });
  });
  return { voorbeelden, fouten };
}

function isQuery(element: Element | undefined): element is Extract<Element, { soort: 'blok' }> {
  return element?.soort === 'blok' && /^(graphql|gql)$/i.test(element.taal);
}

function eersteRegel(tekst: string): string {
  const regel = tekst.split('\n')[0].trim();
  return regel.length > 60 ? `${regel.slice(0, 60)}…` : regel;
}

/** De uitkomst na een query, of waarom die er niet is. */
function zoekUitkomst(erna: Element[]): Uitkomst | string {
  for (const element of erna) {
    switch (element.soort) {
      case 'tekst':
        continue;
      case 'kop':
        return `geen uitkomst vóór de kop "${element.tekst}" (regel ${element.regel})`;
      case 'markering':
        return `geen uitkomst vóór de volgende markering "${element.naam}" (regel ${element.regel})`;
      case 'tabel':
        return leesTabel(element.rijen);
      case 'blok':
        if (element.taal.toLowerCase() === 'json') return leesJson(element.inhoud, element.regel);
        if (element.taal === '') return { soort: 'foutmelding', tekst: element.inhoud.trim() };
        return `na de query volgt een \`\`\`${element.taal}-blok (regel ${element.regel}) in plaats van een \`\`\`json-blok, kaal \`\`\`-blok of tabel`;
    }
  }
  return 'geen uitkomst vóór het einde van het bestand';
}

function leesTabel(rijen: string[][]): Uitkomst | string {
  const [kop, scheiding, ...data] = rijen;
  if (!scheiding?.every((c) => /^:?-+:?$/.test(c))) return 'de tabel na de query heeft geen kopregel met scheidingsregel';
  return { soort: 'tabel', kop, rijen: data };
}

function leesJson(tekst: string, regel: number): Uitkomst | string {
  let json: Json;
  try {
    json = JSON.parse(vervangWeglatingen(tekst)) as Json;
  } catch (fout) {
    return `het \`\`\`json-blok op regel ${regel} is geen JSON (ook niet met … als weglating): ${(fout as Error).message}`;
  }
  const misplaatst = misplaatsteWeglating(json, []);
  if (misplaatst) return `in het \`\`\`json-blok op regel ${regel} staat … op ${padTekst(misplaatst)}; alleen als laatste element van een lijst betekent het "en meer"`;
  const volledig = isObject(json) && ('data' in json || 'errors' in json);
  return { soort: volledig ? 'antwoord' : 'fragment', json };
}

/** Maakt van elke kale `…` buiten een tekenreeks de tekenreeks MEER, zodat het JSON wordt. */
export function vervangWeglatingen(tekst: string): string {
  let uit = '';
  let inTekenreeks = false;
  let ontsnapt = false;
  for (const teken of tekst) {
    if (inTekenreeks) {
      if (ontsnapt) ontsnapt = false;
      else if (teken === '\\') ontsnapt = true;
      else if (teken === '"') inTekenreeks = false;
      uit += teken;
    } else if (teken === '…') {
      uit += JSON.stringify(MEER);
    } else {
      if (teken === '"') inTekenreeks = true;
      uit += teken;
    }
  }
  return uit;
}

function misplaatsteWeglating(json: Json, pad: Pad): Pad | undefined {
  if (json === MEER) return pad;
  if (Array.isArray(json)) {
    for (const [i, element] of json.entries()) {
      if (element === MEER && i === json.length - 1) continue;
      const gevonden = misplaatsteWeglating(element, [...pad, i]);
      if (gevonden) return gevonden;
    }
  } else if (isObject(json)) {
    for (const [sleutel, waarde] of Object.entries(json)) {
      const gevonden = misplaatsteWeglating(waarde, [...pad, sleutel]);
      if (gevonden) return gevonden;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- vergelijken

type Pad = (string | number)[];

export interface Verschil {
  pad: Pad;
  uitleg: string;
}

/** Waarom een antwoord niet bij het voorbeeld past, of undefined als het past. */
export function controleer(voorbeeld: Voorbeeld, antwoord: Antwoord): string | undefined {
  const { uitkomst } = voorbeeld;
  const fout = antwoord.errors?.[0]?.message;
  if (uitkomst.soort === 'foutmelding') {
    if (fout === undefined) return `de query gaf geen fout, de README toont er een. Antwoord: ${kort(antwoord)}`;
    return fout === uitkomst.tekst ? undefined : `de eerste foutmelding verschilt.\n  README:   ${uitkomst.tekst}\n  antwoord: ${fout}`;
  }
  // Een onverwachte fout (bijvoorbeeld een veld dat verhuisd is) zegt meer dan "data ontbreekt".
  const toontFouten = uitkomst.soort === 'antwoord' && isObject(uitkomst.json) && 'errors' in uitkomst.json;
  if (fout !== undefined && !toontFouten) return `de query gaf een fout: ${fout}`;
  if (uitkomst.soort === 'antwoord') {
    const verschil = eersteVerschil(uitkomst.json, antwoord, []);
    return verschil && `het antwoord verschilt, eerst op ${padTekst(verschil.pad)}: ${verschil.uitleg}`;
  }
  if (uitkomst.soort === 'fragment') return zoekFragment(uitkomst.json, antwoord);
  return tabelVerschil(uitkomst.kop, uitkomst.rijen, antwoord);
}

/** Het eerste verschil tussen wat de README toont en het echte antwoord, met de regels voor `…`. */
export function eersteVerschil(verwacht: Json, echt: unknown, pad: Pad): Verschil | undefined {
  if (Array.isArray(verwacht)) return lijstVerschil(verwacht, echt, pad);
  if (isObject(verwacht)) return objectVerschil(verwacht, echt, pad);
  if (verwacht === echt) return undefined;
  if (typeof verwacht === 'string' && typeof echt === 'string' && verwacht.endsWith('…')) {
    const begin = verwacht.slice(0, -1);
    if (echt.startsWith(begin) && echt.length > begin.length) return undefined;
    return { pad, uitleg: `README (ingekort) ${kort(verwacht)}, antwoord ${kort(echt)}` };
  }
  return { pad, uitleg: `README ${kort(verwacht)}, antwoord ${kort(echt)}` };
}

function lijstVerschil(verwacht: Json[], echt: unknown, pad: Pad): Verschil | undefined {
  if (!Array.isArray(echt)) return { pad, uitleg: `README een lijst, antwoord ${kort(echt)}` };
  const meer = verwacht.at(-1) === MEER;
  const getoond = meer ? verwacht.slice(0, -1) : verwacht;
  for (const [i, element] of getoond.slice(0, echt.length).entries()) {
    const verschil = eersteVerschil(element, echt[i], [...pad, i]);
    if (verschil) return verschil;
  }
  if (meer && echt.length <= getoond.length) {
    return { pad, uitleg: `README toont ${getoond.length} element(en) en "…" (meer), antwoord heeft er ${echt.length}` };
  }
  if (!meer && echt.length !== getoond.length) {
    const eerste = echt.length > getoond.length ? `; het eerste extra is ${kort(echt[getoond.length])}` : '';
    return { pad, uitleg: `README ${getoond.length} element(en), antwoord ${echt.length}${eerste}` };
  }
  return undefined;
}

function objectVerschil(verwacht: { [sleutel: string]: Json }, echt: unknown, pad: Pad): Verschil | undefined {
  if (!isObject(echt)) return { pad, uitleg: `README een object, antwoord ${kort(echt)}` };
  for (const [sleutel, waarde] of Object.entries(verwacht)) {
    if (!(sleutel in echt)) return { pad: [...pad, sleutel], uitleg: 'staat in de README, niet in het antwoord' };
    const verschil = eersteVerschil(waarde, echt[sleutel], [...pad, sleutel]);
    if (verschil) return verschil;
  }
  const extra = Object.keys(echt).find((sleutel) => !(sleutel in verwacht));
  return extra === undefined ? undefined : { pad: [...pad, extra], uitleg: `staat in het antwoord (${kort(echt[extra])}), niet in de README` };
}

/**
 * Undefined als het fragment ergens in het antwoord staat. Anders een melding met het
 * meest gelijkende deel: dat waarin het eerste verschil het diepst ligt, omdat de
 * velden in de volgorde van de README vergeleken worden (bij een reeks eerst `code`).
 */
export function zoekFragment(fragment: Json, antwoord: unknown): string | undefined {
  let beste: { waar: Pad; verschil: Verschil } | undefined;
  for (const [waar, deel] of deelbomen(antwoord, [])) {
    if (Array.isArray(deel) !== Array.isArray(fragment) || isObject(deel) !== isObject(fragment)) continue;
    const verschil = eersteVerschil(fragment, deel, []);
    if (!verschil) return undefined;
    if (!beste || verschil.pad.length > beste.verschil.pad.length) beste = { waar, verschil };
  }
  if (!beste) return `het fragment staat niet in het antwoord; geen enkel deel ervan heeft dezelfde vorm`;
  return `het fragment staat niet in het antwoord; het meest gelijkende deel is ${padTekst(beste.waar)} en verschilt op ${padTekst([...beste.waar, ...beste.verschil.pad])}: ${beste.verschil.uitleg}`;
}

function* deelbomen(waarde: unknown, pad: Pad): Generator<[Pad, unknown]> {
  yield [pad, waarde];
  if (Array.isArray(waarde)) for (const [i, element] of waarde.entries()) yield* deelbomen(element, [...pad, i]);
  else if (isObject(waarde)) for (const [sleutel, veld] of Object.entries(waarde)) yield* deelbomen(veld, [...pad, sleutel]);
}

/**
 * Een tabel van aantallen. Rijen: de elementen van de eerste lijst in het antwoord
 * waarvan de elementen een `code` hebben, in dezelfde volgorde; de eerste kolom is die
 * code. Elke volgende kolom is het veld met de kopnaam in kleine letters (JENV → jenv);
 * een cel geeft de lengtes van alle lijstvelden van dat object, in de volgorde van de
 * query, gescheiden door " / " (bij "Alle silo's": doelen / instrumenten / cijfers).
 * Bij een verschil volgt de hele tabel zoals die nu moet luiden.
 */
export function tabelVerschil(kop: string[], rijen: string[][], antwoord: Antwoord): string | undefined {
  const lijst = eersteLijstMetCodes(antwoord.data);
  if (!lijst) return 'het antwoord heeft geen lijst van objecten met een `code` om de tabel mee te vergelijken';
  const echt = tabelUitAntwoord(kop, lijst);
  if (typeof echt === 'string') return echt;
  const verschil = eersteCelVerschil(kop, rijen, echt);
  return verschil && `${verschil}\nVolgens het antwoord moet de tabel zijn:\n${markdownTabel(kop, echt)}`;
}

function eersteLijstMetCodes(waarde: unknown): Record<string, unknown>[] | undefined {
  for (const [, deel] of deelbomen(waarde, [])) {
    if (Array.isArray(deel) && deel.length > 0 && deel.every((e) => isObject(e) && typeof e.code === 'string')) {
      return deel as Record<string, unknown>[];
    }
  }
  return undefined;
}

function tabelUitAntwoord(kop: string[], lijst: Record<string, unknown>[]): string[][] | string {
  const rijen: string[][] = [];
  for (const element of lijst) {
    const rij = [String(element.code)];
    for (const kolom of kop.slice(1)) {
      const veld = element[kolom.toLowerCase()];
      if (!isObject(veld)) return `kolom ${kolom}: het antwoord heeft bij ${String(element.code)} geen object ${kolom.toLowerCase()}`;
      rij.push(Object.values(veld).filter(Array.isArray).map((l) => l.length).join(' / '));
    }
    rijen.push(rij);
  }
  return rijen;
}

function eersteCelVerschil(kop: string[], readme: string[][], echt: string[][]): string | undefined {
  const readmeCodes = readme.map((r) => r[0]).join(', ');
  const echteCodes = echt.map((r) => r[0]).join(', ');
  if (readmeCodes !== echteCodes) return `de rijen verschillen.\n  README:   ${readmeCodes}\n  antwoord: ${echteCodes}`;
  for (const [i, rij] of readme.entries()) {
    for (const [j, kolom] of kop.entries()) {
      if (rij[j] !== echt[i][j]) return `rij ${rij[0]}, kolom ${kolom}: README "${rij[j] ?? ''}", antwoord "${echt[i][j]}"`;
    }
  }
  return undefined;
}

export function markdownTabel(kop: string[], rijen: string[][]): string {
  return [kop, kop.map(() => '---'), ...rijen].map((rij) => `| ${rij.join(' | ')} |`).join('\n');
}

// ---------------------------------------------------------------- klein gereedschap

function isObject(waarde: unknown): waarde is Record<string, unknown> {
  return typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde);
}

function padTekst(pad: Pad): string {
  if (pad.length === 0) return '(het geheel)';
  return pad.map((stap, i) => (typeof stap === 'number' ? `[${stap}]` : i === 0 ? stap : `.${stap}`)).join('');
}

function kort(waarde: unknown): string {
  const tekst = (JSON.stringify(waarde) ?? String(waarde)).replaceAll(JSON.stringify(MEER), '…');
  return tekst.length > 160 ? `${tekst.slice(0, 160)}…` : tekst;
}

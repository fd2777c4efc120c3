// De documentatie wijst naar wat er is. README.md en elk .md-bestand onder docs/ noemen
// paden, opdrachten, variabelen en eindpunten; na een verhuizing in de code bleven die
// namen eerder staan dan dat iemand ze zag. Deze test leest alleen bestanden (geen stapel):
// - elk pad tussen backticks bestaat (een pad: begint met een map of bestand uit de wortel
//   van het project, of eindigt op een bekende extensie); `<…>`, `…` en `*` zijn
//   jokertekens, en een pad dat git negeert (dist/, var/, test/artefacten/) maakt een
//   proces zelf;
// - elke relatieve markdown-link wijst naar een bestand dat bestaat, en een #anker naar een
//   kop in dat bestand;
// - elke `npm run <script>` bestaat in package.json;
// - elke naam in hoofdletters met een liggend streepje (een omgevingsvariabele, een
//   foutcode, een enumwaarde) staat ergens in de code of de gegevens;
// - elk eindpunt (`/pad`, `GET /pad`) staat met zijn eerste deel in de code;
// - de voorbeelden (hulp/readme.ts) zijn te lezen, en geen voorbeeld van vóór de verhuizing
//   naar docs/ is weggevallen.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEPARTEMENTEN } from '../kern/config.js';
import { leesAlleVoorbeelden } from './hulp/readme.js';

const WORTEL = fileURLToPath(new URL('../', import.meta.url));
const git = (...args: string[]) => execFileSync('git', args, { cwd: WORTEL, encoding: 'utf8' });
const GEVOLGD = git('ls-files').trim().split('\n');
/** README.md en elk .md-bestand onder docs/ (ook docs/bronnen/README.md), ook als het nog niet in git staat. */
const BESTANDEN = [
  'README.md',
  ...readdirSync(join(WORTEL, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.md'))
    .map((p) => `docs/${p.split(sep).join('/')}`)
    .sort(),
];
/** Wat een proces of de bouw maakt en git negeert: bestaat pas na een start of build. */
const GEMAAKT = ['dist', 'var', 'node_modules'];
const WORTELNAMEN = new Set([...GEVOLGD.map((p) => p.split('/')[0]), ...GEMAAKT]);
const EXTENSIE = /\.(ts|tsx|mts|mjs|js|md|json|ya?ml|graphql|sh|txt|css|html|sqlite)$/;
/** Het verzonnen zesde ministerie van docs/nieuw-ministerie.md: zijn bestanden maakt de lezer. */
const VOORBEELDMINISTERIE = 'FIN';
/** De ministeries, ook het verzonnen: een variabele als SZW_SQLITE_PAD maakt de code uit `${departement}_SQLITE_PAD`. */
const MINISTERIECODES = [...DEPARTEMENTEN, VOORBEELDMINISTERIE];

/**
 * Bestandsnamen die een voorbeeld zijn, geen bestand in het project: wat de lezer zelf maakt
 * of meegeeft. Met de reden; een nieuwe naam hier hoort een voorbeeld te zijn.
 */
const VOORBEELDNAMEN: Record<string, string> = {
  'results.json': 'uitvoer van npm run bench -- --out',
  'repetitie.json': 'uitvoer van npm run repetitie -- --out',
  'f.json': 'uitvoer van --out in de tabel met opdrachten',
  'api-sleutels.json': 'het sleutelbestand dat wie docker compose draait zelf maakt',
  '2022-01-01.yaml': 'een editie die een ministerie publiceert',
  '2021-07-08.yaml': 'een editie in de foutmelding van de import',
};

interface Vondst {
  bestand: string;
  regel: number;
  tekst: string;
}

/** Regels buiten ```-blokken, met hun nummer. */
function proza(bestand: string): { regel: number; tekst: string }[] {
  const uit: { regel: number; tekst: string }[] = [];
  let inBlok = false;
  readFileSync(join(WORTEL, bestand), 'utf8')
    .split('\n')
    .forEach((tekst, i) => {
      if (/^\s*```/.test(tekst)) inBlok = !inBlok;
      else if (!inBlok) uit.push({ regel: i + 1, tekst });
    });
  return uit;
}

/** Alles tussen backticks buiten ```-blokken. */
function codespans(): Vondst[] {
  return BESTANDEN.flatMap((bestand) =>
    proza(bestand).flatMap(({ regel, tekst }) => [...tekst.matchAll(/(`+)([^`]+?)\1/g)].map((m) => ({ bestand, regel, tekst: m[2].trim() }))),
  );
}

/** Een pad als glob (`<…>`, `…`, `*` vangen één of meer tekens binnen een deel). */
function alsPatroon(pad: string): RegExp {
  const deel = pad
    .replace(/<[^>]*>|…|\*/g, '\u0000')
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\u0000+/g, '[^/]+');
  return new RegExp(`^${deel}(/.*)?$`);
}

function padBestaat(pad: string): boolean {
  // subgraphs/fin/… is een bestand van het verzonnen ministerie: het moet er zijn zoals bij elk ministerie.
  const schoon = pad.replace(/\/$/, '').replace(new RegExp(`(^|/)${VOORBEELDMINISTERIE.toLowerCase()}(/|$)`, 'g'), '$1<ministerie>$2');
  if (/[<…*]/.test(schoon)) {
    const patroon = alsPatroon(schoon);
    return GEVOLGD.some((p) => patroon.test(p));
  }
  return existsSync(join(WORTEL, schoon));
}

/** Negeert git dit pad (iets wat een proces of de bouw maakt)? */
function genegeerd(pad: string): boolean {
  try {
    git('check-ignore', '--no-index', '-q', pad.replace(/<[^>]*>|…|\*/g, 'x'));
    return true;
  } catch {
    return false;
  }
}

/** De kop-ankers van een markdown-bestand, zoals GitHub ze maakt. */
function ankers(bestand: string): Set<string> {
  const gezien = new Map<string, number>();
  const uit = new Set<string>();
  for (const { tekst } of proza(bestand)) {
    const kop = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(tekst);
    if (!kop) continue;
    const basis = kop[1]
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = gezien.get(basis) ?? 0;
    gezien.set(basis, n + 1);
    uit.add(n === 0 ? basis : `${basis}-${n}`);
  }
  return uit;
}

/** Alle tekst van de code en de gegevens (geen markdown), om namen in terug te vinden. */
const CODE = GEVOLGD.filter((p) => !p.endsWith('.md') && !p.startsWith('docs/') && p !== 'package-lock.json')
  .map((p) => {
    try {
      return statSync(join(WORTEL, p)).size < 5_000_000 ? readFileSync(join(WORTEL, p), 'utf8') : '';
    } catch {
      return '';
    }
  })
  .join('\n');

const melding = (v: Vondst, waarom: string) => `${v.bestand}:${v.regel}: \`${v.tekst}\` ${waarom}`;

describe('de documentatie wijst naar wat er is', () => {
  it('leest README.md en docs/', () => {
    expect(BESTANDEN).toContain('README.md');
    expect(BESTANDEN.filter((b) => b.startsWith('docs/')).length).toBeGreaterThan(3);
  });

  it('houdt de README op een pagina: hoogstens 300 regels, de rest in docs/ (issue 22, punt 4)', () => {
    const regels = readFileSync(join(WORTEL, 'README.md'), 'utf8').trimEnd().split('\n').length;
    expect(regels).toBeLessThanOrEqual(300);
  });

  it('noemt alleen paden die bestaan', () => {
    const fout: string[] = [];
    for (const v of codespans()) {
      // Het eerste woord: `npm run bench -- --out results.json` noemt het script, niet een pad.
      for (const woord of v.tekst.split(/\s+/)) {
        const pad = woord.replace(/^\.\//, '').replace(/[,;:)]+$/, '');
        // Geen pad: een URL, een eindpunt (/health), een pakket (@apollo/…), een querystring.
        if (pad.includes('://') || /^[/@?]/.test(pad) || (pad.startsWith('.') && !pad.startsWith('.ci'))) continue;
        const eerste = pad.split('/')[0];
        const isPad = (pad.includes('/') && WORTELNAMEN.has(eerste)) || EXTENSIE.test(pad);
        if (!isPad) continue;
        if (!pad.includes('/') && (pad in VOORBEELDNAMEN || GEVOLGD.some((p) => p.endsWith(`/${pad}`) || p === pad))) continue;
        if (padBestaat(pad) || genegeerd(pad)) continue;
        fout.push(melding(v, pad === v.tekst ? 'bestaat niet' : `noemt ${pad}, dat niet bestaat`));
      }
    }
    expect(fout).toEqual([]);
  });

  it('linkt alleen naar bestanden en koppen die bestaan', () => {
    const fout: string[] = [];
    for (const bestand of BESTANDEN) {
      for (const { regel, tekst } of proza(bestand)) {
        // Geen link in een codespan: `[x](y)` is daar tekst.
        const zonderCode = tekst.replace(/`[^`]*`/g, '');
        for (const m of zonderCode.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
          const doel = m[1];
          if (/^[a-z][a-z0-9+.-]*:/i.test(doel)) continue;
          const [pad, anker] = doel.split('#', 2);
          const vondst = { bestand, regel, tekst: doel };
          const doelbestand = pad === '' ? bestand : normalize(join(dirname(bestand), decodeURIComponent(pad)));
          if (!existsSync(join(WORTEL, doelbestand))) {
            fout.push(melding(vondst, `wijst naar ${doelbestand}, dat niet bestaat`));
            continue;
          }
          if (anker !== undefined && doelbestand.endsWith('.md') && !ankers(doelbestand).has(decodeURIComponent(anker))) {
            fout.push(melding(vondst, `wijst naar een kop die ${doelbestand} niet heeft (koppen: ${[...ankers(doelbestand)].join(', ')})`));
          }
        }
      }
    }
    expect(fout).toEqual([]);
  });

  it('noemt alleen npm-scripts die bestaan', () => {
    const scripts = (JSON.parse(readFileSync(join(WORTEL, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const fout: string[] = [];
    for (const bestand of BESTANDEN) {
      // Ook in ```sh-blokken: daar staan de opdrachten die een lezer overneemt.
      readFileSync(join(WORTEL, bestand), 'utf8')
        .split('\n')
        .forEach((tekst, i) => {
          for (const m of tekst.matchAll(/npm run (?:-s )?([\w:-]+)/g)) {
            if (!(m[1] in scripts)) fout.push(melding({ bestand, regel: i + 1, tekst: m[0] }, 'is geen script in package.json'));
          }
        });
    }
    expect(fout).toEqual([]);
  });

  it('noemt alleen variabelen, codes en enumwaarden die in de code of de gegevens staan', () => {
    const fout: string[] = [];
    for (const v of codespans()) {
      for (const naam of v.tekst.match(/(?<![\w<>…])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w<>…])/g) ?? []) {
        if (CODE.includes(naam)) continue;
        // SZW_SQLITE_PAD: de code maakt de naam per ministerie (`${departement}_SQLITE_PAD`).
        const perMinisterie = MINISTERIECODES.find((code) => naam.startsWith(`${code}_`));
        if (perMinisterie && CODE.includes(`}${naam.slice(perMinisterie.length)}`)) continue;
        fout.push(melding(v, `noemt ${naam}, dat nergens in de code of de gegevens staat`));
      }
    }
    expect(fout).toEqual([]);
  });

  it('noemt alleen eindpunten die de code kent', () => {
    const fout: string[] = [];
    for (const v of codespans()) {
      const m = /^(?:(?:GET|POST|HEAD|PUT|DELETE) )?(\/[a-z][\w-]*)/.exec(v.tekst);
      if (!m || v.tekst.includes(' ') && !/^(GET|POST|HEAD|PUT|DELETE) /.test(v.tekst)) continue;
      if (!CODE.includes(m[1])) fout.push(melding(v, `noemt ${m[1]}, dat de code niet kent`));
    }
    expect(fout).toEqual([]);
  });
});

/**
 * De voorbeelden die de README had vóór de documentatie naar docs/ verhuisde (issue 22,
 * punt 4): 21. Elk moet nog ergens staan, met dezelfde naam, zodat het getest blijft.
 */
const VOORBEELDEN_VOOR_DE_VERHUIZING = [
  'jenv-doelen-statushouders',
  'cijferreeks-sociale-huur',
  'alle-silos',
  'onbekende-code',
  'acceptatie-issue-3',
  'sterke-prikkels-szw',
  'prikkelmatrix-studenten',
  'leeftijdsgaten',
  'szw-tegen-bzk-18-23',
  'prikkeltelling-kruisend',
  'alleen-letterlijk',
  'watals-spoedpakket',
  'watals-een-maatregel',
  'watals-zonder-keuze',
  'toezeggingen-tot-2026',
  'partijrollen-statushouders',
  'lasten-gemeenten',
  'monitoring-zonder',
  'gebiedsvergelijking',
  'indirecte-prikkels-szw',
  'toezeggingen-onbekende-eigenaar',
];

describe('de voorbeelden in README.md en docs/', () => {
  const { voorbeelden, fouten } = leesAlleVoorbeelden();

  it('koppelen elk graphql-blok aan een uitkomst of een reden, in elk bestand', () => {
    expect(fouten).toEqual([]);
  });

  it('houden elk voorbeeld van vóór de verhuizing, met dezelfde naam', () => {
    const namen = voorbeelden.map((v) => v.naam);
    expect(VOORBEELDEN_VOOR_DE_VERHUIZING.filter((n) => !namen.includes(n))).toEqual([]);
    expect(voorbeelden.length).toBeGreaterThanOrEqual(VOORBEELDEN_VOOR_DE_VERHUIZING.length);
  });

  it('zetten drie voorbeelden in de README, de rest in docs/', () => {
    expect(voorbeelden.filter((v) => v.bestand === 'README.md').map((v) => v.naam)).toHaveLength(3);
  });
});

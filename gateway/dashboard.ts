// Het dashboard (dashboard/dist, gebouwd door npm ci via "prepare") op /dashboard/ van de
// gateway: dezelfde oorsprong als /overzichten, dus geen CORS en hetzelfde token. Wie in
// een browser de gateway zelf opent (/), komt er ook terecht.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foutAntwoord } from '../kern/antwoord.js';
import type { HttpAntwoord, HttpVerzoek, Route } from '../kern/http.js';

export const DASHBOARDMAP = fileURLToPath(new URL('../dashboard/dist/', import.meta.url));

const SOORTEN: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** Alle bestanden in het geheugen: een paar bestanden, en zo kan een pad nooit buiten de map wijzen. */
function leesMap(map: string, voorvoegsel = ''): Map<string, Buffer> {
  const bestanden = new Map<string, Buffer>();
  for (const naam of readdirSync(map, { withFileTypes: true })) {
    const pad = `${voorvoegsel}/${naam.name}`;
    if (naam.isDirectory()) for (const [p, b] of leesMap(join(map, naam.name), pad)) bestanden.set(p, b);
    else bestanden.set(pad, readFileSync(join(map, naam.name)));
  }
  return bestanden;
}

/** Een browser vraagt om HTML; curl, fetch en GraphQL-clients niet. */
const isBrowser = (verzoek: HttpVerzoek) => (verzoek.headers.get('accept') ?? '').includes('text/html');

const wegwijzer = (verzoek: HttpVerzoek): HttpAntwoord =>
  isBrowser(verzoek)
    ? { status: 302, headers: [['location', '/dashboard/']], body: '' }
    : foutAntwoord(
        404,
        'NOT_FOUND',
        `${verzoek.pad} is geen eindpunt. GraphQL staat op /graphql (POST, of GET met ?query=…), het dashboard op /dashboard/ (in een browser), de vastgelegde overzichten op /overzichten.`,
      );

export function dashboardroutes(map = DASHBOARDMAP): Route[] {
  const bestanden = existsSync(join(map, 'index.html')) ? leesMap(map) : null;
  const bestand = (pad: string, inhoud: Buffer): HttpAntwoord => ({
    status: 200,
    headers: [
      ['content-type', SOORTEN[extname(pad)] ?? 'application/octet-stream'],
      // Bestanden onder assets/ hebben een hash in hun naam; index.html niet.
      ['cache-control', pad.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'],
      // font-src data: voor de lettertypen die GraphiQL (Query-pagina) in zijn CSS meelevert;
      // de web workers van de editor komen uit assets/, dus 'self' (via default-src) volstaat.
      ['content-security-policy', "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'"],
      ['x-content-type-options', 'nosniff'],
    ],
    body: inhoud,
  });
  return [
    // De gateway zelf en het dashboard zonder slash: een browser gaat naar het dashboard, een client krijgt in JSON wat er wel is.
    { methoden: ['GET', 'HEAD'], pad: /^\/$/, label: '/', behandel: async (verzoek) => wegwijzer(verzoek) },
    { methoden: ['GET', 'HEAD'], pad: /^\/dashboard$/, label: '/dashboard', behandel: async (verzoek) => wegwijzer(verzoek) },
    {
      methoden: ['GET', 'HEAD'],
      pad: /^\/dashboard(\/.*)$/,
      label: '/dashboard',
      async behandel(_verzoek, [rest = '/']) {
        if (!bestanden) {
          return foutAntwoord(503, 'DASHBOARD_NIET_GEBOUWD', 'Het dashboard is niet gebouwd; bouw het met: npm run build:dashboard');
        }
        const treffer = bestanden.get(rest);
        // Elke andere URL onder /dashboard/ is een pagina van de app: die leest zelf het pad.
        return treffer ? bestand(rest, treffer) : bestand('/index.html', bestanden.get('/index.html')!);
      },
    },
  ];
}

// Lokale bestanden (de SQLite-database per ministerie, de ontwikkelsleutel) horen bij
// het project, niet bij een build: `npm run build` gooit dist/ weg en begint opnieuw,
// en een gepubliceerde editie of een uitgegeven token mag daarmee niet verdwijnen. Ook
// moeten `npm run import` en `npm run token` (uit de bronmap) dezelfde database en
// sleutel gebruiken als de gecompileerde stapel (`npm run start:dist`).
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** De map boven kern/: de projectmap, of dist/ in de gecompileerde build. */
const boven = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** De projectmap, ook als deze code uit dist/ draait. */
export const PROJECTMAP = basename(boven) === 'dist' && existsSync(join(boven, '..', 'package.json')) ? dirname(boven) : boven;

/** Een pad in de projectmap, zoals `projectpad('var', 'ontwikkelsleutel.json')`. */
export const projectpad = (...delen: string[]): string => join(PROJECTMAP, ...delen);

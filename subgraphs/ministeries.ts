// De vijf ministeries, voor scripts en tests die ze allemaal nodig hebben.
import { bzk } from './bzk/server.js';
import { jenv } from './jenv/server.js';
import { ocw } from './ocw/server.js';
import { szw } from './szw/server.js';
import { vws } from './vws/server.js';
import type { DepartementCode } from '../kern/config.js';
import type { Ministerie } from '../kern/subgraaf.js';

export const ministeries: Record<DepartementCode, Ministerie> = { BZK: bzk, VWS: vws, JENV: jenv, SZW: szw, OCW: ocw };

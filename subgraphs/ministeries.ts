// De vijf ministeries, voor scripts en tests die ze allemaal nodig hebben.
import { bzk } from './bzk/ministerie.js';
import { jenv } from './jenv/ministerie.js';
import { ocw } from './ocw/ministerie.js';
import { szw } from './szw/ministerie.js';
import { vws } from './vws/ministerie.js';
import type { DepartementCode } from '../kern/config.js';
import type { Ministerie } from './ministerie/subgraaf.js';

export const ministeries: Record<DepartementCode, Ministerie> = { BZK: bzk, VWS: vws, JENV: jenv, SZW: szw, OCW: ocw };

import { startMinisterie } from '../../kern/start.js';
import { bzk } from './ministerie.js';

await startMinisterie(bzk);

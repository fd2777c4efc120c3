import { startMinisterie } from '../ministerie/proces.js';
import { bzk } from './ministerie.js';

await startMinisterie(bzk);

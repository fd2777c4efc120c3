import { startMinisterie } from '../../kern/start.js';
import { ocw } from './ministerie.js';

await startMinisterie(ocw);

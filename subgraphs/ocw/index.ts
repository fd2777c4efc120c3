import { startMinisterie } from '../ministerie/proces.js';
import { ocw } from './ministerie.js';

await startMinisterie(ocw);

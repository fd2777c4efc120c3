import { startMinisterie } from '../ministerie/proces.js';
import { vws } from './ministerie.js';

await startMinisterie(vws);

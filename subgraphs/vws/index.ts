import { startMinisterie } from '../../kern/start.js';
import { vws } from './ministerie.js';

await startMinisterie(vws);

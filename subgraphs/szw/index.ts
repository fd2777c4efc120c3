import { startMinisterie } from '../../kern/start.js';
import { szw } from './ministerie.js';

await startMinisterie(szw);

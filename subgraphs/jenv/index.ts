import { startMinisterie } from '../../kern/start.js';
import { jenv } from './ministerie.js';

await startMinisterie(jenv);

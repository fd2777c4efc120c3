import { startMinisterie } from '../ministerie/proces.js';
import { jenv } from './ministerie.js';

await startMinisterie(jenv);

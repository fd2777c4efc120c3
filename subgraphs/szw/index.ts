import { startMinisterie } from '../ministerie/proces.js';
import { szw } from './ministerie.js';

await startMinisterie(szw);

import { startMinisterie } from '../ministerie/proces.js';
import { ministeries } from '../ministeries.js';

await startMinisterie(ministeries.SZW);

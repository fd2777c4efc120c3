import { startSubgraaf } from '../../kern/start.js';
import { ocw } from './server.js';

await startSubgraaf({ ...ocw, departement: 'OCW' });

import { startSubgraaf } from '../../kern/start.js';
import { szw } from './server.js';

await startSubgraaf({ ...szw, departement: 'SZW' });

import { startSubgraaf } from '../../kern/start.js';
import { bzk } from './server.js';

await startSubgraaf({ ...bzk, departement: 'BZK' });

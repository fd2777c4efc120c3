import { startSubgraaf } from '../../kern/start.js';
import { vws } from './server.js';

await startSubgraaf({ ...vws, departement: 'VWS' });

import { startSubgraaf } from '../../kern/start.js';
import { jenv } from './server.js';

await startSubgraaf({ ...jenv, departement: 'JENV' });

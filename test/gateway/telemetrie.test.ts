// De gateway mag niet naar buiten bellen: @apollo/gateway start zonder
// APOLLO_TELEMETRY_DISABLED een meter die cloud-metadata aftast en naar Apollo rapporteert.
import { describe, expect, it } from 'vitest';
import { bouwGateway } from '../../gateway/server.js';

describe('telemetrie', () => {
  it('zet de telemetrie van @apollo/gateway uit voordat die start', async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    const gateway = await bouwGateway({ redis: null });
    try {
      expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
    } finally {
      await gateway.stop();
    }
  });
});

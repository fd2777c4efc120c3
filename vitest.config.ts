import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/hulp/samenvatting.ts'],
    // Twee kernen: twee testbestanden tegelijk, elk met eigen databases.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // @graphql-inspector/core laat vitest zelf laden, zodat het dezelfde (ESM-)graphql
    // gebruikt als de code die het aanroept; anders botsen twee kopieën van graphql.
    server: { deps: { inline: ['@graphql-inspector/core'] } },
  },
});

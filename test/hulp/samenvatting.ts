// Een gewone slotregel "N passed, N failed" na de vitest-uitvoer, die CI leest.
import type { Reporter, TestModule } from 'vitest/node';

export default class Samenvatting implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    let geslaagd = 0;
    let mislukt = 0;
    let overgeslagen = 0;
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const uitkomst = test.result().state;
        if (uitkomst === 'passed') geslaagd += 1;
        else if (uitkomst === 'failed') mislukt += 1;
        else overgeslagen += 1;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) mislukt += 1;
    }
    console.log(`\n${geslaagd} passed, ${mislukt} failed${overgeslagen > 0 ? `, ${overgeslagen} skipped` : ''}`);
  }
}

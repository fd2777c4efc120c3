// Na de vitest-uitvoer: waarom tests zijn overgeslagen (één keer per soort, met wat het
// oplost) en een gewone slotregel "N passed, N failed", die CI leest.
//
// De meldingen komen van overslaanBuitenCI (test/hulp/overslaan.ts) als gemarkeerde
// consoleregel uit elk testbestand; deze reporter verbergt ze voor de standaardreporter,
// onthoudt per soort tests de reden en de bestanden, en telt aan het eind de overgeslagen
// tests in die bestanden.
import type { UserConsoleLog } from 'vitest';
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { leesOverslaanmelding, type Overslaanmelding } from './overslaan.js';

interface Overslaan extends Overslaanmelding {
  /** Id's (van module, suite of test) waaruit de melding kwam. */
  bronnen: Set<string>;
}

export default class Samenvatting implements Reporter {
  private readonly overgeslagen = new Map<string, Overslaan>();

  onInit(vitest: Vitest): void {
    // Zes bestanden zonder Redis gaven zes keer dezelfde banner; de melding komt nu één keer, aan het eind.
    const eerder = vitest.config.onConsoleLog;
    vitest.config.onConsoleLog = (regel, soort, entiteit) => (leesOverslaanmelding(regel) ? false : eerder?.(regel, soort, entiteit));
  }

  onUserConsoleLog(log: UserConsoleLog): void {
    const melding = leesOverslaanmelding(log.content);
    if (!melding) return;
    const bekend = this.overgeslagen.get(melding.tests) ?? { ...melding, bronnen: new Set<string>() };
    if (log.taskId) bekend.bronnen.add(log.taskId);
    this.overgeslagen.set(melding.tests, bekend);
  }

  onTestRunEnd(modules: readonly TestModule[]): void {
    let geslaagd = 0;
    let mislukt = 0;
    let overgeslagen = 0;
    const overgeslagenPerModule = new Map<string, number>();
    const moduleVan = new Map<string, TestModule>();
    for (const module of modules) {
      moduleVan.set(module.id, module);
      for (const suite of module.children.allSuites()) moduleVan.set(suite.id, module);
      for (const test of module.children.allTests()) {
        moduleVan.set(test.id, module);
        const uitkomst = test.result().state;
        if (uitkomst === 'passed') geslaagd += 1;
        else if (uitkomst === 'failed') mislukt += 1;
        else {
          overgeslagen += 1;
          overgeslagenPerModule.set(module.id, (overgeslagenPerModule.get(module.id) ?? 0) + 1);
        }
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) mislukt += 1;
    }
    console.log(this.redenen(moduleVan, overgeslagenPerModule, overgeslagen).join('\n'));
    console.log(`${geslaagd} passed, ${mislukt} failed${overgeslagen > 0 ? `, ${overgeslagen} skipped` : ''}`);
  }

  /** Per soort tests: hoeveel er oversloegen, in welke bestanden, waarom en wat het oplost. */
  private redenen(moduleVan: Map<string, TestModule>, perModule: Map<string, number>, totaal: number): string[] {
    if (this.overgeslagen.size === 0 && totaal === 0) return [''];
    const regels = ['', 'Overgeslagen tests, met de reden en wat het oplost (zie docs/testen.md; in CI is dit een fout):'];
    const verklaard = new Set<string>();
    for (const { tests, reden, oplossing, bronnen } of this.overgeslagen.values()) {
      const bestanden = [...new Set([...bronnen].map((id) => moduleVan.get(id)).filter((m): m is TestModule => m !== undefined))];
      const aantal = bestanden.reduce((som, m) => som + (verklaard.has(m.id) ? 0 : (perModule.get(m.id) ?? 0)), 0);
      for (const m of bestanden) verklaard.add(m.id);
      // Een bestand kan zonder de dienst ook draaien met minder controles (if (redis) …): noem het apart.
      const namen = (metOvergeslagen: boolean) =>
        bestanden.filter((m) => (perModule.get(m.id) ?? 0) > 0 === metOvergeslagen).map((m) => m.relativeModuleId).sort().join(', ');
      const minder = namen(false);
      regels.push(
        `- ${tests}: ${aantal} ${aantal === 1 ? 'test' : 'tests'} overgeslagen${aantal > 0 ? ` in ${namen(true)}` : ''}${minder ? `; met minder controles: ${minder}` : ''}`,
      );
      regels.push(`  reden:     ${reden}`);
      regels.push(`  oplossing: ${oplossing}`);
    }
    const rest = totaal - [...verklaard].reduce((som, id) => som + (perModule.get(id) ?? 0), 0);
    if (rest > 0) regels.push(`- ${rest} ${rest === 1 ? 'test' : 'tests'} zonder melding overgeslagen (it.skip of .todo in de test, of een filter als -t)`);
    regels.push('');
    return regels;
  }
}

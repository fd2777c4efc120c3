// De voorbeelden van het publiceren van een overzicht in README.md en docs/integratie.md
// blijven waar: dezelfde curl-body geeft door de stapel hetzelfde antwoord (op het tijdstip na)
// en dezelfde eerste regels CSV; de breuk zonder breekt dezelfde weigering.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gebruikStapel } from '../hulp/gebruik.js';

const lees = (bestand: string) => readFileSync(new URL(`../../${bestand}`, import.meta.url), 'utf8');
/** De tekst van elk ```-blok (met zijn taal) na `kop`, tot de volgende kop van hetzelfde niveau. */
function blokken(tekst: string, kop: string): { taal: string; inhoud: string }[] {
  const begin = tekst.indexOf(kop);
  expect(begin, kop).toBeGreaterThanOrEqual(0);
  const niveau = /^#+/.exec(kop)![0];
  const rest = tekst.slice(begin + kop.length);
  const einde = rest.search(new RegExp(`^${niveau} `, 'm'));
  return [...(einde < 0 ? rest : rest.slice(0, einde)).matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ taal: m[1], inhoud: m[2] }));
}
/** De body van `curl … -d '…'`. */
const bodyUit = (sh: string) => JSON.parse(/-d '([\s\S]*?)'/.exec(sh)![1]) as Record<string, unknown>;
const zonderTijd = (json: Record<string, unknown>) => ({ ...json, wanneer: '(tijdstip)' });

describe('de voorbeelden van zelf publiceren', () => {
  // De dag van de opname, zodat de uitfaseerdatum van het voorbeeld (2027-03-01) in de toekomst blijft.
  const stapel = gebruikStapel('sqlite', { redis: null, klok: () => new Date('2026-12-06T13:51:00Z') });
  const basis = () => stapel.url.replace(/\/graphql$/, '');
  const stuur = async (body: unknown) => {
    const a = await fetch(`${basis()}/overzichten`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stapel.token(['samensteller'])}` },
      body: JSON.stringify(body),
    });
    return (await a.json()) as Record<string, unknown>;
  };

  it('README.md: dezelfde publicatie, hetzelfde antwoord en dezelfde CSV', async () => {
    const [curl, antwoord, partner, csv] = blokken(lees('README.md'), '## Zelf een overzicht publiceren');
    expect([curl.taal, antwoord.taal, partner.taal, csv.taal]).toEqual(['sh', 'json', 'sh', '']);
    expect(zonderTijd(await stuur(bodyUit(curl.inhoud)))).toEqual(zonderTijd(JSON.parse(antwoord.inhoud) as Record<string, unknown>));
    const pad = /curl -s '(localhost:4000)?([^']+)'/.exec(partner.inhoud)![2];
    const tekst = await (await fetch(`${basis()}${pad}`, { headers: { authorization: `Bearer ${await stapel.token(['partner'])}` } })).text();
    expect(tekst.split('\n').slice(0, 3).join('\n')).toBe(csv.inhoud.trimEnd());
  });

  it('docs/integratie.md: zonder breekt dezelfde weigering, met breekt dezelfde versie 2', async () => {
    const [curl, weigering, gepubliceerd] = blokken(lees('docs/integratie.md'), '## Zelf overzichten publiceren');
    const body = bodyUit(curl.inhoud);
    expect(await stuur(body)).toEqual(JSON.parse(weigering.inhoud));
    const verwacht = JSON.parse(gepubliceerd.inhoud) as Record<string, unknown> & { breekt: Record<string, unknown> };
    expect(zonderTijd(await stuur({ ...body, breekt: verwacht.breekt }))).toEqual(zonderTijd(verwacht));
  });
});

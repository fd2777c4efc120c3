// Het netwerk getekend met cytoscape (alleen in de chunk van de Netwerk-pagina). Het canvas
// zelf is voor een schermlezer een plaatje met een samenvatting; de tabel eronder geeft
// elk verband. Klik op een knoop om zijn paden naar links en rechts te volgen.
// cytoscape laadt pas na de rest van de pagina: de samenvatting en de tabel (dezelfde
// gegevens) staan er dan al, in plaats van te wachten op het uitvoeren en tekenen van de graaf.
import type cytoscape from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { DEPARTEMENTSKLEUR, DOELKLEUR, scoredikte, scorekleur, scorelijn, scoretekst, TEGENKLEUR } from './kleuren.js';
import { posities, type Netwerk } from './model.js';

const RIJHOOGTE = 40;

function elementen(netwerk: Netwerk): cytoscape.ElementDefinition[] {
  const plek = posities(netwerk, 400, RIJHOOGTE);
  return [
    ...netwerk.knopen.map((k) => ({
      group: 'nodes' as const,
      data: { id: k.id, label: k.departement ? `${k.naam} (${k.departement})` : k.naam, kleur: k.departement ? (DEPARTEMENTSKLEUR[k.departement] ?? '#1a1a1a') : '#ffffff' },
      position: plek.get(k.id)!,
      classes: [k.soort, k.tegenwerkend ? 'tegen' : ''].join(' ').trim(),
    })),
    ...netwerk.verbanden.map((v) => ({
      group: 'edges' as const,
      data:
        v.soort === 'effect'
          ? { id: v.id, source: v.van.id, target: v.naar.id, kleur: scorekleur(v.score), dikte: scoredikte(v.score), lijn: scorelijn(v.score), label: `${scoretekst(v.score)}${v.aantal ? ' tegen' : ''}` }
          : { id: v.id, source: v.van.id, target: v.naar.id, kleur: DOELKLEUR, dikte: 2, lijn: 'dotted', label: v.richting === 'TOENAME' ? 'wil toename' : 'wil afname' },
      classes: [v.soort, v.aantal ? 'tegen' : ''].join(' ').trim(),
    })),
  ];
}

function stijl(lettertype: string): cytoscape.StylesheetJson {
  const tekst = { 'font-family': lettertype, 'font-size': 13, color: '#1a1a1a', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': '2px' };
  return [
    { selector: 'node', style: { ...tekst, label: 'data(label)', width: 16, height: 16, 'background-color': 'data(kleur)', 'border-width': 2, 'border-color': '#1a1a1a', 'text-wrap': 'wrap', 'text-max-width': '220px', 'text-valign': 'center' } },
    { selector: 'node.instrument', style: { shape: 'round-rectangle', 'text-halign': 'left', 'text-margin-x': -6 } },
    { selector: 'node.indicator', style: { shape: 'ellipse', 'border-width': 3, 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -4, 'font-weight': 'bold' } },
    { selector: 'node.doel', style: { shape: 'diamond', width: 20, height: 20, 'text-halign': 'right', 'text-margin-x': 6 } },
    { selector: 'node.tegen', style: { 'underlay-color': TEGENKLEUR, 'underlay-opacity': 1, 'underlay-padding': 5 } },
    {
      selector: 'edge',
      style: {
        ...tekst,
        'font-size': 12,
        'curve-style': 'bezier',
        width: 'data(dikte)',
        'line-color': 'data(kleur)',
        'target-arrow-color': 'data(kleur)',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'line-style': (e: cytoscape.EdgeSingular) => e.data('lijn') as 'solid' | 'dashed' | 'dotted',
        'line-dash-pattern': [8, 4],
      },
    },
    { selector: 'edge.effect', style: { 'source-label': 'data(label)', 'source-text-offset': 56 } },
    { selector: 'edge.doel', style: { 'target-label': 'data(label)', 'target-text-offset': 70 } },
    { selector: 'edge.tegen', style: { 'underlay-color': TEGENKLEUR, 'underlay-opacity': 0.8, 'underlay-padding': 3, 'z-index': 10 } },
    { selector: '.vaag', style: { opacity: 0.12 } },
  ];
}

export function Graaf({ netwerk, label }: { netwerk: Netwerk; label: string }) {
  const houder = useRef<HTMLDivElement>(null);
  const schuif = useRef<HTMLDivElement>(null);
  // Op een smal scherm (of flink ingezoomd) houdt de graaf een minimale breedte en schuift hij
  // horizontaal; alleen dan is het vak met het toetsenbord te bereiken om te schuiven.
  const [schuift, zetSchuift] = useState(false);
  // Wat cytoscape zelf zegt getekend te hebben, voor wie (of welke test) het wil nagaan.
  const [getekend, zetGetekend] = useState<{ knopen: number; verbanden: number } | null>(null);
  const rijen = Math.max(1, ...(['instrument', 'indicator', 'doel'] as const).map((s) => netwerk.knopen.filter((k) => k.soort === s).length));

  useEffect(() => {
    const container = houder.current;
    if (!container) return;
    let weg = false;
    let opruimen = () => {};
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (weg) return;
      opruimen = teken(cytoscape, container);
    });
    return () => {
      weg = true;
      opruimen();
    };
  }, [netwerk]);

  function teken(cytoscape: typeof import('cytoscape'), container: HTMLDivElement): () => void {
    const cy = cytoscape({
      container,
      elements: elementen(netwerk),
      style: stijl(getComputedStyle(container).fontFamily || 'sans-serif'),
      layout: { name: 'preset', fit: true, padding: 16 },
      // Geen zoomen met het muiswiel (dat kaapt het scrollen van de pagina) en niets te slepen:
      // het beeld past altijd in zijn vak.
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
    });
    cy.one('render', () => zetGetekend({ knopen: cy.nodes().length, verbanden: cy.edges().length }));
    // Een knoop aanklikken licht zijn paden uit: wat erop werkt en waar hij op werkt.
    cy.on('tap', (e) => {
      cy.elements().removeClass('vaag');
      if (e.target === cy || !e.target.isNode()) return;
      const knoop = e.target as cytoscape.NodeSingular;
      const pad = knoop.union(knoop.successors()).union(knoop.predecessors());
      cy.elements().difference(pad).addClass('vaag');
    });
    const passend = new ResizeObserver(() => {
      cy.resize();
      cy.fit(undefined, 16);
      const vak = schuif.current;
      zetSchuift(vak ? vak.scrollWidth > vak.clientWidth : false);
    });
    passend.observe(container);
    if (schuif.current) passend.observe(schuif.current);
    return () => {
      passend.disconnect();
      cy.destroy();
      zetGetekend(null);
    };
  }

  return (
    <div ref={schuif} className="thuis-netwerk-schuif" {...(schuift ? { tabIndex: 0, role: 'region', 'aria-label': 'Netwerkgraaf, schuift horizontaal' } : {})}>
      <div
        ref={houder}
        className="thuis-netwerk-graaf"
        role="img"
        aria-label={label}
        data-knopen={getekend?.knopen}
        data-verbanden={getekend?.verbanden}
        style={{ height: `${Math.min(1400, Math.max(240, rijen * RIJHOOGTE + 40))}px` }}
      />
    </div>
  );
}

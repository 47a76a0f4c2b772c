import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GraphNode, GraphRelationship } from '../types.js';
import type { GraphSource, WriteCounts } from './graph-source.js';
import type { TextSink } from './sink.js';
import { jsonForScript, xmlEscape } from './escape.js';

let library: string | undefined;
/** Cytoscape.js's own minified build, read from node_modules and put inline: the page needs no network. */
function cytoscapeSource(): string {
  if (library === undefined) {
    const require = createRequire(import.meta.url);
    const text = readFileSync(require.resolve('cytoscape/dist/cytoscape.min.js'), 'utf8');
    // cannot close the <script> element early
    library = text.replace(/<\/(script)/gi, '<\\/$1');
  }
  return library;
}

export const LABEL_COLOURS: Record<string, string> = { Person: '#4e79a7', Country: '#f28e2b', Sector: '#59a14f', Organization: '#b07aa1' };

const PAGE_SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var colours = ${JSON.stringify(LABEL_COLOURS)};
  var elements = data.nodes.map(function (n) { return { group: 'nodes', data: n }; })
    .concat(data.edges.map(function (e) { return { group: 'edges', data: e }; }));
  var style = [
    { selector: 'node', style: { 'label': 'data(name)', 'font-size': 10, 'width': 18, 'height': 18, 'text-valign': 'bottom', 'text-margin-y': 3 } },
    { selector: 'edge', style: { 'width': 'mapData(evidenceCount, 1, 10, 1, 6)', 'curve-style': 'bezier', 'line-color': '#bbb', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#bbb', 'font-size': 8, 'color': '#555' } },
    { selector: 'edge:selected', style: { 'label': 'data(type)' } },
    { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#e15759', 'line-color': '#e15759' } }
  ];
  Object.keys(colours).forEach(function (label) {
    style.push({ selector: 'node[label = "' + label + '"]', style: { 'background-color': colours[label] } });
  });
  var cy = window.cy = cytoscape({
    container: document.getElementById('graph'), elements: elements, style: style,
    layout: elements.length > 3000 ? { name: 'grid' } : { name: 'cose', animate: false, nodeRepulsion: function () { return 800000; }, idealEdgeLength: function () { return 90; } }
  });
  var panel = document.getElementById('details');
  function line(parent, text, cls) { var el = document.createElement('div'); if (cls) el.className = cls; el.textContent = text; parent.appendChild(el); return el; }
  function show(d, isEdge) {
    panel.replaceChildren();
    line(panel, isEdge ? d.type + (d.title ? ' (' + d.title + ')' : '') : (d.name || d.key) + ' (' + d.label + ')', 'title');
    var skip = { claims: 1, id: 1 };
    Object.keys(d).forEach(function (k) {
      var v = d[k];
      if (skip[k] || v === null || v === undefined || (Array.isArray(v) && !v.length)) return;
      line(panel, k + ': ' + (Array.isArray(v) ? v.join(', ') : v), 'field');
    });
    if (isEdge) {
      line(panel, 'Evidence', 'title');
      (d.claims || []).forEach(function (c) {
        var box = line(panel, '', 'claim');
        line(box, (c.date || 'undated') + ' · ' + c.article, 'meta');
        line(box, c.evidence || '', 'sentence');
      });
      if (!(d.claims || []).length) line(panel, 'articles: ' + d.articleIds.join(', '), 'field');
    }
  }
  cy.on('tap', 'node', function (e) { show(e.target.data(), false); });
  cy.on('tap', 'edge', function (e) { show(e.target.data(), true); });
  document.getElementById('counts').textContent = data.nodes.length + ' nodes, ' + data.edges.length + ' facts';
  document.body.setAttribute('data-rendered', String(cy.nodes().length));
})();
`;

function nodeData(n: GraphNode) {
  return { id: n.id, label: n.label, key: n.key, name: n.name ?? n.key, aliases: n.aliases, iso2: n.iso2 };
}

function edgeData(r: GraphRelationship) {
  return {
    id: r.id, source: r.source, target: r.target, type: r.type, symmetric: r.symmetric, title: r.title, from: r.from, to: r.to,
    partners: r.partners, firstDate: r.firstDate, lastDate: r.lastDate, articleCount: r.articleCount,
    evidenceCount: r.evidenceCount, articleIds: r.articleIds,
    claims: (r.claims ?? []).map((c) => ({ article: c.article, date: c.date, evidence: c.evidence })),
  };
}

/**
 * One self-contained HTML page: Cytoscape.js inline, the subgraph as JSON in a script element
 * (streamed in, escaped so no value can end the element), nodes coloured by label, and a panel
 * that shows a node's properties or a fact's evidence sentences on click.
 */
export async function writeHtml(graph: GraphSource, out: TextSink, options: { title?: string } = {}): Promise<WriteCounts> {
  const title = xmlEscape(options.title ?? 'wiregraph subgraph');
  await out.write(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<style>
html, body { margin: 0; height: 100%; font: 13px system-ui, sans-serif; }
#graph { position: absolute; left: 0; top: 32px; right: 340px; bottom: 0; }
#bar { height: 32px; line-height: 32px; padding: 0 10px; background: #f4f4f4; border-bottom: 1px solid #ddd; }
#details { position: absolute; top: 32px; right: 0; width: 320px; bottom: 0; overflow: auto; padding: 10px; border-left: 1px solid #ddd; }
.title { font-weight: 600; margin: 8px 0 4px; } .field { color: #444; } .claim { margin: 6px 0; padding: 6px; background: #fafafa; border-left: 3px solid #e15759; }
.meta { color: #777; font-size: 11px; } .legend span { display: inline-block; margin-left: 12px; } .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 4px; }
</style></head><body>
<div id="bar"><b>${title}</b> · <span id="counts"></span><span class="legend">${Object.entries(LABEL_COLOURS)
    .map(([l, c]) => `<span><i style="background:${c}"></i>${l}</span>`)
    .join('')}</span></div>
<div id="graph"></div><div id="details">Click a node or a fact to see its properties and evidence.</div>
<script type="application/json" id="graph-data">{"nodes":[`);
  const counts = { nodes: 0, relationships: 0 };
  for await (const n of graph.nodes()) await out.write((counts.nodes++ ? ',\n' : '\n') + jsonForScript(nodeData(n)));
  await out.write('\n],"edges":[');
  for await (const r of graph.relationships()) await out.write((counts.relationships++ ? ',\n' : '\n') + jsonForScript(edgeData(r)));
  await out.write('\n]}</script>\n<script>');
  await out.write(cytoscapeSource());
  await out.write('</script>\n<script>' + PAGE_SCRIPT + '</script>\n</body></html>\n');
  return counts;
}

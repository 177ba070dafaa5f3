// Who accuses whom around a topic, a side or a speaker: sides as nodes,
// accusations as arrows (wider for more, red when both sides accuse each
// other). A click on a side brings in everyone it accuses and is accused
// by.
import cytoscape from 'cytoscape';
import { h, route, plural, fill, append } from '../dom.js';
import { get } from '../api.js';
import { errorBox } from '../widgets.js';

export async function graphView(main, query) {
  const scope = { topic: query.get('topic') || '', speaker: query.get('speaker') || '', since: query.get('since') || '', until: query.get('until') || '' };
  const side = query.get('side') || '';
  const topics = await get('/api/topics', { limit: 500 }).then((p) => p.items.map((t) => t.name)).catch(() => []);
  const sel = h('select', { id: 'g-topic', name: 'topic' }, h('option', { value: '' }, 'every topic'),
    topics.map((t) => { const o = h('option', { value: t }, t); if (t === scope.topic) o.selected = true; return o; }));
  const form = h('form', { class: 'filters card', onsubmit: (e) => {
    e.preventDefault();
    window.location.hash = route('graph', { topic: sel.value, side: sideIn.value, speaker: spIn.value });
  } });
  const sideIn = h('input', { type: 'text', name: 'side', id: 'g-side', value: side, placeholder: 'a side' });
  const spIn = h('input', { type: 'text', name: 'speaker', id: 'g-speaker', value: scope.speaker, placeholder: 'a speaker' });
  append(form, [h('label', { for: 'g-topic' }, 'topic ', sel), h('label', { for: 'g-side' }, 'around ', sideIn),
    h('label', { for: 'g-speaker' }, 'speaker ', spIn), h('button', { type: 'submit' }, 'Draw')]);
  const box = h('div', { id: 'graph', class: 'graph', role: 'img', 'aria-label': 'who accuses whom' });
  const info = h('aside', { class: 'card graph-info', id: 'graph-info' }, h('p', { class: 'muted' }, 'Click a side to bring in who it accuses and who accuses it.'));
  const status = h('p', { class: 'muted', id: 'graph-status' });
  fill(main, form, status, h('div', { class: 'graph-wrap' }, box, info));

  const cy = cytoscape({
    container: box,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': '#5a6b7d', color: '#1b1f24', 'font-size': 12,
        'text-valign': 'bottom', 'text-margin-y': 4, width: 'data(size)', height: 'data(size)' } },
      { selector: 'node.expanded', style: { 'background-color': '#2f5d8a' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#d08c2f' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9aa6b2', 'target-arrow-color': '#9aa6b2',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 10, 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: 'edge.mutual', style: { 'line-color': '#b5473a', 'target-arrow-color': '#b5473a' } },
    ],
  });

  const edgeKey = (e) => e.from + '>' + e.to;
  async function expand(params, focus) {
    let g;
    try {
      g = await get('/api/accusations', params);
    } catch (e) {
      fill(status, errorBox(e));
      return;
    }
    cy.batch(() => {
      for (const n of g.nodes) {
        const size = 24 + Math.min(40, Math.sqrt(n.accuses + n.accused) * 6);
        const el = cy.getElementById(n.id);
        if (el.empty()) cy.add({ group: 'nodes', data: { id: n.id, label: n.name, name: n.name, size, accuses: n.accuses, accused: n.accused } });
      }
      for (const e of g.edges) {
        const id = edgeKey(e);
        if (!cy.getElementById(id).empty()) continue;
        cy.add({ group: 'edges', classes: e.mutual ? 'mutual' : '', data: { id, source: e.from, target: e.to, label: String(e.claims),
          width: 1 + Math.min(10, Math.log2(1 + e.claims) * 2), claims: e.claims, topics: e.topics.join(', '), latest: e.latest || '' } });
      }
    });
    if (focus) cy.getElementById(focus).addClass('expanded');
    cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 120 }).run();
    cy.fit(undefined, 30);
    fill(status, plural(cy.nodes().length, 'side') + ', ' + plural(cy.edges().length, 'arrow') +
      (g.truncated ? ' (only the first accusations read: narrow the topic or dates)' : ''));
  }

  cy.on('tap', 'node', async (evt) => {
    const n = evt.target;
    const name = n.data('name');
    fill(info, h('h3', {}, name),
      h('p', {}, plural(n.data('accuses'), 'accusation') + ' made, ' + plural(n.data('accused'), 'accusation') + ' received'),
      h('p', {}, h('a', { href: route('disputes', { side: name, topic: scope.topic }) }, 'disputes with ' + name)));
    if (!n.hasClass('expanded')) await expand(Object.assign({}, scope, { side: name }), n.id());
  });
  cy.on('tap', 'edge', (evt) => {
    const e = evt.target;
    fill(info, h('h3', {}, cy.getElementById(e.data('source')).data('name') + ' → ' + cy.getElementById(e.data('target')).data('name')),
      h('p', {}, plural(e.data('claims'), 'accusation') + (e.data('latest') ? ', latest ' + e.data('latest') : '')),
      h('p', { class: 'muted' }, 'on ' + e.data('topics')),
      h('p', {}, h('a', { href: route('disputes', { side: cy.getElementById(e.data('source')).data('name'), topic: scope.topic }) }, 'the disputes')));
  });
  await expand(Object.assign({}, scope, { side }), null);
  window.__contraGraph = cy; // for the end-to-end test
}

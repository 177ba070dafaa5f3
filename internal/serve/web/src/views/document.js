// A document: its original text with each claim's sentence marked by its
// byte span, the chosen claim highlighted, and where it was published.
import { h, route, fill } from '../dom.js';
import { get } from '../api.js';
import { claimCard, errorBox } from '../widgets.js';

// spans turns byte offsets into the UTF-8 text into string indices.
function indexer(text) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  return (off) => dec.decode(bytes.subarray(0, Math.max(0, Math.min(off, bytes.length)))).length;
}

// marked renders text with the claims' spans as <mark>s: the current
// claim's span wins over any span overlapping it.
function marked(text, claims, current) {
  const at = indexer(text);
  let spans = claims.filter((c) => c.evidence).map((c) => ({ a: at(c.evidence.start), b: at(c.evidence.end), c }));
  spans.sort((x, y) => (x.c.id === current ? -1 : y.c.id === current ? 1 : x.a - y.a));
  const kept = [];
  for (const s of spans) if (!kept.some((k) => s.a < k.b && k.a < s.b)) kept.push(s);
  kept.sort((x, y) => x.a - y.a);
  const pre = h('pre', { class: 'article', id: 'article-text' });
  let pos = 0;
  for (const s of kept) {
    if (s.a > pos) pre.appendChild(document.createTextNode(text.slice(pos, s.a)));
    const m = h('mark', { class: s.c.id === current ? 'current' : 'other', 'data-claim': s.c.id, title: s.c.speaker + ': ' + s.c.kind },
      text.slice(s.a, s.b));
    m.addEventListener('click', () => { window.location.hash = route('document/' + encodeURIComponent(s.c.doc_id), { claim: s.c.id }); });
    pre.appendChild(m);
    pos = s.b;
  }
  if (pos < text.length) pre.appendChild(document.createTextNode(text.slice(pos)));
  return pre;
}

export async function documentView(main, id, query) {
  const current = query.get('claim') || '';
  fill(main, h('p', { class: 'muted' }, 'Loading…'));
  let d;
  try {
    d = await get('/api/documents/' + encodeURIComponent(id));
  } catch (e) {
    fill(main, errorBox(e));
    return;
  }
  const doc = d.document;
  const meta = [doc.outlet, doc.published].filter(Boolean).join(', ');
  const link = doc.url ? h('a', { href: doc.url, rel: 'noreferrer noopener', target: '_blank', class: 'source' }, doc.url) : null;
  const cur = d.claims.find((c) => c.id === current);
  fill(main, 
    h('p', {}, h('a', { href: route('disputes', {}) }, '← disputes')),
    h('h2', { class: 'doc-title' }, doc.title || doc.name || doc.id),
    h('p', { class: 'muted doc-meta' }, meta, ' ', link && link.hasAttribute('href') ? link : (doc.url ? h('span', { class: 'bad-url' }, doc.url) : null)),
    cur ? h('div', { class: 'current-claim' }, h('strong', {}, 'Claim: '), claimCard(cur)) : null,
    d.text !== null
      ? h('section', { class: 'doc' }, h('h3', {}, 'The article as it was read'), marked(d.text, d.claims, current))
      : h('section', { class: 'doc' }, h('p', { class: 'notext' }, 'The text of this source is not stored (a structured record cites it): its claims are below, with the link above.')),
    h('section', {}, h('h3', {}, 'Its claims'), d.claims.map((c) => claimCard(c))));
  const m = main.querySelector('mark.current');
  if (m) m.scrollIntoView({ block: 'center' });
}

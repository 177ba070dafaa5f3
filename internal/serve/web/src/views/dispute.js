// One dispute: the two camps side by side, a timeline of the exchange,
// the pairs of claims with the analyst's verdicts, each claim's sentence
// one click away in its article.
import { h, svg, route, plural, fill, append } from '../dom.js';
import { pages } from '../api.js';
import { claimCard, evidenceLine, speakerLink, verdictBar, verdictBadge, errorBox } from '../widgets.js';

const same = (a, b) => (a || '').toLowerCase() === (b || '').toLowerCase();

function camp(c, title) {
  return h('section', { class: 'camp ' + c.stance, 'data-stance': c.stance },
    h('h3', {}, title),
    h('div', { class: 'muted' }, evidenceLine(c)),
    h('ul', { class: 'voices' }, (c.sides || []).map((v) => h('li', {},
      h('strong', {}, v.side || 'no stated side'), ' — ', plural(v.independent, 'independent source'),
      h('ul', {}, (v.speakers || []).map((s) => h('li', {}, speakerLink(s.name), ' ', h('span', { class: 'muted' }, plural(s.claims, 'claim')))))))),
    (c.examples || []).map((x) => claimCard(x)));
}

function moveLine(label, m) {
  return m ? h('li', {}, label + ': ', m.side || 'no side', ' (', speakerLink(m.speaker), ') on ', m.date) : null;
}

// timeline draws the dispute's dated claims on a time axis, a row per
// camp; undated claims are listed apart.
function timeline(claims) {
  const dated = claims.filter((c) => c.said_at).sort((a, b) => a.said_at.localeCompare(b.said_at));
  const undated = claims.filter((c) => !c.said_at);
  const box = h('section', { class: 'timeline' }, h('h3', {}, 'Timeline'));
  if (dated.length) {
    const t = (c) => Date.parse(c.said_at + 'T00:00:00Z');
    const t0 = t(dated[0]);
    const t1 = Math.max(t(dated[dated.length - 1]), t0 + 86400000);
    const W = 900, L = 110, R = 20, rows = { affirm: 30, outlook: 60, deny: 90 };
    const x = (c) => L + (W - L - R) * (t(c) - t0) / (t1 - t0);
    const g = svg('svg', { viewBox: '0 0 ' + W + ' 130', class: 'axis', role: 'img', 'aria-label': 'claims over time' });
    for (const [row, y] of Object.entries(rows)) {
      g.appendChild(svg('line', { x1: L, x2: W - R, y1: y, y2: y, class: 'row' }));
      g.appendChild(svg('text', { x: 4, y: y + 4, class: 'rowlabel' }, row === 'affirm' ? 'says it happens' : row === 'deny' ? 'denies' : 'threats, predictions'));
    }
    g.appendChild(svg('text', { x: L, y: 124, class: 'date' }, dated[0].said_at));
    g.appendChild(svg('text', { x: W - R, y: 124, class: 'date end' }, dated[dated.length - 1].said_at));
    for (const c of dated) {
      const row = c.kind === 'threat' || c.kind === 'prediction' ? 'outlook' : c.polarity === '-' ? 'deny' : 'affirm';
      const a = svg('a', { href: route('document/' + encodeURIComponent(c.doc_id), { claim: c.id }) });
      const dot = svg('circle', { cx: x(c).toFixed(1), cy: rows[row], r: 7, class: 'dot ' + row });
      dot.appendChild(svg('title', {}, c.said_at + ' — ' + c.speaker + (c.side ? ' (' + c.side + ')' : '') + ': ' + c.text));
      a.appendChild(dot);
      g.appendChild(a);
    }
    box.appendChild(g);
  }
  box.appendChild(h('ol', { class: 'chrono' }, dated.map((c) => h('li', {}, h('time', {}, c.said_at), ' ', claimCard(c)))));
  if (undated.length) append(box, [h('h4', {}, 'Undated'), undated.map((c) => claimCard(c))]);
  return box;
}

function pairRow(p, verdict, reload) {
  const mini = (c) => h('div', { class: 'mini ' + (c.polarity === '-' ? 'deny' : 'affirm') },
    h('q', {}, c.text), ' — ', speakerLink(c.speaker), c.side ? ' (' + c.side + ')' : '', c.said_at ? ', ' + c.said_at : '',
    ' ', h('a', { href: route('document/' + encodeURIComponent(c.doc_id), { claim: c.id }) }, 'in context'));
  return h('li', { class: 'card pair' + (verdict === 'reject' ? ' rejected' : ''), 'data-finding': p.finding_id },
    h('div', {}, h('span', { class: 'rule' }, p.rule.replace('_', ' ')), (p.tags || []).map((t) => h('span', { class: 'tag' }, t.replace('_', ' ')))),
    mini(p.claims[0]), mini(p.claims[1]),
    verdictBar('finding', p.finding_id, verdict, reload));
}

export async function disputeView(main, id, query) {
  const topic = query.get('topic') || '';
  const showRejected = query.get('show_rejected') === 'true';
  fill(main, h('p', { class: 'muted' }, 'Loading…'));
  let d, verdict, pairs, claims, verdicts;
  try {
    const ds = await pages('/api/disputes', { topic, show_rejected: 'true', examples: 6 }, 5000);
    d = ds.items.find((x) => x.id === id);
    if (!d) throw new Error('no dispute ' + id + (topic ? ' on ' + topic : '') + ' (the data may have changed)');
    verdict = (ds.first.verdicts || {})[id];
    const ps = await pages('/api/contradictions', { topic: d.topic, show_rejected: 'true' }, 5000);
    pairs = ps.items.filter((p) => p.unit === id);
    verdicts = {};
    // The verdicts of every page are needed, not the first page's only.
    const all = await pages('/api/judgements', {}, 100000);
    for (const j of all.items) if (j.in_force && ['confirm', 'reject', 'unsure'].includes(j.action)) verdicts[j.target_id] = j.action;
    const tl = await pages('/api/timeline', { topic: d.topic, opponents: 1 }, 20000);
    claims = tl.items.map((e) => e.claim).filter((c) => same(c.subject, d.subject) && same(c.action, d.action));
  } catch (e) {
    fill(main, errorBox(e));
    return;
  }
  const reload = () => disputeView(main, id, query);
  const hidden = pairs.filter((p) => verdicts[p.finding_id] === 'reject');
  const shown = showRejected ? pairs : pairs.filter((p) => verdicts[p.finding_id] !== 'reject');
  const toggle = hidden.length
    ? h('a', { href: route('dispute/' + encodeURIComponent(id), { topic, show_rejected: showRejected ? '' : 'true' }), class: 'toggle' },
      showRejected ? 'hide rejected' : 'show them')
    : null;
  fill(main, 
    h('p', {}, h('a', { href: route('disputes', { topic: d.topic }) }, '← disputes on ' + d.topic)),
    h('h2', { class: 'dispute-title' }, (d.subject || '(no subject)') + ' · ' + d.action, ' ', h('span', { class: 'tag' }, d.topic)),
    h('p', { class: 'muted' }, evidenceLine(d)),
    verdictBar('dispute', id, verdict, reload),
    h('ul', { class: 'moves' }, moveLine('opened by', d.opened), moveLine('answered by', d.answered),
      d.answer_days !== undefined && d.answer_days !== null ? h('li', {}, plural(d.answer_days, 'day') + ' between them') : null,
      d.double_standard ? h('li', { class: 'double' }, 'double standard: ' + d.double_standard.side + ' holds others to it (' +
        plural(d.double_standard.pairs, 'pair') + ')') : null),
    (d.weak || []).length ? h('p', { class: 'weak' }, 'Ranked last: ' + d.weak.join('; ')) : null,
    h('div', { class: 'camps' }, camp(d.camps[0], 'Says it happens'), camp(d.camps[1], 'Says it does not')),
    d.outlook && d.outlook.claims ? camp(d.outlook, 'Threats and predictions') : null,
    timeline(claims),
    h('section', { class: 'pairs' }, h('h3', {}, 'Pairs of claims (' + pairs.length + ')'),
      hidden.length ? h('p', { class: 'muted', id: 'pairs-hidden' }, plural(hidden.length, 'rejected pair') + (showRejected ? ' shown' : ' hidden') + ' — ', toggle) : null,
      h('ul', { class: 'list' }, shown.map((p) => pairRow(p, verdicts[p.finding_id], reload)))));
}

// The disputes: searchable, filtered by topic, side, speaker and dates,
// best evidenced first; then the exchanges of accusations.
import { h, route, plural, fill, append } from '../dom.js';
import { get } from '../api.js';
import { evidenceLine, verdictBadge, errorBox } from '../widgets.js';

const filterNames = ['topic', 'side', 'speaker', 'since', 'until'];

function campSummary(camp, label) {
  const sides = (camp.sides || []).map((v) => v.side || 'no side');
  return h('div', { class: 'camp-line ' + camp.stance },
    h('span', { class: 'stance' }, label), ' ',
    sides.length ? sides.join(', ') : '—', ' ',
    h('span', { class: 'muted' }, '(' + plural(camp.claims || 0, 'claim') + ')'));
}

function searchText(d) {
  const words = [d.subject, d.action, d.topic];
  for (const c of d.camps || []) for (const v of c.sides || []) {
    words.push(v.side);
    for (const s of v.speakers || []) words.push(s.name);
  }
  return words.join(' ').toLowerCase();
}

function disputeCard(d, verdict, filters) {
  return h('li', { class: 'card dispute-card', 'data-search': searchText(d), 'data-dispute': d.id },
    h('h3', {}, h('a', { href: route('dispute/' + encodeURIComponent(d.id), { topic: d.topic }) },
      (d.subject || '(no subject)') + ' · ' + d.action), ' ', h('span', { class: 'tag' }, d.topic), ' ', verdictBadge(verdict)),
    h('div', { class: 'muted' }, evidenceLine(d)),
    campSummary(d.camps[0], 'says it happens:'),
    campSummary(d.camps[1], 'denies it:'),
    d.double_standard ? h('div', { class: 'double' }, 'double standard: ' + d.double_standard.side) : null,
    (d.weak || []).length ? h('div', { class: 'weak' }, 'weak: ' + d.weak.join('; ')) : null);
}

function exchangeCard(e, verdict) {
  const dir = (x) => h('div', { class: 'camp-line' }, x.from + ' → ' + x.to + ': ' + plural(x.claims, 'accusation') +
    ((x.actions || []).length ? ' (' + x.actions.map((a) => a.action).join(', ') + ')' : ''));
  return h('li', { class: 'card exchange-card', 'data-search': [e.sides.join(' '), e.topic].join(' ').toLowerCase() },
    h('h3', {}, e.sides[0] + ' ⇄ ' + e.sides[1], ' ', h('span', { class: 'tag' }, e.topic), ' ', verdictBadge(verdict)),
    h('div', { class: 'muted' }, evidenceLine(e), e.first_accuser ? ' · ' + e.first_accuser + ' accused first' : (e.same_day ? ' · both the same day' : '')),
    dir(e.accusations[0]), dir(e.accusations[1]),
    h('a', { href: route('graph', { topic: e.topic, side: e.sides[0] }) }, 'see who accuses whom'));
}

async function options(path, param, key) {
  try {
    const page = await get(path, { limit: 500 });
    return page.items.map((x) => x[key]);
  } catch (e) {
    return [];
  }
}

function select(name, label, values, current) {
  const sel = h('select', { name, id: 'f-' + name }, h('option', { value: '' }, 'any ' + label));
  for (const v of values) {
    const o = h('option', { value: v }, v);
    if (v === current) o.selected = true;
    sel.appendChild(o);
  }
  return h('label', { for: 'f-' + name }, label + ' ', sel);
}

export async function disputesView(main, query) {
  const f = {};
  for (const k of filterNames) f[k] = query.get(k) || '';
  const show = query.get('show_rejected') === 'true';
  const [topics, sides] = await Promise.all([options('/api/topics', 'topic', 'name'), options('/api/actors', 'side', 'name')]);
  const search = h('input', { type: 'search', id: 'search', placeholder: 'search the disputes listed', value: query.get('q') || '' });
  const form = h('form', { class: 'filters card', onsubmit: (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const q = {};
    for (const k of filterNames) q[k] = data.get(k);
    if (data.get('show_rejected')) q.show_rejected = 'true';
    q.q = search.value;
    window.location.hash = route('disputes', q);
  } },
  select('topic', 'topic', topics, f.topic),
  select('side', 'side', sides, f.side),
  h('label', { for: 'f-speaker' }, 'speaker ', h('input', { type: 'text', name: 'speaker', id: 'f-speaker', value: f.speaker, placeholder: 'name or part' })),
  h('label', { for: 'f-since' }, 'since ', h('input', { type: 'date', name: 'since', id: 'f-since', value: f.since })),
  h('label', { for: 'f-until' }, 'until ', h('input', { type: 'date', name: 'until', id: 'f-until', value: f.until })),
  h('label', {}, h('input', { type: 'checkbox', name: 'show_rejected', value: 'true', checked: show }), ' show rejected'),
  h('button', { type: 'submit' }, 'Filter'),
  h('label', { for: 'search', class: 'search' }, 'search ', search));

  const list = h('ul', { class: 'list', id: 'disputes' });
  const xlist = h('ul', { class: 'list', id: 'exchanges' });
  const status = h('p', { class: 'muted', id: 'disputes-status' }, 'Loading…');
  const xstatus = h('p', { class: 'muted' });
  fill(main, form, h('h2', {}, 'Disputes'), status, list, h('h2', {}, 'Exchanges of accusations'), xstatus, xlist);

  const apply = () => {
    const q = search.value.trim().toLowerCase();
    for (const li of main.querySelectorAll('li[data-search]')) li.hidden = q !== '' && !li.dataset.search.includes(q);
  };
  search.addEventListener('input', apply);

  const params = Object.assign({}, f, { show_rejected: show ? 'true' : '' });
  async function load(path, ul, st, card, cursor) {
    try {
      const page = await get(path, Object.assign({ limit: 50, cursor }, params));
      for (const x of page.items) ul.appendChild(card(x, (page.verdicts || {})[x.id], f));
      const total = page.total || 0;
      const shown = ul.children.length;
      fill(st, shown + ' of ' + total + (page.hidden ? ' — ' + plural(page.hidden, 'rejected one') + ' hidden' : ''));
      if (page.hidden && !show) {
        append(st, [' ', h('a', { href: route('disputes', Object.assign({}, f, { show_rejected: 'true' })) }, 'show them')]);
      }
      if (page.next) {
        append(st, [' ', h('button', { type: 'button', class: 'more', onclick: (e) => { e.target.remove(); load(path, ul, st, card, page.next); } }, 'more')]);
      }
      apply();
    } catch (e) {
      fill(st, errorBox(e));
    }
  }
  await Promise.all([load('/api/disputes', list, status, disputeCard, ''), load('/api/exchanges', xlist, xstatus, exchangeCard, '')]);
}

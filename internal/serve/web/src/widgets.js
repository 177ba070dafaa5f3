// Pieces shared by the views: a claim with its provenance, the verdict
// buttons of a finding, dispute or exchange, counts.
import { h, route, plural, toast } from './dom.js';
import { judge } from './api.js';

export function evidenceLine(ev) {
  const parts = [plural(ev.claims || 0, 'claim'), plural(ev.documents || 0, 'document'), plural(ev.independent || 0, 'independent source')];
  if (ev.first) parts.push(ev.first === ev.latest || !ev.latest ? ev.first : ev.first + ' … ' + ev.latest);
  return parts.join(', ');
}

export function speakerLink(name) {
  return h('a', { class: 'speaker', href: route('speaker/' + encodeURIComponent(name)) }, name);
}

// claimCard shows a claim: its words, who said it for which side, when,
// where (outlet, title, link), and a link to its sentence in the article
// (or, for a structured record, which has no text, to its document).
export function claimCard(c, opts) {
  opts = opts || {};
  const d = c.document || {};
  const src = [];
  if (d.outlet) src.push(h('span', { class: 'outlet' }, d.outlet));
  if (c.said_at) src.push(h('time', {}, c.said_at));
  if (d.url) {
    const a = h('a', { href: d.url, class: 'source', rel: 'noreferrer noopener', target: '_blank' }, 'source');
    // A link only when the URL is http(s): anything else stays text.
    if (a.hasAttribute('href')) src.push(a);
    else src.push(h('span', { class: 'source bad-url', title: 'not an http link' }, d.url));
  }
  const inArticle = h('a', { class: 'in-article', href: route('document/' + encodeURIComponent(c.doc_id), { claim: c.id }) },
    c.evidence ? 'in the article' : 'its document');
  return h('article', { class: 'claim ' + (c.polarity === '-' ? 'deny' : 'affirm'), 'data-claim': c.id },
    h('blockquote', { class: 'text' }, c.text),
    h('div', { class: 'who' }, speakerLink(c.speaker), c.side ? h('span', { class: 'side' }, c.side) : h('span', { class: 'side none' }, 'no side'),
      h('span', { class: 'kind' }, c.kind + (c.polarity === '-' ? ' (denies)' : ''))),
    h('div', { class: 'where' }, src, d.title ? h('span', { class: 'title', title: d.title }, d.title) : null, inArticle),
    opts.extra || null);
}

const verdictNames = { confirm: 'Confirmed', reject: 'Rejected', unsure: 'Unsure' };

export function verdictBadge(v) {
  return v ? h('span', { class: 'badge v-' + v }, verdictNames[v] || v) : null;
}

// verdictBar lets the analyst confirm, reject or mark unsure a finding,
// dispute or exchange, with a reason.
export function verdictBar(target, id, current, onDone) {
  const reason = h('input', { type: 'text', class: 'reason', placeholder: 'why (optional)', 'aria-label': 'reason' });
  const act = (action) => async () => {
    try {
      await judge({ action, target, target_id: id, reason: reason.value });
      toast(verdictNames[action] + ' — recorded');
      if (onDone) onDone(action);
    } catch (e) {
      toast(e.message, true);
    }
  };
  return h('div', { class: 'verdict', 'data-target': id },
    verdictBadge(current),
    h('button', { type: 'button', class: 'confirm', onclick: act('confirm') }, 'Confirm'),
    h('button', { type: 'button', class: 'reject', onclick: act('reject') }, 'Reject'),
    h('button', { type: 'button', class: 'unsure', onclick: act('unsure') }, 'Unsure'),
    reason);
}

export function errorBox(e) {
  return h('div', { class: 'error card', role: 'alert' }, h('strong', {}, 'Error: '), e.message);
}

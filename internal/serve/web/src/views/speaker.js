// A speaker: who they are, their claims by date with what opposes each,
// their reversals, their double standards, their opponents; and the
// analyst's corrections: the side they speak for, another name they are.
import { h, route, plural, toast, fill } from '../dom.js';
import { get, pages, judge } from '../api.js';
import { claimCard, speakerLink, errorBox } from '../widgets.js';

export async function speakerView(main, name) {
  fill(main, h('p', { class: 'muted' }, 'Loading…'));
  let sp, claims, actors;
  try {
    const sps = await get('/api/speakers', { speaker: name, limit: 500 });
    sp = sps.items.find((x) => x.name.toLowerCase() === name.toLowerCase()) || sps.items[0];
    if (!sp) throw new Error('no speaker ' + name);
    claims = (await pages('/api/speaker', { speaker: sp.name, opponents: 20 }, 2000)).items;
    actors = (await get('/api/actors', { limit: 500 })).items.map((a) => a.name);
  } catch (e) {
    fill(main, errorBox(e));
    return;
  }
  const reversals = [], doubles = [], opponents = new Map();
  for (const co of claims) {
    for (const o of co.opponents) {
      if (o.rule === 'reversal') reversals.push([co.claim, o.claim]);
      else if (o.rule === 'double_standard') doubles.push([co.claim, o]);
      else {
        const k = o.claim.speaker;
        const cur = opponents.get(k) || { name: k, side: o.claim.side, n: 0 };
        cur.n++;
        opponents.set(k, cur);
      }
    }
  }
  const sideSel = h('select', { id: 's-side', name: 'side' }, actors.map((a) => h('option', { value: a }, a)));
  if (sp.side) sideSel.value = sp.side;
  const into = h('input', { type: 'text', id: 's-into', placeholder: 'the speaker this one is' });
  const reason = h('input', { type: 'text', id: 's-reason', placeholder: 'why' });
  const act = async (body) => {
    try {
      const res = await judge(Object.assign({ target: 'speaker', target_id: sp.name, reason: reason.value }, body));
      toast('Recorded: ' + plural(res.changed_claims, 'claim') + ' rewritten');
      window.location.hash = route('speaker/' + encodeURIComponent(body.into || sp.name));
      if (!body.into) speakerView(main, sp.name);
    } catch (e) {
      toast(e.message, true);
    }
  };
  const pair = (a, b, label) => h('li', { class: 'card pair' }, h('span', { class: 'rule' }, label), claimCard(a), claimCard(b));
  fill(main, 
    h('h2', { class: 'speaker-name' }, sp.name),
    h('p', { class: 'muted' }, [sp.role, sp.side ? 'speaks for ' + sp.side : 'no side stated', plural(sp.claims, 'claim')].filter(Boolean).join(' · ')),
    h('form', { class: 'card corrections', onsubmit: (e) => e.preventDefault() },
      h('label', { for: 's-side' }, 'speaks for ', sideSel), ' ',
      h('button', { type: 'button', onclick: () => act({ action: 'set_side', side: sideSel.value }) }, 'Set side'), ' ',
      h('label', { for: 's-into' }, 'is the same as ', into), ' ',
      h('button', { type: 'button', onclick: () => into.value.trim() && act({ action: 'merge', into: into.value.trim() }) }, 'Merge'), ' ',
      h('label', { for: 's-reason' }, 'reason ', reason)),
    h('section', {}, h('h3', {}, 'Opponents'), opponents.size
      ? h('ul', {}, [...opponents.values()].sort((a, b) => b.n - a.n).map((o) => h('li', {}, speakerLink(o.name), o.side ? ' (' + o.side + ')' : '', ': ' + plural(o.n, 'claim') + ' against')))
      : h('p', { class: 'muted' }, 'none')),
    h('section', {}, h('h3', {}, 'Reversals (' + reversals.length + ')'), h('ul', { class: 'list' }, reversals.map(([a, b]) => pair(a, b, 'reversal')))),
    h('section', {}, h('h3', {}, 'Double standards (' + doubles.length + ')'), h('ul', { class: 'list' }, doubles.map(([a, o]) => pair(a, o.claim, (o.direction || '').replace(/_/g, ' '))))),
    h('section', {}, h('h3', {}, 'Claims (' + claims.length + ')'), h('ol', { class: 'list' }, claims.map((co) => h('li', { class: 'card' },
      claimCard(co.claim),
      co.opponents.length ? h('details', {}, h('summary', {}, plural(co.opponents_total, 'opponent')),
        co.opponents.map((o) => h('div', { class: 'opponent' }, h('span', { class: 'rule' }, o.rule.replace('_', ' ') + (o.direction ? ' · ' + o.direction.replace(/_/g, ' ') : '')), claimCard(o.claim)))) : null)))));
}

// Every judgement, newest first, with who, when, why, and an undo.
import { h, toast, fill } from '../dom.js';
import { pages, judge } from '../api.js';
import { errorBox } from '../widgets.js';

export async function judgementsView(main) {
  fill(main, h('p', { class: 'muted' }, 'Loading…'));
  let list;
  try {
    list = (await pages('/api/judgements', {}, 100000)).items;
  } catch (e) {
    fill(main, errorBox(e));
    return;
  }
  list.reverse();
  const undo = (j) => async () => {
    try {
      await judge({ action: 'undo', target: 'judgement', target_id: j.id, reason: 'undone in the workspace' });
      toast('Undone');
      judgementsView(main);
    } catch (e) {
      toast(e.message, true);
    }
  };
  fill(main, h('h2', {}, 'Judgements (' + list.length + ')'),
    h('p', { class: 'muted' }, 'Kept in the store and re-applied after every load; contra judgements export writes them as JSON lines.'),
    h('table', { class: 'judgements' },
      h('thead', {}, h('tr', {}, ['when', 'who', 'decided', 'about', 'why', ''].map((x) => h('th', {}, x)))),
      h('tbody', {}, list.map((j) => h('tr', { class: j.in_force ? '' : 'undone', 'data-judgement': j.id },
        h('td', {}, j.at.replace('T', ' ').slice(0, 19)), h('td', {}, j.user),
        h('td', {}, j.action + (j.into ? ' into ' + j.into : '') + (j.side ? ' → ' + j.side : '')),
        h('td', {}, j.target + ' ', h('code', {}, j.target_id)), h('td', {}, j.reason || ''),
        h('td', {}, j.in_force && j.action !== 'undo' ? h('button', { type: 'button', onclick: undo(j) }, 'Undo') : (j.in_force ? '' : 'undone')))))));
}

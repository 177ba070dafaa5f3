// The contra workspace: a hash router over the views. Every view builds
// its page from the API's JSON with text nodes only (see dom.js).
import { h, fill } from './dom.js';
import { disputesView } from './views/disputes.js';
import { disputeView } from './views/dispute.js';
import { documentView } from './views/document.js';
import { graphView } from './views/graph.js';
import { speakerView } from './views/speaker.js';
import { judgementsView } from './views/judgements.js';
import { errorBox } from './widgets.js';

async function render() {
  const main = document.getElementById('main');
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [path, qs] = hash.split('?');
  const query = new URLSearchParams(qs || '');
  const parts = path.split('/');
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('on', a.dataset.nav === (parts[0] || 'disputes'));
  try {
    switch (parts[0]) {
      case '':
      case 'disputes': return await disputesView(main, query);
      case 'dispute': return await disputeView(main, decodeURIComponent(parts.slice(1).join('/')), query);
      case 'document': return await documentView(main, decodeURIComponent(parts.slice(1).join('/')), query);
      case 'graph': return await graphView(main, query);
      case 'speaker': return await speakerView(main, decodeURIComponent(parts.slice(1).join('/')));
      case 'judgements': return await judgementsView(main);
      default: fill(main, h('p', {}, 'Nothing here. '), h('a', { href: '#/disputes' }, 'The disputes'));
    }
  } catch (e) {
    fill(main, errorBox(e));
  } finally {
    document.body.dataset.ready = hash; // the end-to-end test waits on it
  }
}

window.addEventListener('hashchange', render);
window.addEventListener('DOMContentLoaded', render);

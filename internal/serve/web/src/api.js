// The API client: JSON over fetch, with the bearer token the analyst gave
// (kept for this tab only; no cookie is ever set or sent).
import { h, clear } from './dom.js';

const tokenKey = 'contra.token';

export class APIError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function headers(extra) {
  const out = Object.assign({ Accept: 'application/json' }, extra || {});
  const tok = sessionStorage.getItem(tokenKey);
  if (tok) out.Authorization = 'Bearer ' + tok;
  return out;
}

async function call(method, path, query, body) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query || {})) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const url = path + (q.toString() ? '?' + q.toString() : '');
  const init = { method, headers: headers(body ? { 'Content-Type': 'application/json' } : {}), credentials: 'omit', cache: 'no-store' };
  if (body) init.body = JSON.stringify(body);
  const resp = await fetch(url, init);
  let data = null;
  try { data = await resp.json(); } catch (e) { /* not JSON */ }
  if (!resp.ok) {
    const err = (data && data.error) || {};
    if (resp.status === 401) askToken();
    throw new APIError(resp.status, err.code || 'internal', err.message || ('HTTP ' + resp.status));
  }
  return data;
}

export const get = (path, query) => call('GET', path, query);
export const post = (path, body) => call('POST', path, null, body);

// pages follows next cursors, up to max items.
export async function pages(path, query, max) {
  let items = [];
  let cursor = '';
  let first = null;
  for (;;) {
    const page = await get(path, Object.assign({}, query, { limit: 500, cursor }));
    if (!first) first = page;
    items = items.concat(page.items);
    if (!page.next || items.length >= max) break;
    cursor = page.next;
  }
  return { first, items };
}

// askToken shows the token form: a server on a network needs one.
export function askToken() {
  const main = document.getElementById('main');
  if (document.getElementById('token-form')) return;
  const input = h('input', { type: 'password', id: 'token', autocomplete: 'off', placeholder: 'bearer token' });
  const form = h('form', { id: 'token-form', class: 'card', onsubmit: (e) => {
    e.preventDefault();
    sessionStorage.setItem(tokenKey, input.value.trim());
    window.location.reload();
  } },
  h('h2', {}, 'This server needs a token'),
  h('p', {}, 'Ask whoever runs it for yours. It is kept for this tab only and sent as a bearer token with each request.'),
  h('label', { for: 'token' }, 'Token '), input, ' ', h('button', { type: 'submit' }, 'Use it'));
  clear(main).appendChild(form);
}

// judge records a judgement and says so.
export async function judge(body) {
  return post('/api/judgements', body);
}

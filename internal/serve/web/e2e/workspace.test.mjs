// The workspace end to end, in Debian's headless Chromium driven by
// playwright-core (no browser download): contra serve on the examples
// and this directory's testdata (an invented article about cluster
// munitions, and a record whose texts are HTML injections).
//
//   node e2e/workspace.test.mjs            (from internal/serve/web)
//
// It opens the cluster-munitions disputes, opens one, sees its evidence
// highlighted in the article, rejects a pair, runs contra load again and
// sees the pair still rejected; expands the who-accuses-whom graph by a
// click; visits the speaker and judgement views; and checks that no
// injected markup ran or rendered as markup, and that the page's content
// security policy was never violated. WORKSPACE_BIN names a built contra
// (else it is built); WORKSPACE_SCREENSHOT=FILE saves the workspace's
// picture for the README.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import assert from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../../..');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const hostile = '<img src=x onerror=alert(1)>';
const hostileSpeaker = "<script>alert('speaker')</script>";

if (!existsSync(chromiumPath)) {
  console.log(`SKIPPED: no Chromium at ${chromiumPath} (apt-get install chromium)`);
  process.exit(0);
}

const tmp = mkdtempSync(join(tmpdir(), 'contra-e2e-'));
const bin = process.env.WORKSPACE_BIN || join(tmp, 'contra');
if (!process.env.WORKSPACE_BIN) execFileSync('go', ['build', '-o', bin, './cmd/contra'], { cwd: repo, stdio: 'inherit' });
const db = join(tmp, 'contra.db');
const base = ['--config', join(repo, 'contra.yaml'), '--db', db];
const load = () => execFileSync(bin, [...base, 'load', '-q', join(repo, 'examples'), join(here, 'testdata')], { cwd: repo }).toString();

function freePort() {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); });
  });
}

async function serve(port) {
  const proc = spawn(bin, [...base, 'serve', '--addr', `127.0.0.1:${port}`], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr.on('data', (d) => { err += d; });
  await new Promise((ok, fail) => {
    proc.stdout.on('data', (d) => { if (String(d).includes('workspace is at')) ok(); });
    proc.on('exit', (code) => fail(new Error(`contra serve exited ${code}: ${err}`)));
  });
  proc.stop = () => new Promise((ok) => { proc.removeAllListeners('exit'); proc.on('exit', (code) => ok(code)); proc.kill('SIGTERM'); });
  return proc;
}

const problems = [];
let server;
let browser;
try {
  load();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  server = await serve(port);
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Anything the data could make run would show as a dialog or an error.
  page.on('dialog', (d) => { problems.push(`a dialog opened: ${d.message()}`); d.dismiss(); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('request', (r) => { if (!r.url().startsWith(url)) problems.push(`a request left the server: ${r.url()}`); });
  const noMarkup = async (where) => {
    const n = await page.locator('main img, main script, main b').count();
    assert.equal(n, 0, `${where}: data rendered as markup (${n} img/script/b elements)`);
  };

  // The disputes on cluster munitions.
  await page.goto(url + '#/disputes?topic=' + encodeURIComponent('cluster munitions'));
  await page.waitForSelector('li[data-dispute]');
  const titles = await page.locator('li[data-dispute] h3 a').allTextContents();
  assert.ok(titles.some((t) => t.startsWith('Russia · use cluster munitions')), `the Russia dispute is listed: ${titles}`);
  assert.ok(titles.some((t) => t.startsWith('Belmora · use cluster munitions')), `the Belmora dispute is listed: ${titles}`);
  await page.fill('#search', 'belmora');
  assert.equal(await page.locator('li[data-dispute]:visible').count(), 1, 'search keeps the Belmora dispute only');
  await page.fill('#search', '');
  await noMarkup('disputes');

  // The README's picture: the Russia dispute of the examples.
  if (process.env.WORKSPACE_SCREENSHOT) {
    await page.click('li[data-dispute] h3 a:has-text("Russia · use cluster munitions")');
    await page.waitForSelector('.camps');
    await page.screenshot({ path: process.env.WORKSPACE_SCREENSHOT, fullPage: false });
    await page.goBack();
    await page.waitForSelector('li[data-dispute]');
  }

  // A dispute: camps side by side, a timeline, the evidence in its article.
  await page.click('li[data-dispute] h3 a:has-text("Belmora · use cluster munitions")');
  await page.waitForSelector('.camps');
  assert.ok(await page.locator('.camp.affirm .claim').count() >= 1, 'the camp that says it happens has claims');
  assert.ok(await page.locator('.camp.deny .claim').count() >= 1, 'the camp that denies it has claims');
  assert.ok(await page.locator('.timeline circle.dot').count() >= 2, 'the timeline shows the claims');
  const disputeURL = page.url();
  const quote = (await page.locator('.camp.affirm .claim blockquote').first().textContent()).trim();
  await page.locator('.camp.affirm .claim a.in-article').first().click();
  const mark = page.locator('pre.article mark.current');
  await mark.waitFor();
  assert.equal((await mark.textContent()).trim(), quote, 'the claim\'s sentence is highlighted in the article');
  assert.match(await page.locator('.doc-meta').textContent(), /The Example Ledger, 2031-05-06/);
  assert.equal(await page.locator('.doc-meta a[href^="https://example.org/"]').count(), 1, 'the article links to its source');

  // Reject a pair of claims; it is hidden, and said to be.
  await page.goto(disputeURL);
  await page.waitForSelector('li.pair');
  const pair = page.locator('li.pair').first();
  const finding = await pair.getAttribute('data-finding');
  await pair.locator('input.reason').fill(hostile);
  await pair.locator('button.reject').click();
  await page.waitForSelector('#pairs-hidden');
  assert.equal(await page.locator(`li.pair[data-finding="${finding}"]`).count(), 0, 'the rejected pair is hidden');
  assert.match(await page.locator('#pairs-hidden').textContent(), /1 rejected pair hidden/);

  // Load the same data again: the judgement stays in force.
  load();
  await page.reload();
  await page.waitForSelector('#pairs-hidden');
  assert.equal(await page.locator(`li.pair[data-finding="${finding}"]`).count(), 0, 'still hidden after a re-load');
  await page.click('#pairs-hidden a');
  const shown = page.locator(`li.pair[data-finding="${finding}"]`);
  await shown.waitFor();
  assert.match(await shown.getAttribute('class'), /rejected/);
  assert.equal((await shown.locator('.badge').textContent()).trim(), 'Rejected');

  // The judgements, the reason an injection shown as text.
  await page.goto(url + '#/judgements');
  await page.waitForSelector('table.judgements tbody tr');
  assert.ok((await page.locator('table.judgements').textContent()).includes(hostile), 'the reason shows as text');
  await noMarkup('judgements');

  // The record whose texts are injections: as text in every view.
  await page.goto(url + '#/speaker/' + encodeURIComponent(hostileSpeaker));
  await page.waitForSelector('h2.speaker-name');
  assert.equal((await page.locator('h2.speaker-name').textContent()).trim(), hostileSpeaker);
  assert.ok((await page.locator('main').textContent()).includes(hostile), 'the claim text shows as text');
  await noMarkup('speaker');
  await page.locator('a.in-article').first().click();
  await page.waitForSelector('.notext');
  assert.ok((await page.locator('main').textContent()).includes(hostile));
  assert.equal(await page.locator('a[href^="javascript"]').count(), 0, 'a javascript: source is no link');
  assert.ok(await page.locator('.bad-url').count() >= 1, 'the javascript: source shows as text');
  await noMarkup('document');
  await page.goto(url + '#/disputes?topic=' + encodeURIComponent('cluster munitions') + '&show_rejected=true');
  await page.waitForSelector('li[data-dispute]');
  await page.goto(disputeURL);
  await page.waitForSelector('.camps');
  await noMarkup('dispute');

  // A speaker: claims, opponents, reversals, double standards.
  await page.goto(url + '#/speaker/' + encodeURIComponent('Vladimir Putin'));
  await page.waitForSelector('h2.speaker-name');
  const speakerText = await page.locator('main').textContent();
  for (const part of ['Opponents', 'Reversals', 'Double standards', 'Claims (']) assert.ok(speakerText.includes(part), `the speaker view has ${part}`);

  // Who accuses whom: a click on a side brings in its accusers.
  await page.goto(url + '#/graph?side=Belmora');
  await page.waitForFunction(() => window.__contraGraph && window.__contraGraph.nodes().length > 0);
  const before = await page.evaluate(() => window.__contraGraph.nodes().map((n) => n.data('name')).sort());
  assert.deepEqual(before, ['Arvenia', 'Belmora'], 'the graph around Belmora');
  const pos = await page.evaluate(() => {
    const n = window.__contraGraph.nodes().filter((x) => x.data('name') === 'Arvenia')[0];
    const r = window.__contraGraph.container().getBoundingClientRect();
    const p = n.renderedPosition();
    return { x: r.left + p.x, y: r.top + p.y };
  });
  await page.mouse.click(pos.x, pos.y);
  await page.waitForFunction(() => window.__contraGraph.nodes('.expanded').length > 0);
  assert.match(await page.locator('#graph-info h3').textContent(), /Arvenia/);
  await page.goto(url + '#/graph?topic=' + encodeURIComponent('cluster munitions'));
  await page.waitForFunction(() => window.__contraGraph && window.__contraGraph.nodes().length >= 5);
  const names = await page.evaluate(() => window.__contraGraph.nodes().map((n) => n.data('name')));
  assert.ok(names.includes('Russia') && names.includes('Ukraine') && names.includes('United States'), `graph nodes ${names}`);

  assert.deepEqual(problems, [], 'no dialog, page error, policy violation or outside request');
  const code = await server.stop();
  server = null;
  assert.equal(code, 0, 'contra serve drains and exits 0 on SIGTERM');
  console.log('ok  workspace end to end (Chromium)');
} catch (e) {
  console.error('FAIL workspace end to end:', e.message);
  if (problems.length) console.error(problems.join('\n'));
  process.exitCode = 1;
} finally {
  if (browser) await browser.close();
  if (server) await server.stop();
  rmSync(tmp, { recursive: true, force: true });
}

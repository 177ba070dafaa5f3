// Tests of the linter itself: it must fail on each broken fixture, naming
// the file, line and column, and pass the good one and contra's own
// statements. Run with `node --test lint.test.mjs`.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { cypherFiles, lintText, loadSchema, main } from './lint.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const lint = path.join(here, 'lint.mjs');

function run(...args) {
  const r = spawnSync(process.execPath, [lint, ...args], { cwd: here, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

const broken = [
  { file: 'syntax.cypher', at: '3:1', says: /Invalid input 'RETURN'/ },
  { file: 'unknown_label.cypher', at: '4:10', says: /Label Claimm is not in the contra model/ },
  { file: 'unknown_type.cypher', at: '2:20', says: /Relationship type CONTRADICT is not present/ },
  { file: 'unknown_property.cypher', at: '3:9', says: /Property key said_att is not in the contra model/ },
  { file: 'semantic.cypher', at: '3:8', says: /Variable `d` not defined/ },
  { file: 'unknown_function.cypher', at: '3:8', says: /Function toLowerr is not present/ },
];

// Spawning the linter loads Neo4j's 22 MB front end each time, so the
// command line runs twice: once over all broken fixtures, once over the
// good one.
test('fails on each broken fixture, at its line and column', () => {
  const r = run(path.join('testdata', 'bad'));
  assert.equal(r.status, 1, r.out);
  for (const tc of broken) {
    const line = r.out.split('\n').find((l) => l.includes(`${tc.file}:${tc.at}: error:`));
    assert.ok(line, `no error at ${tc.file}:${tc.at} in:\n${r.out}`);
    assert.match(line, tc.says);
  }
  assert.match(r.out, new RegExp(`cypherlint: ${broken.length} files, ${broken.length} errors`));
});

test('passes the good fixture', () => {
  const r = run(path.join('testdata', 'good'));
  assert.equal(r.status, 0, r.out);
  assert.match(r.out, /cypherlint: 1 files, 0 errors/);
});

test("finds contra's own statements", () => {
  // run.sh lints them; linting them here again would double the run time.
  const dir = path.join(here, '..', '..', 'graph', 'neo4j');
  const files = cypherFiles([dir]);
  assert.ok(files.length > 20, `only ${files.length} .cypher files under ${dir}`);
  assert.ok(files.every((f) => f.endsWith('.cypher')));
});

test('fails when no .cypher file is found', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cypherlint-'));
  try {
    const lines = [];
    assert.equal(main([dir], (l) => lines.push(l)), 1);
    assert.match(lines.join('\n'), /no .cypher files found/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('fails on a path that does not exist', () => {
  const lines = [];
  assert.equal(main([path.join(here, 'no-such-dir')], (l) => lines.push(l)), 2);
  assert.match(lines.join('\n'), /no-such-dir/);
});

test('findings are positioned within multi-statement text', () => {
  const schema = loadSchema();
  const text = 'MATCH (c:Claim) RETURN c.id;\n\nMATCH (d:Document)\nRETURN d.titel;\n';
  const got = lintText(text, schema);
  assert.deepEqual(got.map((f) => [f.line, f.col, f.severity]), [[4, 10, 'error']]);
  assert.match(got[0].message, /titel/);
});

test('undefined parameters are not findings', () => {
  const got = lintText('MATCH (c:Claim {id: $id}) RETURN c.text', loadSchema());
  assert.deepEqual(got, []);
});

test('labels in SET, REMOVE and CREATE are checked too', () => {
  const schema = loadSchema();
  for (const q of ['MATCH (c:Claim) SET c:Counterclam', 'MATCH (c:Claim) REMOVE c:Counterclam',
    'CREATE (c:Counterclam {id: 1})']) {
    const got = lintText(q, schema);
    assert.equal(got.length, 1, `${q}: ${JSON.stringify(got)}`);
    assert.match(got[0].message, /Counterclam is not in the contra model/);
  }
  assert.deepEqual(lintText('MATCH (c:Claim) SET c:Counterclaim REMOVE c:Counterclaim', schema), []);
});

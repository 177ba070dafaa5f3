// Builds the workspace into dist/: src/app.js and what it imports
// (Cytoscape.js among them) bundled into one script, beside index.html and
// style.css. dist/ is committed so that `go build` needs no Node; CI runs
// `npm ci && npm run check`, which builds into a scratch directory and
// fails when dist/ differs from what the sources and the lock file make.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const check = process.argv.includes('--check');
const out = check ? mkdtempSync(join(tmpdir(), 'contra-web-')) : join(here, 'dist');
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(here, 'src', 'app.js')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'eof',
  outfile: join(out, 'app.js'),
  logLevel: 'warning',
});
for (const f of ['index.html', 'style.css']) copyFileSync(join(here, 'src', f), join(out, f));

if (check) {
  const dist = join(here, 'dist');
  const want = readdirSync(out).sort();
  const have = readdirSync(dist).sort();
  let stale = want.join() !== have.join();
  for (const f of want) {
    if (!stale && !readFileSync(join(out, f)).equals(readFileSync(join(dist, f)))) stale = true;
  }
  rmSync(out, { recursive: true, force: true });
  if (stale) {
    console.error('dist/ is not what the sources build: run `npm run build` in internal/serve/web and commit dist/');
    process.exit(1);
  }
  console.log('dist/ is up to date');
}

#!/usr/bin/env node
// cypherlint checks contra's Cypher statement files with Neo4j's own Cypher
// front end (@neo4j-cypher/language-support: the ANTLR grammar plus the
// server's semantic analysis compiled to JavaScript), against the graph
// model in schema.json. No server is needed.
//
// Usage: node lint.mjs [--schema FILE] DIR_OR_FILE...
//
// Every *.cypher file under the given paths is linted as a whole: the
// library splits multi-statement files on ';' itself (outside strings and
// comments) and understands cypher-shell commands such as `:param`. A
// finding prints as file:line:col: severity: message. The exit status is 1
// when any finding is an error: a syntax or semantic error, an unknown
// function or procedure, or a label, relationship type or property key the
// model does not have. Other warnings (deprecations, performance hints) are
// printed and do not fail. "Parameter $x is not defined" is dropped: the
// statements get their parameters from Go at run time. Exit status 2 means
// a usage error (no paths, a path or the schema file cannot be read).

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The package's ESM build uses extension-less imports that Node does not
// resolve, so load its CommonJS build.
const require = createRequire(import.meta.url);
const cypher = require('@neo4j-cypher/language-support');

const here = path.dirname(fileURLToPath(import.meta.url));

// Severity numbers of the Language Server Protocol, which the library uses.
const ERROR = 1;
const WARNING = 2;

/**
 * loadSchema reads a model file (see schema.json) and returns the DbSchema
 * lintCypherQuery takes, plus the sets our own checks use.
 */
export function loadSchema(file = path.join(here, 'schema.json')) {
  const model = JSON.parse(readFileSync(file, 'utf8'));
  const labels = Object.keys(model.labels ?? {});
  const relationshipTypes = Object.keys(model.relationshipTypes ?? {});
  const keys = new Set(model.mapKeys ?? []);
  for (const group of [model.labels ?? {}, model.relationshipTypes ?? {}]) {
    for (const props of Object.values(group)) {
      for (const p of props) keys.add(p);
    }
  }
  const dbSchema = { labels, relationshipTypes, propertyKeys: [...keys].sort() };
  Object.assign(dbSchema, builtIns());
  return {
    dbSchema,
    labels: new Set(labels),
    relationshipTypes: new Set(relationshipTypes),
    propertyKeys: keys,
  };
}

/**
 * builtIns returns the functions and procedures a plain Neo4j 5 server has:
 * the built-in functions and the db./dbms./tx. procedures of the registry
 * the package ships (dumped from a real server). With them, lintCypherQuery
 * reports unknown functions and checks call signatures; APOC and GDS are
 * left out because contra must run on a server without plugins.
 */
function builtIns() {
  const mock = cypher.testData?.mockSchema;
  if (!mock?.functions || !mock?.procedures) return {};
  const functions = {};
  const procedures = {};
  for (const version of Object.keys(mock.functions)) {
    functions[version] = Object.fromEntries(
      Object.entries(mock.functions[version]).filter(([, f]) => f.isBuiltIn),
    );
    procedures[version] = Object.fromEntries(
      Object.entries(mock.procedures[version] ?? {}).filter(([name]) => /^(db|dbms|tx)\./.test(name)),
    );
  }
  return { functions, procedures };
}

const undefinedParameter = /^Parameter \$\S+ is not defined\.$/;
const notInDatabase = /is not present in the database/;

/**
 * lintText returns the findings for one file's text, sorted by position.
 * Each is {line, col, severity: 'error'|'warning', message}, with 1-based
 * line and column.
 */
export function lintText(text, schema) {
  const out = [];
  const add = (line, col, severity, message) => out.push({ line, col, severity, message });

  for (const d of cypher.lintCypherQuery(text, schema.dbSchema, true)) {
    if (undefinedParameter.test(d.message)) continue;
    const fails = d.severity === ERROR || (d.severity === WARNING && notInDatabase.test(d.message));
    add(d.range.start.line + 1, d.range.start.character + 1, fails ? 'error' : 'warning', d.message);
  }

  // The library does not check property keys, nor labels and types in
  // clauses that may create them (CREATE, MERGE, SET): check those here on
  // its parse tree.
  const parsed = cypher.parserWrapper.parse(text, true);
  for (const st of parsed.statementsParsing) {
    for (const l of st.collectedLabelOrRelTypes) {
      if (!l.couldCreateNewLabel) continue; // lintCypherQuery reported it
      const name = l.labelText.replace(/^`|`$/g, '');
      const known = l.labelType === 'Label' ? schema.labels.has(name)
        : l.labelType === 'Relationship type' ? schema.relationshipTypes.has(name)
          : schema.labels.has(name) || schema.relationshipTypes.has(name);
      if (!known) {
        add(l.line, l.column + 1, 'error', `${l.labelType} ${name} is not in the contra model (tools/cypherlint/schema.json)`);
      }
    }
    // Labels set or removed (SET n:L, REMOVE n:L) are not collected at all.
    const collected = new Set(st.collectedLabelOrRelTypes.map((l) => l.offsets.start));
    walk(st.ctx, (node) => {
      if (node instanceof cypher.LabelTypeContext) {
        const name = node.symbolicNameString()?.getText().replace(/^`|`$/g, '');
        const at = node.symbolicNameString()?.start;
        if (name && at && !collected.has(at.start) && !schema.labels.has(name)) {
          add(at.line, at.column + 1, 'error', `Label ${name} is not in the contra model (tools/cypherlint/schema.json)`);
        }
        return;
      }
      if (!(node instanceof cypher.PropertyKeyNameContext)) return;
      const name = node.getText().replace(/^`|`$/g, '');
      if (!schema.propertyKeys.has(name)) {
        add(node.start.line, node.start.column + 1, 'error',
          `Property key ${name} is not in the contra model (tools/cypherlint/schema.json)`);
      }
    });
  }
  out.sort((a, b) => a.line - b.line || a.col - b.col || a.message.localeCompare(b.message));
  return out;
}

function walk(node, visit) {
  if (!node) return;
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** cypherFiles lists the *.cypher files under the given paths, sorted. */
export function cypherFiles(paths) {
  const files = [];
  const visit = (p) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name === 'node_modules' || name.startsWith('.')) continue;
        visit(path.join(p, name));
      }
    } else if (p.endsWith('.cypher')) {
      files.push(p);
    }
  };
  for (const p of paths) visit(p);
  return files;
}

/** main lints the files under args and returns the exit status. */
export function main(args, log = console.log) {
  let schemaFile;
  const paths = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--schema') schemaFile = args[++i];
    else paths.push(args[i]);
  }
  if (paths.length === 0) {
    log('usage: node lint.mjs [--schema FILE] DIR_OR_FILE...');
    return 2;
  }
  let schema;
  let files;
  try {
    schema = loadSchema(schemaFile);
    files = cypherFiles(paths);
  } catch (err) {
    log(`cypherlint: ${err.message}`);
    return 2;
  }
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const f of lintText(readFileSync(file, 'utf8'), schema)) {
      if (f.severity === 'error') errors++;
      else warnings++;
      log(`${path.relative(process.cwd(), file) || file}:${f.line}:${f.col}: ${f.severity}: ${f.message}`);
    }
  }
  log(`cypherlint: ${files.length} files, ${errors} errors, ${warnings} warnings`);
  if (files.length === 0) {
    log('cypherlint: no .cypher files found');
    return 1;
  }
  return errors > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}

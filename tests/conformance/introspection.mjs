#!/usr/bin/env node
// graphql-js introspection against the live server, compared with the checked-in schema.graphql.
//
// Usage: node introspection.mjs '<json config>'
//   config: { "urls": ["http://127.0.0.1:5000/graphql", ".../t/<slug>/graphql"], "schemaPath": "/abs/schema.graphql" }
//
// For every URL and every option set below, POSTs getIntrospectionQuery(options), builds a client schema
// from the answer and compares its printed SDL with schema.graphql printed the same way. Both sides go
// through lexicographicSortSchema + printSchema, so field order and GraphQL.NET's own SDL layout do not
// matter; every type, field, argument, default, description and deprecation does.
// Prints one JSON line: {"checks":[{"name","ok","detail"}]}. Always exits 0; the C# test asserts.
import { readFile } from 'node:fs/promises';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  GraphQLSchema,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';

const config = JSON.parse(process.argv[2]);
const optionSets = {
  default: {},
  'every option': {
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
  },
};

const print = (schema) => printSchema(lexicographicSortSchema(schema));
const checkedIn = buildSchema(await readFile(config.schemaPath, 'utf8'));

// What an introspection with these options can show: the schema's description only when asked for.
const expectedFor = (options) =>
  print(options.schemaDescription ? checkedIn : new GraphQLSchema({ ...checkedIn.toConfig(), description: undefined }));

// The first line where two printed schemas differ: enough to act on.
function firstDifference(actual, expected) {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) return `line ${i + 1}: server ${JSON.stringify(a[i])} vs schema.graphql ${JSON.stringify(e[i])}`;
  }
  return 'identical';
}

async function check(url, name, options) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: getIntrospectionQuery(options), operationName: 'IntrospectionQuery' }),
  });
  const text = await response.text();
  if (response.status !== 200) return { ok: false, detail: `HTTP ${response.status}: ${text.slice(0, 500)}` };
  const body = JSON.parse(text);
  if (body.errors) return { ok: false, detail: JSON.stringify(body.errors).slice(0, 500) };
  const actual = print(buildClientSchema(body.data));
  const expected = expectedFor(options);
  const ok = actual === expected;
  return { ok, detail: ok ? `${actual.length} characters of SDL match` : firstDifference(actual, expected) };
}

const checks = [];
for (const url of config.urls) {
  for (const [name, options] of Object.entries(optionSets)) {
    try {
      checks.push({ name: `${url} ${name}`, ...(await check(url, name, options)) });
    } catch (error) {
      checks.push({ name: `${url} ${name}`, ok: false, detail: String(error?.stack ?? error).slice(0, 500) });
    }
  }
}

console.log(JSON.stringify({ checks }));

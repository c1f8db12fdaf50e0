import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const prefix = 'platform-document:';

/**
 * Replaces each `graphql(`…`)` call with the generated document it names (`XDocument`, `XFragmentDoc`), each served as
 * a module of its own (`platform-document:X`) cut out of src/gql/graphql.ts. The client preset's `graphql()` looks
 * documents up in one map holding every operation of every page, and even direct imports of graphql.ts would put
 * all documents one chunk uses in the chunk the booking page shares; one module per document lets every page's
 * chunk carry only its own operations (what the preset's Babel plugin does, for a Vite build without Babel).
 */
export function documentImports(): Plugin {
  const generated = resolve(__dirname, '../src/gql/graphql.ts');
  const call = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
  const definition = /^\s*(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/m;
  let documents: Map<string, string> | null = null;

  function documentText(name: string): string {
    documents ??= new Map(
      [...readFileSync(generated, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as /gm)].map((m) => [m[1]!, m[2]!]),
    );
    const json = documents.get(name);
    if (!json) throw new Error(`${name} is not in src/gql/graphql.ts: run npm run codegen`);
    return json;
  }

  return {
    name: 'platform-document-imports',
    enforce: 'pre',
    buildStart() {
      documents = null;
    },
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id) {
      return id.startsWith(`\0${prefix}`) ? `export default ${documentText(id.slice(prefix.length + 1))};` : null;
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const names = new Set<string>();
      const replaced = code.replace(call, (whole, body: string) => {
        const match = definition.exec(body);
        if (!match) return whole;
        const name = match[1] === 'fragment' ? `${match[2]}FragmentDoc` : `${match[2]}Document`;
        names.add(name);
        // An alias: the module usually exports a constant of the same name (`export const XDocument = graphql(…)`).
        return `__generated_${name}`;
      });
      if (names.size === 0) return null;
      const imports = [...names].map((name) => `import __generated_${name} from '${prefix}${name}';`).join('\n');
      const withoutTag = replaced.replace(/import\s*\{\s*graphql\s*\}\s*from\s*['"][./]*gql['"];?\n?/, '');
      return { code: `${imports}\n${withoutTag}`, map: null };
    },
  };
}

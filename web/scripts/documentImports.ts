import type { Plugin } from 'vite';
import { relative, dirname, resolve } from 'node:path';

/**
 * Replaces each `graphql(`…`)` call with the generated document it names (`XDocument`, `XFragmentDoc`) imported from
 * src/gql/graphql.ts. The client preset's `graphql()` looks documents up in one map holding every operation of every
 * page, so without this the booking page would download the console's queries too; with it, each page's chunk
 * carries only its own (what the preset's Babel plugin does, for a Vite build without Babel).
 */
export function documentImports(): Plugin {
  const generated = resolve(__dirname, '../src/gql/graphql.ts');
  const call = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
  const definition = /^\s*(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/m;
  return {
    name: 'platform-document-imports',
    enforce: 'pre',
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
      let path = relative(dirname(id), generated).replace(/\\/g, '/').replace(/\.ts$/, '');
      if (!path.startsWith('.')) path = `./${path}`;
      const withoutTag = replaced.replace(/import\s*\{\s*graphql\s*\}\s*from\s*['"][./]*gql['"];?\n?/, '');
      const imports = [...names].map((name) => `${name} as __generated_${name}`).join(', ');
      return { code: `import { ${imports} } from '${path}';\n${withoutTag}`, map: null };
    },
  };
}

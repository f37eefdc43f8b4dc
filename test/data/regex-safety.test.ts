// Every regular expression in data/ is free of super-linear backtracking: checked by eslint-plugin-regexp's rules
// (built on scslre) on the whole of data/, and every RegExp built at run time must be one the linter can read.
import { readdirSync, readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getStaticValue } from '@eslint-community/eslint-utils';
import { Linter, type Rule } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** A RegExp built from text the linter cannot evaluate could hide any pattern: every one must be static. */
const staticRegExp: Rule.RuleModule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const check = (node: Rule.Node & { callee: { type: string; name?: string }; arguments: unknown[] }) => {
      if (node.callee.type !== 'Identifier' || node.callee.name !== 'RegExp') return;
      const [pattern] = node.arguments as Parameters<typeof getStaticValue>[0][];
      if (pattern && getStaticValue(pattern, context.sourceCode.getScope(node)) === null)
        context.report({ node, message: 'a RegExp built from text the linter cannot evaluate' });
    };
    return { NewExpression: check as never, CallExpression: check as never };
  },
};

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.ts'],
    plugins: { regexp: regexp as never, local: { rules: { 'static-regexp': staticRegExp } } },
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignoreSticky: false, ignorePartial: false }],
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/optimal-quantifier-concatenation': 'error',
      'local/static-regexp': 'error',
    },
  },
];

/** RegExps built from data, where the test checks that data instead: file -> where its patterns come from. */
const BUILT_FROM_DATA: Record<string, string> = {
  'data/reference/import/place-names.ts': 'data/reference/curation/place-names.json',
};

describe('regular expressions in data/', () => {
  const files = sources(join(root, 'data'));

  it('finds the sources to check', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s has no super-linear regular expression', (_, file) => {
    const code = stripTypeScriptTypes(readFileSync(file, 'utf8'), { mode: 'strip' });
    const problems = linter
      .verify(code, config, relative(root, file))
      .filter((m) => !(m.ruleId === 'local/static-regexp' && BUILT_FROM_DATA[relative(root, file)]))
      .map((m) => `${m.line}:${m.column} ${m.message}`);
    expect(problems).toEqual([]);
  });

  it.each(Object.values(BUILT_FROM_DATA))('the patterns of %s are safe too', (path) => {
    const { patterns } = JSON.parse(readFileSync(join(root, path), 'utf8')) as { patterns: string[] };
    const code = patterns.map((p) => `new RegExp(${JSON.stringify(p)}, 'u');`).join('\n');
    expect(linter.verify(code, config, 'patterns.ts').map((m) => `${m.line}: ${m.message}`)).toEqual([]);
  });
});

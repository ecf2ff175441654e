// The injection grammar that highlights {{ }} references in YAML components, run through vscode-textmate
// with a stand-in source.yaml grammar (comments, and plain scalars as begin/end rules the way VS Code's
// YAML grammar scans them, so that injections apply inside), as VS Code injects it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const injectionPath = join(here, '..', 'component-references.injection.tmLanguage.json');
const injection = JSON.parse(readFileSync(injectionPath, 'utf8'));
const YAML_STAND_IN = JSON.stringify({
  scopeName: 'source.yaml',
  patterns: [
    { match: '#.*$', name: 'comment.line.number-sign.yaml' },
    { begin: '(?=[^#\\s])', end: '(?=#)|$', name: 'string.unquoted.plain.out.yaml' },
  ],
});

let tokenize: (line: string) => Array<{ text: string; scopes: string[] }>;

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma
    .loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength))
    .catch(() => undefined);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'source.yaml'
        ? vsctm.parseRawGrammar(YAML_STAND_IN, 'yaml.json')
        : scopeName === injection.scopeName
          ? vsctm.parseRawGrammar(readFileSync(injectionPath, 'utf8'), injectionPath)
          : null,
    getInjections: (scopeName: string) => (scopeName === 'source.yaml' ? [injection.scopeName] : undefined),
  });
  const grammar = (await registry.loadGrammar('source.yaml'))!;
  tokenize = (line) =>
    grammar
      .tokenizeLine(line, vsctm.INITIAL)
      .tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }))
      .filter((t) => t.text);
});

describe('component-references.injection', () => {
  it('injects into source.yaml, outside comments', () => {
    expect(injection.injectionSelector).toBe('L:source.yaml -comment');
  });
  it('scopes the parameter, the task and stdout inside {{ }}', () => {
    const tokens = tokenize('      commandContent: echo {{ port }} {{first.stdout}}');
    const scopeOf = (text: string) => tokens.find((t) => t.text === text)?.scopes.at(-1);
    expect([scopeOf('{{'), scopeOf('port'), scopeOf('first'), scopeOf('.'), scopeOf('stdout'), scopeOf('}}')]).toEqual([
      'punctuation.definition.template-expression.begin.buildcontent',
      'variable.other.buildcontent',
      'variable.other.buildcontent',
      'punctuation.accessor.buildcontent',
      'variable.other.property.buildcontent',
      'punctuation.definition.template-expression.end.buildcontent',
    ]);
  });
  it('leaves comments and unclosed braces alone', () => {
    expect(tokenize('# {{ port }}').every((t) => !t.scopes.includes('variable.other.buildcontent'))).toBe(true);
    expect(tokenize('x: {{ port').every((t) => !t.scopes.includes('variable.other.buildcontent'))).toBe(true);
  });
});

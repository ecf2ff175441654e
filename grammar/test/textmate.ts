// Test harness: tokenizes text with the BuildContent TextMate grammar through vscode-textmate and
// vscode-oniguruma, the same engine VS Code uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const here = dirname(fileURLToPath(import.meta.url));
export const grammarPath = join(here, '..', 'buildcontent.tmLanguage.json');
export const ROOT_SCOPE = 'source.buildcontent';

export interface Token {
  text: string;
  startIndex: number;
  scopes: string[];
}

export interface TokenizedLine {
  text: string;
  tokens: Token[];
}

let wasmLoaded: Promise<void> | undefined;

function loadOniguruma(): Promise<void> {
  wasmLoaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  })();
  return wasmLoaded;
}

/**
 * A tokenizer for `source.buildcontent`. `embedded` maps other scope names (such as `source.shell`)
 * to grammar files; scopes absent from it are left out, as an editor without that grammar would.
 */
export async function createTokenizer(embedded: Record<string, string> = {}) {
  await loadOniguruma();
  const files: Record<string, string> = { [ROOT_SCOPE]: grammarPath, ...embedded };
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = files[scopeName];
      return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
  });
  const grammar = await registry.loadGrammar(ROOT_SCOPE);
  if (!grammar) throw new Error(`grammar ${ROOT_SCOPE} did not load`);

  return (text: string): TokenizedLine[] => {
    let state = vsctm.INITIAL;
    return text.split(/\r?\n/).map((line) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      const tokens = result.tokens
        // vscode-textmate appends a line break to each line; tokens are clipped to the line's own text.
        .map((t) => ({
          startIndex: t.startIndex,
          text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
          scopes: t.scopes,
        }))
        .filter((t) => t.text.length > 0);
      return { text: line, tokens };
    });
  };
}

/**
 * The scopes of `fragment` (its first occurrence on the line, or the `nth`), which must be covered by
 * tokens of one and the same scope list. Throws when the fragment is split across different scopes.
 */
export function scopesAt(lines: TokenizedLine[], line: number, fragment: string, nth = 0): string[] {
  const text = lines[line].text;
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(fragment, start + 1);
    if (start === -1) throw new Error(`"${fragment}" (#${nth}) not found on line ${line}: ${JSON.stringify(text)}`);
  }
  const end = start + fragment.length;
  const covering = lines[line].tokens.filter((t) => t.startIndex < end && t.startIndex + t.text.length > start);
  const distinct = new Set(covering.map((t) => t.scopes.join(' ')));
  if (distinct.size !== 1) {
    throw new Error(`"${fragment}" on line ${line} spans differently scoped tokens:\n${[...distinct].join('\n')}`);
  }
  return covering[0].scopes;
}

/**
 * A readable dump of the tokens, for snapshot files: each source line prefixed by `>`, then one
 * `#` line per token marking its columns with `^` and listing its scopes (the root scope left out).
 */
export function renderTokens(lines: TokenizedLine[]): string {
  const out: string[] = [];
  for (const line of lines) {
    out.push(`>${line.text}`);
    for (const token of line.tokens) {
      const scopes = token.scopes.filter((s) => s !== ROOT_SCOPE);
      if (scopes.length === 0 && token.text.trim() === '') continue;
      out.push(`#${' '.repeat(token.startIndex)}${'^'.repeat(token.text.length)} ${scopes.join(' ')}`);
    }
  }
  return out.join('\n') + '\n';
}

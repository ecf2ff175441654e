// A small JSON reader that keeps where every value sits in the text, so a problem found in a
// parameter (a JSON path) can be shown at its place in the `*.pipeline.json` file.
import type { Range } from '../syntax/ast.js';
import { LineIndex } from '../syntax/line-index.js';
import type { JsonPath } from './parameters.js';

/** Where a JSON value sits in the text: UTF-16 offsets, end exclusive. */
export interface NodeBase {
  offset: number;
  endOffset: number;
}

/** One `"key": value` of a JSON object, with the key's place. */
export interface JsonProperty {
  key: string;
  keyOffset: number;
  keyEndOffset: number;
  value: JsonNode;
}

/** A parsed JSON value with its place in the text, by kind. */
export type JsonNode =
  | (NodeBase & { kind: 'object'; properties: JsonProperty[] })
  | (NodeBase & { kind: 'array'; items: JsonNode[] })
  | (NodeBase & { kind: 'string'; value: string })
  | (NodeBase & { kind: 'number'; value: number; raw: string })
  | (NodeBase & { kind: 'boolean'; value: boolean })
  | (NodeBase & { kind: 'null' });

/** Why a JSON text could not be read, or a repeated key, with its place. */
export interface JsonProblem {
  message: string;
  offset: number;
  endOffset: number;
  /** `syntax`: the text is not JSON; `duplicate-key`: JSON, but a key repeats (the last one counts, as in JSON.parse). */
  kind: 'syntax' | 'duplicate-key';
}

/** A parsed JSON document: the value as JSON.parse gives it, plus a way back from paths to ranges. */
export interface JsonDocument {
  text: string;
  root?: JsonNode;
  /** Equal to JSON.parse(text) when there is no syntax problem. */
  value?: unknown;
  problems: JsonProblem[];
  /** The range of the value at a path (`'key'`: of its property name), or the nearest enclosing one that exists. */
  rangeOf: (path: JsonPath, part?: 'value' | 'key') => Range;
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Far deeper than any parameters file; deeper input is refused, not recursed into. */
const MAX_DEPTH = 256;

class Reader {
  position = 0;
  private depth = 0;
  readonly problems: JsonProblem[] = [];

  constructor(private readonly text: string) {}

  document(): JsonNode {
    if (this.text.charCodeAt(0) === 0xfeff) this.position = 1;
    const node = this.value();
    this.skipSpace();
    if (this.position < this.text.length) this.fail('unexpected text after the JSON value');
    return node;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(message, this.position);
  }

  private skipSpace(): void {
    while (this.position < this.text.length && ' \t\n\r'.includes(this.text[this.position])) this.position++;
  }

  private value(): JsonNode {
    this.skipSpace();
    const start = this.position;
    const ch = this.text[this.position];
    if (ch === '{' || ch === '[') {
      // Objects and arrays recurse: a cap keeps `[[[[...` from overflowing the call stack.
      if (++this.depth > MAX_DEPTH) this.fail(`nested more than ${MAX_DEPTH} levels deep`);
      const node = ch === '{' ? this.object() : this.array();
      this.depth--;
      return node;
    }
    if (ch === '"') return { kind: 'string', value: this.string(), offset: start, endOffset: this.position };
    if (ch === '-' || (ch >= '0' && ch <= '9')) {
      const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(start));
      if (!match) this.fail('malformed number');
      this.position += match[0].length;
      return { kind: 'number', value: Number(match[0]), raw: match[0], offset: start, endOffset: this.position };
    }
    for (const [word, node] of [
      ['true', { kind: 'boolean', value: true }],
      ['false', { kind: 'boolean', value: false }],
      ['null', { kind: 'null' }],
    ] as const) {
      if (this.text.startsWith(word, start)) {
        this.position += word.length;
        return { ...node, offset: start, endOffset: this.position };
      }
    }
    this.fail(
      this.position >= this.text.length ? 'unexpected end of the file, a value was expected' : 'a value was expected',
    );
  }

  private object(): JsonNode {
    const start = this.position++;
    const properties: JsonProperty[] = [];
    const seen = new Set<string>();
    this.skipSpace();
    if (this.text[this.position] === '}') {
      this.position++;
      return { kind: 'object', properties, offset: start, endOffset: this.position };
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.position] !== '"') this.fail('a property name in double quotes was expected');
      const keyOffset = this.position;
      const key = this.string();
      const keyEndOffset = this.position;
      if (seen.has(key)) {
        this.problems.push({
          kind: 'duplicate-key',
          message: `"${key}" is given twice; the last one counts`,
          offset: keyOffset,
          endOffset: keyEndOffset,
        });
      }
      seen.add(key);
      this.skipSpace();
      if (this.text[this.position] !== ':') this.fail('":" was expected');
      this.position++;
      properties.push({ key, keyOffset, keyEndOffset, value: this.value() });
      this.skipSpace();
      const next = this.text[this.position++];
      if (next === '}') return { kind: 'object', properties, offset: start, endOffset: this.position };
      if (next !== ',') {
        this.position--;
        this.fail('"," or "}" was expected');
      }
    }
  }

  private array(): JsonNode {
    const start = this.position++;
    const items: JsonNode[] = [];
    this.skipSpace();
    if (this.text[this.position] === ']') {
      this.position++;
      return { kind: 'array', items, offset: start, endOffset: this.position };
    }
    for (;;) {
      items.push(this.value());
      this.skipSpace();
      const next = this.text[this.position++];
      if (next === ']') return { kind: 'array', items, offset: start, endOffset: this.position };
      if (next !== ',') {
        this.position--;
        this.fail('"," or "]" was expected');
      }
    }
  }

  /** Reads a string literal; JSON.parse decodes it, so the escapes mean exactly what JSON says. */
  private string(): string {
    const start = this.position++;
    for (;;) {
      if (this.position >= this.text.length) this.fail('unterminated string');
      const ch = this.text.charCodeAt(this.position);
      if (ch === 0x22 /* " */) break;
      if (ch < 0x20) this.fail('control character in a string (write it as an escape such as \\n)');
      this.position += ch === 0x5c /* \ */ ? 2 : 1;
    }
    this.position++;
    try {
      return JSON.parse(this.text.slice(start, this.position)) as string;
    } catch {
      this.position = start;
      this.fail('malformed escape in a string');
    }
  }
}

function plainValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.properties) {
        // Like JSON.parse, a later duplicate wins; defineProperty keeps `__proto__` an ordinary key.
        Object.defineProperty(out, property.key, {
          value: plainValue(property.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    case 'array':
      return node.items.map(plainValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/** Reads a JSON text (a UTF-8 BOM is skipped) and keeps the places of its values. */
export function parseJsonDocument(text: string): JsonDocument {
  const reader = new Reader(text);
  const lines = new LineIndex(text);
  let root: JsonNode | undefined;
  const problems: JsonProblem[] = [];
  try {
    root = reader.document();
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    problems.push({
      kind: 'syntax',
      message: error.message,
      offset: error.offset,
      endOffset: Math.min(error.offset + 1, text.length),
    });
  }
  problems.push(...reader.problems);

  const rangeOf = (path: JsonPath, part: 'value' | 'key' = 'value'): Range => {
    let node = root;
    let keySpan: [number, number] | undefined;
    for (const segment of path) {
      let next: JsonNode | undefined;
      keySpan = undefined;
      if (node?.kind === 'object' && typeof segment === 'string') {
        const property = [...node.properties].reverse().find((p) => p.key === segment);
        if (property) {
          next = property.value;
          keySpan = [property.keyOffset, property.keyEndOffset];
        }
      } else if (node?.kind === 'array' && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (!next) break;
      node = next;
    }
    if (part === 'key' && keySpan) return lines.range(keySpan[0], keySpan[1]);
    if (node) return lines.range(node.offset, node.endOffset);
    return lines.range(0, 0);
  };

  return {
    text,
    root,
    value: root && problems.every((p) => p.kind !== 'syntax') ? plainValue(root) : undefined,
    problems,
    rangeOf,
  };
}

// The test template of a pipeline (`TestContent`): run on a test instance after the build, written with the
// same commands as the build template, so it is linted with the same rules and sent after the same
// processing. It comes from one of two places:
//   - a file: `<name>.test.buildcontent` beside the template, or `buildcontent request --test <file>`;
//     its findings belong to that file;
//   - the parameters file: `"TestContent": "RUN ..."`; its findings are placed inside the JSON string, through
//     the escapes (`\n`, `\"`, `\u00e9`, surrogate pairs), and carry no fix (an edit of the decoded text is
//     not an edit of the JSON text).
// Both at once is an error of ours: which one the user meant is unknown.
import type { Diagnostic } from '../checks/diagnostic.js';
import { DOCS_PAGE_BASE, lint } from '../checks/registry.js';
import type { LintOptions } from '../options.js';
import type { JsonDocument, JsonNode } from '../request/json-locator.js';
import type { JsonPath } from '../request/parameters.js';
import { lintAsSent } from '../request/check-sent-text.js';
import { PARAMETER_RULE_ID, type ParameterDiagnostic } from '../request/validate-parameters.js';
import type { Range } from '../syntax/ast.js';
import { LineIndex } from '../syntax/line-index.js';
import { parse } from '../syntax/parse.js';

/** Our own code (the service documents no refusal): TestContent given by a test template and the parameters. */
export const TEST_CONTENT_TWICE_CODE = 'test-content-twice';

export interface TestContentResult {
  /** The TestContent the request carries (as sent: comment and blank lines dropped unless keepComments); undefined: none. */
  content?: string;
  /** Findings in the test template file (empty when TestContent is inline). */
  diagnostics: Diagnostic[];
  /** Findings of inline TestContent, placed inside its JSON string, and the conflict of both sources. */
  parameterDiagnostics: ParameterDiagnostic[];
}

export interface TestContentInput {
  /** The test template file's text, when there is one. */
  testTemplate?: string;
  /** The parameters after `--set` (TestContent may be inline there). */
  parameters: Record<string, unknown>;
  /** The parameters file as read, to place inline findings. */
  document?: JsonDocument;
  /** Whether a path's value came from `--set` (then nothing can be placed in the file). */
  isSet: (path: JsonPath) => boolean;
  /** Range of a path in the parameters file (or its start). */
  rangeOf: (path: JsonPath, part: 'value' | 'key') => Range;
  lint: LintOptions;
}

const PATH: JsonPath = ['TestContent'];

/** The string node of a top-level key in a parsed JSON document (the last one, as JSON.parse keeps). */
function stringNodeOf(document: JsonDocument | undefined, key: string): (JsonNode & { kind: 'string' }) | undefined {
  const root = document?.root;
  if (root?.kind !== 'object') return undefined;
  const property = [...root.properties].reverse().find((p) => p.key === key);
  return property?.value.kind === 'string' ? property.value : undefined;
}

/**
 * Where each UTF-16 unit of a JSON string's value starts in the JSON text: `starts[i]` for unit i, and
 * `starts[length]` the closing quote. An escape is one unit (`\n`, `\"`, `\u00e9`; a surrogate pair written
 * as two `\u` escapes is two units), any other character is itself.
 */
export function jsonStringOffsets(text: string, node: { offset: number; endOffset: number }): number[] {
  const starts: number[] = [];
  let at = node.offset + 1;
  const end = node.endOffset - 1;
  while (at < end) {
    starts.push(at);
    if (text.charCodeAt(at) !== 0x5c /* \ */) at += 1;
    else at += text[at + 1] === 'u' ? 6 : 2;
  }
  starts.push(end);
  return starts;
}

/** A range of the decoded string, moved into the JSON text around it. */
function placeInJson(range: Range, decoded: LineIndex, starts: number[], file: LineIndex): Range {
  const start = Math.min(decoded.offsetAt(range.start), starts.length - 1);
  const end = Math.min(decoded.offsetAt(range.end), starts.length - 1);
  return file.range(starts[start], end > start ? starts[end] : starts[start]);
}

/**
 * The test template's findings and the TestContent it sends: as for BuildContent, the text as sent is linted too,
 * and a suppressed refusal of the service still stops the request.
 */
function lintedAsSent(
  ast: ReturnType<typeof parse>,
  options: LintOptions,
): { content?: string; diagnostics: Diagnostic[] } {
  const findings = lint(ast, options);
  const { sent, diagnostics } = lintAsSent(ast, findings, options);
  return { content: sent.text === '' ? undefined : sent.text, diagnostics: [...findings, ...diagnostics] };
}

/** Lints the test template (file or inline) and gives the TestContent to send. */
export function testContentOf(input: TestContentInput): TestContentResult {
  const inline = input.parameters.TestContent;
  if (input.testTemplate !== undefined) {
    const ast = parse(input.testTemplate);
    const parameterDiagnostics: ParameterDiagnostic[] = [];
    if (inline !== undefined) {
      parameterDiagnostics.push({
        code: TEST_CONTENT_TWICE_CODE,
        severity: 'error',
        message: 'TestContent is given here and by the test template file: keep one (the file is sent)',
        range: input.rangeOf(PATH, 'key'),
        rule: PARAMETER_RULE_ID,
        href: `${DOCS_PAGE_BASE}/docs/test-templates.md#${TEST_CONTENT_TWICE_CODE}`,
        path: [...PATH],
        parameter: 'TestContent',
        origin: input.isSet(PATH) ? 'set' : 'file',
      });
    }
    const { content, diagnostics } = lintedAsSent(ast, input.lint);
    return { content, diagnostics, parameterDiagnostics };
  }
  // Not a string: the parameter checks report its type; nothing to lint or send.
  if (typeof inline !== 'string') return { diagnostics: [], parameterDiagnostics: [] };
  const ast = parse(inline);
  const set = input.isSet(PATH);
  const node = set ? undefined : stringNodeOf(input.document, 'TestContent');
  const decoded = new LineIndex(inline);
  const starts = node && input.document ? jsonStringOffsets(input.document.text, node) : undefined;
  const file = input.document ? new LineIndex(input.document.text) : undefined;
  const { content, diagnostics } = lintedAsSent(ast, input.lint);
  const parameterDiagnostics = diagnostics.map((finding): ParameterDiagnostic => {
    const { fix: _fix, suggestions: _suggestions, ...rest } = finding;
    return {
      ...rest,
      message: `TestContent line ${finding.range.start.line + 1}: ${finding.message}`,
      range: starts && file ? placeInJson(finding.range, decoded, starts, file) : input.rangeOf(PATH, 'value'),
      path: [...PATH],
      parameter: 'TestContent',
      origin: set ? 'set' : 'file',
    };
  });
  return { content, diagnostics: [], parameterDiagnostics };
}

// YAML component features as pure functions: completion, hover, definition, symbols; LF and CRLF.
import { describe, expect, it } from 'vitest';
import type { MarkupContent } from 'vscode-languageserver';
import {
  computeComponentCompletion,
  computeComponentDefinition,
  computeComponentHover,
} from '../src/features/component-yaml.js';
import { documentAt, LINE_ENDINGS, range } from '../../../test/kit/index.js';

const URI = 'file:///p/web.component.yaml';
const BASE =
  'Parameters:\n  port: {Type: Number}\nTasks:\n  - Name: first\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo\n';

describe.each(LINE_ENDINGS)('YAML component features ($name)', ({ eol }) => {
  it("completes the property keys of the task's action, without those already written", () => {
    const { document, position } = documentAt(`${BASE}      w<|>`, eol, URI);
    const items = computeComponentCompletion(document, position);
    expect(items.map((i) => i.label)).toEqual(['workingDir', 'username']);
    expect(items[0].textEdit).toEqual({ range: range(7, 6, 7, 7), newText: 'workingDir: ' });
  });
  it('completes {{ }} with parameters and the stdout of earlier RunShellCommand tasks', () => {
    const { document, position } = documentAt(
      `${BASE}  - Name: second\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo {{ <|>`,
      eol,
      URI,
    );
    expect(computeComponentCompletion(document, position).map((i) => i.label)).toEqual(['port', 'first.stdout']);
  });
  it('hovers an action with its properties, and an OSS bucket with the tag it needs', () => {
    const { document, position } = documentAt(BASE.replace('Action: Run', 'Action: R<|>un'), eol, URI);
    const hover = computeComponentHover(document, position);
    expect(hover?.range).toEqual(range(4, 12, 4, 27));
    expect((hover?.contents as MarkupContent).value).toContain(
      '| `commandContent` | String | yes | The shell command to run. |',
    );
    const oss = documentAt(
      'Tasks:\n  - Name: get\n    Action: OSSDownload\n    Properties:\n      bucket<|>Name: b\n',
      eol,
      URI,
    );
    expect((computeComponentHover(oss.document, oss.position)?.contents as MarkupContent).value).toContain(
      'allowImageBuilderAccess:true',
    );
  });
  it("goes from {{ first.stdout }} to the task's name", () => {
    const { document, position } = documentAt(
      `${BASE}  - Name: second\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo {{ fi<|>rst.stdout }}\n`,
      eol,
      URI,
    );
    expect(computeComponentDefinition(document, position)).toEqual([{ uri: URI, range: range(3, 10, 3, 15) }]);
  });
});

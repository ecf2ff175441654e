// COMPONENT-line features as pure functions, LF and CRLF: completion of --name, hover, definition.
import { readLocalComponent, type ComponentIndex } from '@buildcontent/core';
import { describe, expect, it } from 'vitest';
import type { MarkupContent } from 'vscode-languageserver';
import {
  computeComponentCallCompletion,
  computeComponentCallDefinition,
  computeComponentCallHover,
} from '../src/features/component-calls.js';
import { documentAt, LINE_ENDINGS, range } from '../../../test/kit/index.js';

const web = readLocalComponent(
  '/p/web.component.yaml',
  'Parameters:\n  port: {Type: Number}\n  tls: {Type: Boolean, DefaultValue: false}\nTasks:\n  - Name: a\n    Action: Reboot\n',
  '/p/web.component.json',
  '{ "Description": "The web server", "ComponentVersion": "1.2.0" }',
);
const index: ComponentIndex = {
  root: '/p',
  components: [web],
  ids: { 'ic-bp1web': '/p/web.component.yaml' },
  problems: [],
};
const ARN = 'acs:ecs:cn-hangzhou:1:imagecomponent/web/1.*.*';

describe.each(LINE_ENDINGS)('COMPONENT-line features ($name)', ({ eol }) => {
  it('completes the parameters not yet passed, required first, after a continuation too', () => {
    const { document, position } = documentAt(`RUN a\nCOMPONENT ${ARN} --tls true \\\n  --<|>`, eol);
    const items = computeComponentCallCompletion(document, position, index);
    expect(items.map((i) => [i.label, i.detail])).toEqual([['--port', 'Number, required']]);
    expect(items[0].textEdit).toEqual({ range: range(2, 2, 2, 4), newText: '--port ' });
  });
  it('offers nothing on the reference itself, or for a component of no project file', () => {
    const onReference = documentAt('COMPONENT ic-bp1w<|>eb', eol);
    expect(computeComponentCallCompletion(onReference.document, onReference.position, index)).toEqual([]);
    const other = documentAt('COMPONENT ic-other <|>', eol);
    expect(computeComponentCallCompletion(other.document, other.position, index)).toEqual([]);
  });
  it('hovers the reference: the component, or why it is not found', () => {
    const { document, position } = documentAt(`RUN a\nCOMPONENT ic-b<|>p1web --port 1`, eol);
    const hover = computeComponentCallHover(document, position, index);
    expect(hover?.range).toEqual(range(1, 10, 1, 19));
    expect((hover?.contents as MarkupContent).value).toContain('**web** 1.2.0 (Build component, YAML, Linux)');
    const missing = documentAt('COMPONENT ic-nowh<|>ere', eol);
    expect(
      (computeComponentCallHover(missing.document, missing.position, index)?.contents as MarkupContent).value,
    ).toContain('is not a component of this project (`/p`)');
  });
  it('goes to the component file', () => {
    const { document, position } = documentAt(`COMPONENT ${ARN.replace('web/', 'w<|>eb/')}`, eol);
    expect(computeComponentCallDefinition(document, position, index)).toEqual([
      { uri: 'file:///p/web.component.yaml', range: range(0, 0, 0, 0) },
    ]);
  });
});

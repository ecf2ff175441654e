// Component files and COMPONENT lines over the wire: diagnostics, completion, hover, definition, symbols
// and references, for a small project on disk (a YAML component opened with the language id VS Code sends).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  ExecuteCommandRequest,
  type CodeAction,
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  ReferencesRequest,
  type CompletionItem,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, requireBuiltServer } from './lsp-client.js';

const COMPONENT = [
  'Parameters:',
  '  port: {Type: Number}',
  '  tls: {Type: Boolean, DefaultValue: false}',
  'Tasks:',
  '  - Name: install',
  '    Action: RunShellComand',
  '    Properties:',
  '      commandContent: serve --port {{ port }}',
  '',
].join('\r\n');
const TEMPLATE = 'COMPONENT acs:ecs:cn-hangzhou:1:imagecomponent/web/1.0.* --tls maybe \nRUN echo done\n';

describe('components over stdio', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bc-components-'));
  const componentUri = pathToFileURL(join(dir, 'web.component.yaml')).href;
  const templateUri = pathToFileURL(join(dir, 'app.buildcontent')).href;
  let client: LspTestClient;

  beforeAll(async () => {
    requireBuiltServer();
    writeFileSync(join(dir, '.buildcontentrc.json'), '{}');
    writeFileSync(join(dir, 'web.component.yaml'), COMPONENT.replace('RunShellComand', 'RunShellCommand'));
    writeFileSync(
      join(dir, 'web.component.json'),
      '{ "RegionId": "cn-hangzhou", "ComponentVersion": "1.0.2", "Description": "The web server" }',
    );
    writeFileSync(join(dir, 'app.buildcontent'), TEMPLATE);
    writeFileSync(join(dir, 'setup.component.buildcontent'), 'RUN yum update -y\n');
    writeFileSync(join(dir, 'setup.component.json'), '{ "RegionId": "cn-hangzhou", "ComponentVersion": "2.0.0" }');
    client = await LspTestClient.start();
    await client.open(componentUri, COMPONENT, 'yaml');
    await client.open(templateUri, TEMPLATE);
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  const textDocument = (uri: string) => ({ uri });
  const markdown = (hover: { contents: unknown } | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';

  it('a YAML component gets the component rules (exact range), not the template rules', async () => {
    const published = await client.waitForDiagnostics(componentUri);
    // The service's code; the link names the rule that found it.
    expect(
      published.diagnostics.map((d) => [d.code, d.range, d.severity, d.codeDescription?.href.split('/').pop()]),
    ).toEqual([
      [
        'InvalidParameter.Content',
        { start: { line: 5, character: 12 }, end: { line: 5, character: 26 } },
        1,
        'component-action.md',
      ],
    ]);
  });

  it("a template's COMPONENT line is checked against the component it calls", async () => {
    const published = await client.waitForDiagnostics(templateUri);
    expect(published.diagnostics.map((d) => [d.code, d.range])).toEqual([
      ['component-call-missing-parameter', { start: { line: 0, character: 10 }, end: { line: 0, character: 56 } }],
      ['component-call-parameter-value', { start: { line: 0, character: 63 }, end: { line: 0, character: 68 } }],
    ]);
  });

  it('completes actions, property keys and {{ }} parameters in the YAML component', async () => {
    const actions = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: textDocument(componentUri),
      position: { line: 5, character: 16 },
    })) as CompletionItem[];
    expect(actions.map((item) => item.label)).toContain('RunShellCommand');
    const parameters = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: textDocument(componentUri),
      position: { line: 7, character: 38 },
    })) as CompletionItem[];
    expect(parameters.map((item) => item.label)).toEqual(['port', 'tls']);
  });

  it('completes the --name parameters of the called component on a COMPONENT line', async () => {
    const items = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: textDocument(templateUri),
      position: { line: 0, character: 69 },
    })) as CompletionItem[];
    expect(items.map((item) => [item.label, item.detail])).toEqual([['--port', 'Number, required']]);
  });

  it("hovers: a {{ }} parameter, and a COMPONENT reference with the component's description and parameters", async () => {
    const parameter = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: textDocument(componentUri),
      position: { line: 7, character: 39 },
    });
    expect(markdown(parameter)).toBe('**port**: Number, required: templates pass it as `--port <value>`');
    const reference = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: textDocument(templateUri),
      position: { line: 0, character: 20 },
    });
    expect(markdown(reference)).toContain('**web** 1.0.2 (Build component, YAML, Linux)');
    expect(markdown(reference)).toContain('The web server');
    expect(markdown(reference)).toContain('| `--port` | Number | required |');
    expect(reference?.range).toEqual({ start: { line: 0, character: 10 }, end: { line: 0, character: 56 } });
  });

  it('goes to definition: the component file from a COMPONENT line, the parameter from {{ port }}', async () => {
    const toFile = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: textDocument(templateUri),
      position: { line: 0, character: 30 },
    })) as Location[];
    expect(toFile).toEqual([
      { uri: componentUri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
    ]);
    const toParameter = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: textDocument(componentUri),
      position: { line: 7, character: 39 },
    })) as Location[];
    expect(toParameter).toEqual([
      { uri: componentUri, range: { start: { line: 1, character: 2 }, end: { line: 1, character: 6 } } },
    ]);
  });

  it('lists parameters and tasks as document symbols', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: textDocument(componentUri),
    })) as DocumentSymbol[];
    expect(symbols.map((s) => [s.name, s.detail, s.selectionRange.start.line])).toEqual([
      ['port', 'Number', 1],
      ['tls', 'Boolean', 2],
      ['install', 'RunShellComand', 4],
    ]);
  });

  it('finds the templates that call a component', async () => {
    const references = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: textDocument(componentUri),
      position: { line: 0, character: 0 },
      context: { includeDeclaration: false },
    })) as Location[];
    expect(references).toEqual([
      { uri: templateUri, range: { start: { line: 0, character: 10 }, end: { line: 0, character: 56 } } },
    ]);
  });

  it('emits the CreateImageComponent request of a component file, and says why not while errors stand', async () => {
    const setupUri = pathToFileURL(join(dir, 'setup.component.buildcontent')).href;
    await client.open(setupUri, 'RUN yum update -y\n');
    const text = (await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'buildcontent.emitRequest',
      arguments: [{ uri: setupUri, format: 'json' }],
    })) as string;
    expect(JSON.parse(text)).toEqual({
      Action: 'CreateImageComponent',
      Version: '2014-05-26',
      RegionId: 'cn-hangzhou',
      Content: 'RUN yum update -y',
      ComponentVersion: '2.0.0',
    });
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: textDocument(componentUri),
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.emitRequest.json'] },
    })) as CodeAction[];
    expect(actions.map((a) => [a.title, a.disabled?.reason])).toEqual([
      [
        'Emit CreateImageComponent request (JSON)',
        expect.stringContaining('Errors stand in the component, line 6: "RunShellComand" is not an action'),
      ],
    ]);
  });
});

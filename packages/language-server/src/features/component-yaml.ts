// Editor features on YAML components: completion (actions, property keys, parameter names in `{{ }}`),
// hover (action and property docs, parameters), definition (`{{ x }}` -> its declaration, `{{ t.stdout }}`
// -> the task) and document symbols (parameters and tasks).
import {
  COMPONENT_ACTIONS,
  actionNamed,
  parseYamlComponent,
  type ComponentTask,
  type YamlComponent,
} from '@buildcontent/core';
import {
  CompletionItemKind,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type DocumentSymbol,
  type Hover,
  type Location,
  type Position,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const cache = new WeakMap<TextDocument, { version: number; text: string; model: YamlComponent }>();

/** The parsed component of a document version (shared by the features asked about one version). */
function yamlComponentOf(document: TextDocument): YamlComponent {
  const text = document.getText();
  const cached = cache.get(document);
  if (cached && cached.version === document.version && cached.text === text) return cached.model;
  const model = parseYamlComponent(text);
  cache.set(document, { version: document.version, text, model });
  return model;
}

const inSpan = (span: { offset: number; endOffset: number }, offset: number) =>
  span.offset <= offset && offset <= span.endOffset;

function taskAt(model: YamlComponent, offset: number): ComponentTask | undefined {
  // The last task that starts before the cursor: while typing, a task's span may not reach the cursor yet.
  return [...model.tasks].reverse().find((task) => task.span.offset <= offset);
}

function actionMarkdown(name: string): string | undefined {
  const action = actionNamed(name);
  if (!action) return undefined;
  const rows = action.properties.map((p) => `| \`${p.name}\` | ${p.type} | ${p.required ? 'yes' : 'no'} | ${p.doc} |`);
  return [
    `**${action.name}**${action.system ? ` (${action.system} only)` : ''}`,
    '',
    action.doc,
    '',
    '| property | type | required | |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function computeComponentCompletion(document: TextDocument, position: Position): CompletionItem[] {
  const model = yamlComponentOf(document);
  const offset = document.offsetAt(position);
  const at = document.positionAt(offset); // a position past the line's end counts as its end
  const lineStart = document.offsetAt({ line: at.line, character: 0 });
  const before = document.getText().slice(lineStart, offset);
  const word = /[\w.-]*$/.exec(before)![0];
  const replace = { start: { line: at.line, character: at.character - word.length }, end: at };

  // {{ name }}: declared parameters, and the stdout of earlier tasks that have one.
  const open = before.lastIndexOf('{{');
  if (open >= 0 && before.indexOf('}}', open) === -1) {
    const task = taskAt(model, offset);
    const earlier = model.tasks.filter(
      (t) =>
        task &&
        t.index < task.index &&
        typeof t.name?.value === 'string' &&
        actionNamed(String(t.action?.value))?.stdout,
    );
    return [
      ...model.parameters.map((p) => ({
        label: p.name,
        kind: CompletionItemKind.Variable,
        detail: `parameter${p.type ? `: ${String(p.type.value)}` : ''}`,
        textEdit: { range: replace, newText: p.name },
      })),
      ...earlier.map((t) => ({
        label: `${String(t.name!.value)}.stdout`,
        kind: CompletionItemKind.Field,
        detail: `output of ${String(t.action!.value)}`,
        textEdit: { range: replace, newText: `${String(t.name!.value)}.stdout` },
      })),
    ];
  }
  if (/^\s*(-\s+)?Action:\s*[\w]*$/.test(before)) {
    return COMPONENT_ACTIONS.map((action) => ({
      label: action.name,
      kind: CompletionItemKind.EnumMember,
      documentation: { kind: MarkupKind.Markdown, value: actionMarkdown(action.name)! },
      textEdit: { range: replace, newText: action.name },
    }));
  }
  const task = taskAt(model, offset);
  if (task?.properties && offset > task.properties.keySpan.endOffset && /^\s+\w*$/.test(before)) {
    const action = actionNamed(String(task.action?.value));
    const written = new Set(task.propertyEntries.map((entry) => entry.key));
    return (action?.properties ?? [])
      .filter((p) => !written.has(p.name) || p.name === word)
      .map((p) => ({
        label: p.name,
        kind: CompletionItemKind.Property,
        detail: `${p.type}${p.required ? ', required' : ''}`,
        documentation: p.doc,
        textEdit: { range: replace, newText: `${p.name}: ` },
      }));
  }
  return [];
}

export function computeComponentHover(document: TextDocument, position: Position): Hover | null {
  const model = yamlComponentOf(document);
  const offset = document.offsetAt(position);
  for (const task of model.tasks) {
    if (task.action && inSpan(task.action.valueSpan, offset) && typeof task.action.value === 'string') {
      const value = actionMarkdown(task.action.value);
      if (value) return { contents: { kind: MarkupKind.Markdown, value }, range: task.action.valueSpan.range };
    }
    const action = actionNamed(String(task.action?.value));
    for (const entry of task.propertyEntries) {
      const property = action?.properties.find((p) => p.name === entry.key);
      if (property && inSpan(entry.keySpan, offset)) {
        const note =
          action!.ossBucket && property.name === 'bucketName'
            ? `\n\nThe bucket must carry the tag \`allowImageBuilderAccess:true\`.`
            : '';
        return {
          contents: {
            kind: MarkupKind.Markdown,
            value: `**${property.name}** (${property.type}${property.required ? ', required' : ''}) of ${action!.name}\n\n${property.doc}${note}`,
          },
          range: entry.keySpan.range,
        };
      }
    }
  }
  const reference = model.references.find((r) => inSpan(r, offset));
  const parameter = reference && model.parameters.find((p) => p.name === reference.name);
  if (reference && parameter) {
    const type = parameter.type ? String(parameter.type.value) : 'no Type';
    const fallback = parameter.defaultValue
      ? `default ${JSON.stringify(parameter.defaultValue.value)}`
      : 'required: templates pass it as `--' + parameter.name + ' <value>`';
    return {
      contents: { kind: MarkupKind.Markdown, value: `**${parameter.name}**: ${type}, ${fallback}` },
      range: reference.range,
    };
  }
  return null;
}

export function computeComponentDefinition(document: TextDocument, position: Position): Location[] {
  const model = yamlComponentOf(document);
  const offset = document.offsetAt(position);
  const reference = model.references.find((r) => inSpan(r, offset));
  if (!reference) return [];
  if (reference.task === undefined) {
    const parameter = model.parameters.find((p) => p.name === reference.name);
    return parameter ? [{ uri: document.uri, range: parameter.nameSpan.range }] : [];
  }
  const task = model.tasks.find((t) => t.name?.value === reference.task);
  return task?.name ? [{ uri: document.uri, range: task.name.valueSpan.range }] : [];
}

export function computeComponentSymbols(document: TextDocument): DocumentSymbol[] {
  const model = yamlComponentOf(document);
  const symbols: DocumentSymbol[] = model.parameters.map((p) => ({
    name: p.name,
    detail: p.type ? String(p.type.value) : undefined,
    kind: SymbolKind.Variable,
    range: { start: p.nameSpan.range.start, end: p.valueSpan.range.end },
    selectionRange: p.nameSpan.range,
  }));
  for (const task of model.tasks) {
    if (!task.isMap) continue;
    const name = typeof task.name?.value === 'string' ? task.name.value : `task ${task.index + 1}`;
    symbols.push({
      name,
      detail: typeof task.action?.value === 'string' ? task.action.value : undefined,
      kind: SymbolKind.Function,
      range: task.span.range,
      selectionRange: task.name?.node ? task.name.valueSpan.range : task.span.range,
    });
  }
  return symbols;
}

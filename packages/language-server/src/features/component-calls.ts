// Editor features on a template's COMPONENT lines, from the component each resolves to: completion of
// `--name` parameters, hover (description and parameters, or why nothing was found), definition (the
// component file), and references from a component file to the templates that call it.
import {
  componentCallsOf,
  componentFormatOf,
  joinPath,
  parse,
  readTextFile,
  resolveComponent,
  TEMPLATE_EXTENSIONS,
  type ComponentCommand,
  type ComponentIndex,
  type FileSystemProvider,
  type LocalComponent,
} from '@buildcontent/core';
import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type Hover,
  type Location,
  type Position,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commandForArguments, templateOf, touches } from '../document.js';
import { uriOf } from '../workspace-files.js';

function componentCommandAt(document: TextDocument, offset: number): ComponentCommand | undefined {
  const command = commandForArguments(templateOf(document), offset);
  return command?.kind === 'COMPONENT' ? command : undefined;
}

function componentMarkdown(component: LocalComponent): string {
  const rows = component.parameters.map(
    (p) =>
      `| \`--${p.name}\` | ${p.type ?? '?'} | ${p.optional ? `default ${JSON.stringify(p.defaultValue)}` : 'required'} |`,
  );
  return [
    `**${component.name}**${component.version ? ` ${component.version}` : ''} (${component.componentType} component, ${component.format === 'yaml' ? 'YAML' : 'Dockerfile format'}, ${component.systemType})`,
    ...(component.description ? ['', component.description] : []),
    ...(rows.length
      ? ['', '| parameter | type | |', '|---|---|---|', ...rows]
      : ['', component.format === 'yaml' ? 'No parameters.' : 'Dockerfile format: no parameters.']),
    '',
    `Defined in \`${component.path}\`.`,
  ].join('\n');
}

export function computeComponentCallHover(
  document: TextDocument,
  position: Position,
  index: ComponentIndex,
): Hover | null {
  const offset = document.offsetAt(position);
  const command = componentCommandAt(document, offset);
  if (!command?.reference || !touches(command.reference, offset)) return null;
  const component = resolveComponent(command.reference, index);
  const value = component
    ? componentMarkdown(component)
    : `\`${command.reference.text}\` is not a component of this project${index.root ? ` (\`${index.root}\`)` : ''}: it is not checked here, and may exist only in the cloud. ${command.reference.type === 'id' ? 'Map the id to its file under `components` in `.buildcontentrc.json`.' : 'A local component is found by the Name of its .component.json, else its file name, and its ComponentVersion.'}`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: command.reference.range };
}

export function computeComponentCallCompletion(
  document: TextDocument,
  position: Position,
  index: ComponentIndex,
): CompletionItem[] {
  const offset = document.offsetAt(position);
  const command = componentCommandAt(document, offset);
  if (!command?.reference || offset <= command.reference.endOffset) return [];
  const component = resolveComponent(command.reference, index);
  if (!component) return [];
  const at = document.positionAt(offset); // a position past the line's end counts as its end
  const before = document.getText().slice(document.offsetAt({ line: at.line, character: 0 }), offset);
  const word = /\S*$/.exec(before)![0];
  if (word !== '' && !word.startsWith('-')) return [];
  const passed = new Set(command.parameters.map((p) => p.name));
  const range = { start: { line: at.line, character: at.character - word.length }, end: at };
  return component.parameters
    .filter((p) => !passed.has(p.name) || `--${p.name}` === word)
    .map((p) => ({
      label: `--${p.name}`,
      kind: CompletionItemKind.Property,
      detail: `${p.type ?? '?'}${p.optional ? `, default ${JSON.stringify(p.defaultValue)}` : ', required'}`,
      sortText: `${p.optional ? 1 : 0}${p.name}`,
      textEdit: { range, newText: `--${p.name} ` },
    }));
}

export function computeComponentCallDefinition(
  document: TextDocument,
  position: Position,
  index: ComponentIndex,
): Location[] {
  const offset = document.offsetAt(position);
  const command = componentCommandAt(document, offset);
  if (!command?.reference || !touches(command.reference, offset)) return [];
  const component = resolveComponent(command.reference, index);
  return component
    ? [{ uri: uriOf(component.path), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]
    : [];
}

/** The template files of a project (not component files), as the CLI walks them. */
async function templateFiles(fs: FileSystemProvider, dir: string, depth = 0): Promise<string[]> {
  if (depth > 8) return [];
  const out: string[] = [];
  for (const entry of await fs.readDirectory(dir).catch(() => [])) {
    const path = joinPath(dir, entry.name);
    if (entry.type === 'directory' && !entry.name.startsWith('.') && entry.name !== 'node_modules')
      out.push(...(await templateFiles(fs, path, depth + 1)));
    else if (
      entry.type === 'file' &&
      !componentFormatOf(entry.name) &&
      TEMPLATE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))
    )
      out.push(path);
  }
  return out;
}

/** Every COMPONENT reference in the project's templates that names the component at `componentPath`. */
export async function computeComponentReferences(
  fs: FileSystemProvider,
  componentPath: string,
  index: ComponentIndex,
): Promise<Location[]> {
  if (!index.root) return [];
  const out: Location[] = [];
  for (const path of (await templateFiles(fs, index.root)).sort()) {
    const { text } = await readTextFile(fs, path, 1024 * 1024);
    if (text === undefined) continue;
    for (const { command, component } of componentCallsOf(parse(text), index)) {
      if (component.path === componentPath) out.push({ uri: uriOf(path), range: command.reference!.range });
    }
  }
  return out;
}

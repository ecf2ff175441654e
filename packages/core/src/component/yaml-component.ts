// A YAML component (spec §3) read with the `yaml` package's document API, which keeps every node's
// source offsets: each part the checks, hover and completion need has its exact range. Syntax errors
// are collected, never thrown; what could be read is still modelled.
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Range } from '../syntax/ast.js';
import { LineIndex } from '../syntax/line-index.js';

/** A place in a YAML component file, as offsets. */
export interface YamlSpan {
  offset: number;
  endOffset: number;
  range: Range;
}

/** A `key: value` entry of a mapping. */
export interface YamlEntry {
  key: string;
  keySpan: YamlSpan;
  /** The value's node (undefined for `key:` with nothing after it). */
  node?: Node;
  /** The value as plain data (`null` for `key:` with nothing after it). */
  value: unknown;
  valueSpan: YamlSpan;
}

/** One entry of a YAML component's `Parameters` map, with the places of its name, `Type` and `DefaultValue`. */
export interface ComponentParameterDeclaration {
  name: string;
  nameSpan: YamlSpan;
  entries: YamlEntry[];
  /** `Type` as written (checked by the parameters rule). */
  type?: YamlEntry;
  defaultValue?: YamlEntry;
  /** The declaration's value is a mapping (`{ Type: String }`). */
  isMap: boolean;
  valueSpan: YamlSpan;
}

/** One task of a YAML component: its name, action and properties, with their places. */
export interface ComponentTask {
  index: number;
  span: YamlSpan;
  isMap: boolean;
  entries: YamlEntry[];
  name?: YamlEntry;
  action?: YamlEntry;
  properties?: YamlEntry;
  /** The entries of `Properties` when it is a mapping. */
  propertyEntries: YamlEntry[];
}

/** `{{ name }}` or `{{ task.stdout }}` inside a task's Properties. */
export interface PlaceholderReference extends YamlSpan {
  /** The text between the braces, trimmed. */
  name: string;
  /** The span of that text. */
  nameSpan: YamlSpan;
  /** `task` in `{{ task.stdout }}`. */
  task?: string;
  /** `stdout` in `{{ task.stdout }}`. */
  field?: string;
  /** The task whose Properties hold the reference. */
  taskIndex: number;
}

/** A YAML component file as read: its parameters, tasks, references and syntax problems, with their places. */
export interface YamlComponent {
  text: string;
  lines: LineIndex;
  syntaxProblems: Array<YamlSpan & { message: string }>;
  /** Nothing but blanks and comments. */
  empty: boolean;
  /** The top level when it is a mapping. */
  topLevel?: YamlEntry[];
  /** The span of the top-level node when it is not a mapping. */
  notAMapping?: YamlSpan;
  parametersEntry?: YamlEntry;
  parameters: ComponentParameterDeclaration[];
  tasksEntry?: YamlEntry;
  tasks: ComponentTask[];
  references: PlaceholderReference[];
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** Reads a YAML component file; never throws: syntax problems are in the result. */
export function parseYamlComponent(text: string): YamlComponent {
  const lines = new LineIndex(text);
  const span = (offset: number, endOffset: number): YamlSpan => ({
    offset,
    endOffset,
    range: lines.range(offset, endOffset),
  });
  const nodeSpan = (node: Node | null | undefined, fallback: number): YamlSpan => {
    if (!node?.range) return span(fallback, fallback);
    // A block collection's range runs over its last line break: end at its last character.
    let end = node.range[1];
    while (end > node.range[0] && /\s/.test(text[end - 1])) end--;
    return span(node.range[0], end);
  };

  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: false });
  const syntaxProblems = document.errors.map((error) => {
    const [start, end] = error.pos;
    // One line: the package's message without its trailing location text.
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { ...span(start, Math.max(start, Math.min(end, text.length))), message };
  });

  const entriesOf = (node: Node): YamlEntry[] => {
    if (!isMap(node)) return [];
    return node.items.map((pair: Pair) => {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
      const keySpan = nodeSpan(keyNode, 0);
      const valueNode = (pair.value ?? undefined) as Node | undefined;
      const hasValue =
        valueNode?.range &&
        !(isScalar(valueNode) && valueNode.value === null && valueNode.range[0] === valueNode.range[1]);
      return {
        key,
        keySpan,
        node: hasValue ? valueNode : undefined,
        value: hasValue ? (valueNode.toJSON() as unknown) : null,
        valueSpan: hasValue ? nodeSpan(valueNode, keySpan.endOffset) : span(keySpan.offset, keySpan.endOffset),
      };
    });
  };
  const find = (entries: YamlEntry[], key: string) => entries.find((entry) => entry.key === key);

  const contents = document.contents as Node | null;
  const empty =
    contents === null || (isScalar(contents) && contents.value === null && contents.range?.[0] === contents.range?.[1]);
  const component: YamlComponent = { text, lines, syntaxProblems, empty, parameters: [], tasks: [], references: [] };
  if (empty || !contents) return component;
  if (!isMap(contents)) {
    component.notAMapping = nodeSpan(contents, 0);
    return component;
  }
  const topLevel = entriesOf(contents);
  component.topLevel = topLevel;

  component.parametersEntry = find(topLevel, 'Parameters');
  if (component.parametersEntry?.node && isMap(component.parametersEntry.node)) {
    for (const entry of entriesOf(component.parametersEntry.node)) {
      const entries = entry.node && isMap(entry.node) ? entriesOf(entry.node) : [];
      component.parameters.push({
        name: entry.key,
        nameSpan: entry.keySpan,
        entries,
        type: find(entries, 'Type'),
        defaultValue: find(entries, 'DefaultValue'),
        isMap: Boolean(entry.node && isMap(entry.node)),
        valueSpan: entry.valueSpan,
      });
    }
  }

  component.tasksEntry = find(topLevel, 'Tasks');
  const tasksNode = component.tasksEntry?.node;
  if (tasksNode && isSeq(tasksNode)) {
    tasksNode.items.forEach((item, index) => {
      const node = item as Node;
      const entries = isMap(node) ? entriesOf(node) : [];
      const properties = find(entries, 'Properties');
      const task: ComponentTask = {
        index,
        span: nodeSpan(node, tasksNode.range?.[0] ?? 0),
        isMap: isMap(node),
        entries,
        name: find(entries, 'Name'),
        action: find(entries, 'Action'),
        properties,
        propertyEntries: properties?.node && isMap(properties.node) ? entriesOf(properties.node) : [],
      };
      component.tasks.push(task);
      if (properties?.node) collectReferences(properties.valueSpan, index);
    });
  }
  return component;

  function collectReferences(within: YamlSpan, taskIndex: number): void {
    // The source text, not the parsed value: offsets stay exact through quotes, escapes and block scalars.
    const source = text.slice(within.offset, within.endOffset);
    for (const match of source.matchAll(PLACEHOLDER)) {
      const offset = within.offset + match.index;
      const inner = match[1];
      const name = inner.trim();
      const nameOffset = offset + 2 + (inner.length - inner.trimStart().length);
      const dot = name.indexOf('.');
      component.references.push({
        ...span(offset, offset + match[0].length),
        name,
        nameSpan: span(nameOffset, nameOffset + name.length),
        task: dot >= 0 ? name.slice(0, dot) : undefined,
        field: dot >= 0 ? name.slice(dot + 1) : undefined,
        taskIndex,
      });
    }
  }
}

/** A plain string for messages: a task's name when it is a string. */
export function taskLabel(task: ComponentTask): string {
  return typeof task.name?.value === 'string' ? JSON.stringify(task.name.value) : `#${task.index + 1}`;
}

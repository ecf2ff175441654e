// Hover: what a command does, its forms and the service's rules, with a link to the service documentation;
// what an ENV or LABEL key sets, the value a `$VAR` has at that point, and what a COMPONENT `--name` passes.
import type {
  ComponentCommand,
  ComponentParameter,
  ComponentReference,
  FromCommand,
  KeyValuePair,
  PairCommand,
  Position,
  Template,
} from '@buildcontent/core';
import { MarkupKind, type Hover, type MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commandReference, CREATE_IMAGE_PIPELINE_DOC_URL, type CommandReference } from '../command-reference.js';
import { commandAt, templateOf, touches } from '../document.js';
import { DESCRIBE_IMAGE_COMPONENTS_URL } from './document-links.js';
import { variableUseAt, variablesBefore } from './variables.js';

export interface HoverOptions {
  /** The client renders Markdown (`hover.contentFormat` lists it). Default true. */
  markdown?: boolean;
}

function commandMarkdown(info: CommandReference): string {
  const forms = info.forms.map((form) => form.label).join('\n');
  const rules = info.rules.map((rule) => `- ${rule}`).join('\n');
  const deprecated = info.deprecated ? ' *(deprecated)*' : '';
  return `**${info.keyword}**${deprecated}: ${info.summary}\n\n\`\`\`buildcontent\n${forms}\n\`\`\`\n\n${rules}\n\n[Documentation](${info.docUrl})`;
}

const SOURCE_TYPES: Record<string, string> = {
  IMAGE: '`IMAGE`: the source is an image, named by its ID (`m-...`).',
  IMAGE_FAMILY: '`IMAGE_FAMILY`: the source is the newest image of an image family, named by the family.',
};

function sourceTypeMarkdown(from: FromCommand): string | undefined {
  const type = from.sourceType?.text.toUpperCase();
  if (!type) return undefined;
  const known = SOURCE_TYPES[type];
  const body = known ?? `\`${from.sourceType!.text}\` is not a source type: use \`IMAGE\` or \`IMAGE_FAMILY\`.`;
  return `${body}\n\nSame meaning as the request's \`BaseImageType\`.\n\n[Documentation](${CREATE_IMAGE_PIPELINE_DOC_URL})`;
}

/** Said plainly: there is no page per component to link to, only the API that looks components up. */
function lookupHint(filter: string): string {
  return `No page shows a single component: look it up with the API reference's [DescribeImageComponents](${DESCRIBE_IMAGE_COMPONENTS_URL}) (${filter}).`;
}

function referenceMarkdown(reference: ComponentReference): string | undefined {
  if (reference.type === 'id') {
    return `Image component \`${reference.text}\`, referred to by ID.\n\n${lookupHint(`\`ImageComponentId\` = \`${reference.text}\` and your region`)}`;
  }
  if (reference.type === 'arn' && reference.arn) {
    const { region, account, name, version } = reference.arn;
    return `Image component **${name}**, version \`${version}\`\n\n- region: \`${region}\`\n- account: \`${account}\`\n\n${lookupHint(`\`RegionId\` = \`${region}\`, \`Name\` = \`${name}\``)}`;
  }
  return undefined;
}

/** A value as inline code; an empty one said in words. */
function shown(value: string | undefined): string {
  if (value === undefined || value === '') return '*(empty)*';
  const fence = value.includes('`') ? '``' : '`';
  return `${fence}${value.replace(/\s+/g, ' ')}${fence}`;
}

function pairMarkdown(template: Template, command: PairCommand, pair: KeyValuePair): string {
  const name = pair.key.value;
  if (command.kind === 'LABEL')
    return `**LABEL** \`${name}\` = ${shown(pair.value?.value)}\n\nTemplate metadata: a key-value pair recorded with the template.`;
  const earlier = variablesBefore(template, command.offset + 1).get(name);
  const overrides = earlier
    ? `\n\nReplaces the value set on line ${earlier.range.start.line + 1} (${shown(earlier.value?.value)}).`
    : '';
  return `**ENV** \`${name}\` = ${shown(pair.value?.value)}\n\nAn environment variable of the build instance, for the commands that follow: the shell expands \`$${name}\` and \`\${${name}}\`.${overrides}`;
}

function variableMarkdown(template: Template, offset: number, name: string): string {
  const pair = variablesBefore(template, offset).get(name);
  if (!pair)
    return `\`$${name}\` is not set by an ENV above this line: its value comes from the build instance's shell, if it has one.`;
  return `\`$${name}\` = ${shown(pair.value?.value)}\n\nSet by ENV on line ${pair.range.start.line + 1}.`;
}

function parameterMarkdown(template: Template, command: ComponentCommand, parameter: ComponentParameter): string {
  const component = command.reference ? ` of component \`${command.reference.text}\`` : '';
  const elsewhere = new Set<string>();
  for (const other of template.commands) {
    if (other === command || other.kind !== 'COMPONENT' || other.reference?.text !== command.reference?.text) continue;
    for (const used of other.parameters) if (used.name === parameter.name && used.value) elsewhere.add(used.value.text);
  }
  const also =
    elsewhere.size > 0 ? `\n\nAlso passed elsewhere in this template: ${[...elsewhere].map(shown).join(', ')}.` : '';
  return `Parameter \`${parameter.name}\`${component} = ${shown(parameter.value?.text)}\n\nPassed to the component's \`Parameters\` (YAML components); a parameter without a \`DefaultValue\` must be passed.${also}`;
}

/** Markdown reduced to plain text for clients that cannot render it. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/```[a-z]*\n/g, '')
    .replace(/```/g, '')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1: $2')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1');
}

export function computeHover(document: TextDocument, position: Position, options: HoverOptions = {}): Hover | null {
  const template = templateOf(document);
  const offset = document.offsetAt(position);
  const command = commandAt(template, offset);
  if (!command) return null;
  let markdown: string | undefined;
  let node: { range: Hover['range'] } | undefined;
  if (touches(command.keywordNode, offset)) {
    const info = commandReference(command.keyword);
    if (info) {
      markdown = commandMarkdown(info);
      node = command.keywordNode;
    }
  } else if (command.kind === 'FROM' && command.sourceType && touches(command.sourceType, offset)) {
    markdown = sourceTypeMarkdown(command);
    node = command.sourceType;
  } else if (command.kind === 'COMPONENT' && command.reference && touches(command.reference, offset)) {
    markdown = referenceMarkdown(command.reference);
    node = command.reference;
  } else {
    const use = variableUseAt(template, command, offset);
    if (use) {
      markdown = variableMarkdown(template, command.offset + 1, use.name);
      node = { range: { start: document.positionAt(use.offset), end: document.positionAt(use.endOffset) } };
    } else if (command.kind === 'ENV' || command.kind === 'LABEL') {
      const pair = command.pairs.find((candidate) => touches(candidate.key, offset));
      if (pair && pair.key.value !== '') {
        markdown = pairMarkdown(template, command, pair);
        node = pair.key;
      }
    } else if (command.kind === 'COMPONENT') {
      const parameter = command.parameters.find((candidate) => touches(candidate.flag, offset));
      if (parameter && parameter.name !== '') {
        markdown = parameterMarkdown(template, command, parameter);
        node = parameter.flag;
      }
    }
  }
  if (markdown === undefined || !node) return null;
  const contents: MarkupContent =
    options.markdown === false
      ? { kind: MarkupKind.PlainText, value: markdownToPlainText(markdown) }
      : { kind: MarkupKind.Markdown, value: markdown };
  return { contents, range: node.range };
}

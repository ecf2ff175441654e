// Hover: what a command does, its forms, the service's facts and what is checked about it, with a link to the
// service documentation; what an ENV or LABEL key sets, the value a `$VAR` has at that point, what a COMPONENT
// `--name` passes, and what a code in a `# buildcontent-ignore` comment checks. The texts come from core: the
// command reference, the rule registry and the parameter model; this file only lays them out.
import {
  checksOfCommand,
  commandReference,
  CREATE_IMAGE_PIPELINE_DOC_URL,
  FROM_SOURCE_TYPES,
  PIPELINE_PARAMETERS,
  readSuppression,
  ruleOf,
  type CommandReference,
  type ComponentCommand,
  type ComponentParameter,
  type ComponentReference,
  type FromCommand,
  type KeyValuePair,
  type PairCommand,
  type Position,
  type Template,
} from '@buildcontent/core';
import { MarkupKind, type Hover, type MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commandAt, templateOf, touches } from '../document.js';
import { DESCRIBE_IMAGE_COMPONENTS_URL } from './document-links.js';
import { variableUseAt, variablesBefore } from './variables.js';

export interface HoverOptions {
  /** The client renders Markdown (`hover.contentFormat` lists it). Default true. */
  markdown?: boolean;
}

/** Text with `<` escaped, so that Markdown renderers do not take `<source>` or `<<EOF` for HTML and drop it. */
function escapeMarkdown(text: string): string {
  return text.replace(/</g, '\\<');
}

/** A request parameter as the parameter model describes it: `- \`Name\`: doc Default: ...` */
function requestParameterLine(name: string): string | undefined {
  const parameter = PIPELINE_PARAMETERS.find((candidate) => candidate.name === name);
  if (!parameter) return undefined;
  const byDefault = parameter.default ? ` Default: ${parameter.default.text}.` : '';
  return `- \`${name}\`: ${escapeMarkdown(parameter.doc)}${byDefault}`;
}

function commandMarkdown(info: CommandReference): string {
  const forms = info.forms.map((form) => form.label).join('\n');
  const notes = [...info.notes, ...(info.linuxOnly ? ['Applies to Linux images only.'] : [])];
  // One line per rule: its description, then its page and codes (a rule may report several about one command).
  const byRule = new Map<string, { description: string; href: string; codes: string[] }>();
  for (const check of checksOfCommand(info.keyword)) {
    const entry = byRule.get(check.rule) ?? { description: check.description, href: check.href, codes: [] };
    entry.codes.push(`\`${check.code}\``);
    byRule.set(check.rule, entry);
  }
  const checks = [...byRule].map(
    ([rule, { description, href, codes }]) =>
      `- ${escapeMarkdown(description)} ([${rule}](${href}): ${codes.join(', ')})`,
  );
  const parameters = (info.requestParameters ?? []).map(requestParameterLine).filter((line) => line !== undefined);
  const deprecated = info.deprecated ? ' *(deprecated)*' : '';
  const sections = [
    `**${info.keyword}**${deprecated}: ${info.summary}`,
    `\`\`\`buildcontent\n${forms}\n\`\`\``,
    notes.map((note) => `- ${note}`).join('\n'),
    checks.length > 0 ? `Checked:\n${checks.join('\n')}` : '',
    parameters.length > 0 ? `Request parameters:\n${parameters.join('\n')}` : '',
    `[Documentation](${info.docUrl})`,
  ];
  return sections.filter((section) => section !== '').join('\n\n');
}

function sourceTypeMarkdown(from: FromCommand): string | undefined {
  const typed = from.sourceType?.text;
  if (!typed) return undefined;
  const known = FROM_SOURCE_TYPES.find((candidate) => candidate.type === typed.toUpperCase());
  const names = FROM_SOURCE_TYPES.map((candidate) => `\`${candidate.type}\``).join(' or ');
  const body = known
    ? `\`${known.type}\`: ${known.documentation}.`
    : `\`${typed}\` is not a source type: use ${names}.`;
  const baseImageType = requestParameterLine('BaseImageType') ?? '';
  return `${body}\n\nSame meaning as the request's \`BaseImageType\`:\n${baseImageType}\n\n[Documentation](${CREATE_IMAGE_PIPELINE_DOC_URL})`;
}

/** A code or rule id in a `# buildcontent-ignore` comment: what its rule checks, from the registry. */
function suppressedCodeHover(
  document: TextDocument,
  template: Template,
  offset: number,
): { markdown: string; node: { range: Hover['range'] } } | undefined {
  const comment = template.comments.find((candidate) => candidate.offset <= offset && offset <= candidate.endOffset);
  const suppression = comment && readSuppression(comment.text);
  if (!comment || !suppression) return undefined;
  for (const { code, start } of suppression.codes) {
    const from = comment.offset + start;
    if (offset < from || offset > from + code.length) continue;
    const rule = ruleOf(code);
    if (!rule) return undefined; // The suppression-comment rule reports the unknown code.
    const codes = rule.id === code ? rule.codes.map((c) => `\`${c}\``).join(', ') : `\`${code}\``;
    const markdown = `**${rule.id}** (${rule.severity}): ${escapeMarkdown(rule.description)}\n\nCodes: ${codes}\n\n[Rule documentation](${rule.href})`;
    return {
      markdown,
      node: { range: { start: document.positionAt(from), end: document.positionAt(from + code.length) } },
    };
  }
  return undefined;
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
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\</g, '<');
}

export function computeHover(document: TextDocument, position: Position, options: HoverOptions = {}): Hover | null {
  const template = templateOf(document);
  const offset = document.offsetAt(position);
  const suppressed = suppressedCodeHover(document, template, offset);
  if (suppressed) return hoverOf(suppressed.markdown, suppressed.node.range, options);
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
  return hoverOf(markdown, node.range, options);
}

function hoverOf(markdown: string, range: Hover['range'], options: HoverOptions): Hover {
  const contents: MarkupContent =
    options.markdown === false
      ? { kind: MarkupKind.PlainText, value: markdownToPlainText(markdown) }
      : { kind: MarkupKind.Markdown, value: markdown };
  return { contents, range };
}

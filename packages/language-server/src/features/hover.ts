// Hover: what a command does, its forms and the service's rules, with a link to the service documentation.
import type { ComponentReference, FromCommand, Position } from '@buildcontent/core';
import { MarkupKind, type Hover, type MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commandInfo, CREATE_IMAGE_PIPELINE_DOC_URL, type CommandInfo } from '../commands.js';
import { commandAt, templateOf, touches } from '../document.js';

export interface HoverOptions {
  /** The client renders Markdown (`hover.contentFormat` lists it). Default true. */
  markdown?: boolean;
}

function commandMarkdown(info: CommandInfo): string {
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

function referenceMarkdown(reference: ComponentReference): string | undefined {
  if (reference.type === 'id') return `Image component \`${reference.text}\`, referred to by ID.`;
  if (reference.type === 'arn' && reference.arn) {
    const { region, account, name, version } = reference.arn;
    return `Image component **${name}**, version \`${version}\`\n\n- region: \`${region}\`\n- account: \`${account}\``;
  }
  return undefined;
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
    const info = commandInfo(command.keyword);
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
  }
  if (markdown === undefined || !node) return null;
  const contents: MarkupContent =
    options.markdown === false
      ? { kind: MarkupKind.PlainText, value: markdownToPlainText(markdown) }
      : { kind: MarkupKind.Markdown, value: markdown };
  return { contents, range: node.range };
}

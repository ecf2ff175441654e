// Signature help for the commands whose forms take several arguments: COPY, COMPONENT, ENV, LABEL, CMD, ENTRYPOINT.
import type { Command, Position } from '@buildcontent/core';
import { MarkupKind, type SignatureHelp, type SignatureInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commandReference, type CommandForm } from '@buildcontent/core';
import { commandForArguments, templateOf } from '../document.js';

export { SIGNATURE_RETRIGGER_CHARACTERS, SIGNATURE_TRIGGER_CHARACTERS } from '../protocol-ids.js';

function toSignature(form: CommandForm): SignatureInformation {
  return {
    label: form.label,
    documentation: { kind: MarkupKind.Markdown, value: form.documentation },
    parameters: form.parameters.map((parameter) => ({
      label: parameter.label,
      documentation: { kind: MarkupKind.Markdown, value: parameter.documentation },
    })),
  };
}

/** Index of the word the cursor is in or about to start: words ending before it are behind it. */
function wordIndex(words: Array<{ offset: number; endOffset: number }>, offset: number): number {
  const index = words.findIndex((word) => word.endOffset >= offset);
  return index === -1 ? words.length : index;
}

/** Commas outside JSON strings between `from` and `to`: the element the cursor is in. */
function jsonElementIndex(text: string, from: number, to: number): number {
  let commas = 0;
  let inString = false;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === ',') commas++;
  }
  return commas;
}

function chooseForm(command: Command): number {
  switch (command.kind) {
    case 'CMD':
    case 'ENTRYPOINT':
      return command.content?.text.startsWith('[') ? 0 : 1;
    case 'ENV':
      if (command.pairs.length > 0) return command.pairs[0].form === 'legacy' ? 0 : 1;
      return command.content?.text.includes('=') ? 1 : 0;
    case 'COMPONENT':
      return command.reference?.type === 'arn' || command.reference?.text.startsWith('acs:') ? 1 : 0;
    default:
      return 0;
  }
}

function activeParameter(command: Command, form: CommandForm, text: string, offset: number): number {
  let index: number;
  if (form.json) {
    const open = command.content ? text.indexOf('[', command.content.offset) : -1;
    index = open === -1 || open >= offset ? 0 : jsonElementIndex(text, open + 1, offset);
  } else if ((command.kind === 'ENV' || command.kind === 'LABEL') && form.repeatsFrom === 0) {
    // key="value" pairs: the key, or the value once past the `=`.
    const pair = command.pairs.find((candidate) => candidate.endOffset >= offset);
    if (!pair) index = 0;
    else index = pair.equals && pair.equals.offset < offset ? 1 : 0;
  } else if (command.kind === 'COMPONENT') {
    index = command.reference && command.reference.endOffset < offset ? 1 : 0;
  } else {
    index = wordIndex(command.args, offset);
  }
  const count = form.parameters.length;
  if (index < count) return index;
  if (form.repeatsFrom !== undefined)
    return form.repeatsFrom + ((index - form.repeatsFrom) % (count - form.repeatsFrom));
  return count - 1;
}

export function computeSignatureHelp(document: TextDocument, position: Position): SignatureHelp | null {
  const template = templateOf(document);
  const offset = document.offsetAt(position);
  const command = commandForArguments(template, offset);
  if (!command || offset <= command.keywordNode.endOffset) return null;
  const info = commandReference(command.keyword);
  if (!info || !info.forms.some((form) => form.parameters.length > 1)) return null;
  // A `#` comment line inside a continued command is no argument.
  if (command.innerComments.some((comment) => comment.offset <= offset && offset <= comment.endOffset)) return null;
  const activeSignature = chooseForm(command);
  const form = info.forms[activeSignature];
  return {
    signatures: info.forms.map(toSignature),
    activeSignature,
    activeParameter: activeParameter(command, form, template.text, offset),
  };
}

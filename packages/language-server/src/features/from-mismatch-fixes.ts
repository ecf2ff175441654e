// The two ways out of `from-parameters-mismatch` (a FROM and the parameters file naming different source
// images), offered both in the template (on the parameters-file summary and on the FROM) and in the
// parameters file (on the mismatch itself): take the FROM's image into `<name>.pipeline.json`, or remove
// the FROM. Pure: the server passes both texts in.
import { lineBreakOf, OWN_CODES, parseJsonDocument, type FromCommand, type JsonNode } from '@buildcontent/core';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { templateOf } from '../document.js';
import type { ServerSettings } from '../settings.js';
import { rangesTouch } from './code-actions.js';
import { toLspDiagnostic } from './diagnostics.js';
import { buildRequestFor } from './emit-request.js';
import { PARAMETERS_SUMMARY_CODE, type ParametersFile } from './parameters-file.js';

export const FROM_MISMATCH_CODE = OWN_CODES.fromParametersMismatch;

const SOURCE_KEYS = ['BaseImageType', 'BaseImage'] as const;

/** The FROM's source image, when it names one the service accepts. */
function fromImageOf(from: FromCommand): Record<(typeof SOURCE_KEYS)[number], string> | undefined {
  const type = from.sourceType?.value;
  const image = from.image?.value;
  return (type === 'IMAGE' || type === 'IMAGE_FAMILY') && image ? { BaseImageType: type, BaseImage: image } : undefined;
}

/**
 * Edits that make the parameters file name `image`: existing values replaced in place (exact ranges of the
 * JSON values), absent keys added after the last property with its indentation. Undefined when the file is
 * not a JSON object (its syntax problem is reported on its own).
 */
export function takeImageEdits(
  parametersText: string,
  image: Record<(typeof SOURCE_KEYS)[number], string>,
): TextEdit[] | undefined {
  const json = parseJsonDocument(parametersText);
  const root = json.root;
  if (!root || root.kind !== 'object' || json.problems.some((problem) => problem.kind === 'syntax')) return undefined;
  const positions = TextDocument.create('file:///parameters.json', 'json', 0, parametersText);
  const rangeOf = (node: { offset: number; endOffset: number }): Range => ({
    start: positions.positionAt(node.offset),
    end: positions.positionAt(node.endOffset),
  });
  const edits: TextEdit[] = [];
  const missing: string[] = [];
  for (const key of SOURCE_KEYS) {
    // The last of repeated keys counts, as in JSON.parse.
    const property = [...root.properties].reverse().find((candidate) => candidate.key === key);
    if (!property) missing.push(key);
    else if (!(property.value.kind === 'string' && property.value.value === image[key]))
      edits.push({ range: rangeOf(property.value), newText: JSON.stringify(image[key]) });
  }
  if (missing.length > 0)
    edits.push(
      insertProperties(
        parametersText,
        root,
        missing.map((key) => `${JSON.stringify(key)}: ${JSON.stringify(image[key as keyof typeof image])}`),
        positions,
      ),
    );
  return edits;
}

function insertProperties(
  text: string,
  root: Extract<JsonNode, { kind: 'object' }>,
  members: string[],
  positions: TextDocument,
): TextEdit {
  const lineBreak = lineBreakOf(text);
  const last = root.properties[root.properties.length - 1];
  if (!last) {
    // `{}` or `{ }`: the members on lines of their own, two spaces in.
    const at = positions.positionAt(root.offset + 1);
    const closeAt = positions.positionAt(root.endOffset - 1);
    return {
      range: { start: at, end: closeAt },
      newText: `${lineBreak}${members.map((member) => `  ${member}`).join(`,${lineBreak}`)}${lineBreak}`,
    };
  }
  const lineStart = text.lastIndexOf('\n', last.keyOffset - 1) + 1;
  const before = text.slice(lineStart, last.keyOffset);
  // One-line objects get `, "Key": value`; others one member per line at the last member's indentation.
  const separator = /^[ \t]*$/.test(before) ? `,${lineBreak}${before}` : ', ';
  const at = positions.positionAt(last.value.endOffset);
  return { range: { start: at, end: at }, newText: members.map((member) => `${separator}${member}`).join('') };
}

export interface FromMismatchRequest {
  /** The range the client asks about, in the document the request is for. */
  range: Range;
  /** `context.diagnostics` of the request: a diagnostic named there counts as at hand. */
  diagnostics?: readonly Diagnostic[];
}

interface Mismatch {
  from: FromCommand;
  image: Record<(typeof SOURCE_KEYS)[number], string>;
  /** The finding in the parameters file (LSP form, as published there). */
  inParameters: Diagnostic;
  /** Core's edit that deletes the FROM's lines. */
  removeFrom: TextEdit[];
}

function mismatchOf(
  template: TextDocument,
  settings: ServerSettings,
  parameters: ParametersFile,
): Mismatch | undefined {
  const built = buildRequestFor(template, settings, { parametersText: parameters.text });
  const inParameters = built.parameterDiagnostics.find((finding) => finding.code === FROM_MISMATCH_CODE);
  const inTemplate = built.diagnostics.find((finding) => finding.code === FROM_MISMATCH_CODE);
  const from = templateOf(template).commands.find((command): command is FromCommand => command.kind === 'FROM');
  const image = from && fromImageOf(from);
  const removeFrom = inTemplate?.suggestions?.[0]?.edits;
  if (!inParameters || !from || !image || !removeFrom) return undefined;
  return { from, image, inParameters: toLspDiagnostic(inParameters), removeFrom };
}

function actionsFor(
  template: TextDocument,
  parameters: ParametersFile,
  mismatch: Mismatch,
  diagnostics: Diagnostic[],
): CodeAction[] {
  const actions: CodeAction[] = [];
  const take = takeImageEdits(parameters.text, mismatch.image);
  if (take && take.length > 0) {
    actions.push({
      title: `Take the FROM's image into ${parameters.name} (${mismatch.image.BaseImageType}:${mismatch.image.BaseImage})`,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      edit: { changes: { [parameters.uri]: take } },
    });
  }
  actions.push({
    title: `Remove the FROM (build from ${parameters.name}'s image)`,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: {
      changes: { [template.uri]: mismatch.removeFrom.map((edit) => ({ range: edit.range, newText: edit.newText })) },
    },
  });
  return actions;
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;

/**
 * In the template: the fixes, when the request touches the FROM or the parameters-file summary (line 1), or
 * names the summary. They are attached to the summary the client shows (the diagnostic the mismatch is seen by).
 */
export function computeTemplateFromMismatchActions(
  template: TextDocument,
  request: FromMismatchRequest,
  settings: ServerSettings,
  parameters: ParametersFile | undefined,
  summary: Diagnostic | undefined,
): CodeAction[] {
  if (!parameters) return [];
  const mismatch = mismatchOf(template, settings, parameters);
  if (!mismatch) return [];
  const named = (request.diagnostics ?? []).some(
    (diagnostic) => diagnostic.code === PARAMETERS_SUMMARY_CODE || diagnostic.code === FROM_MISMATCH_CODE,
  );
  const atHand =
    rangesTouch(mismatch.from.range, request.range) ||
    (summary !== undefined && rangesTouch(summary.range, request.range)) ||
    named;
  return atHand ? actionsFor(template, parameters, mismatch, summary ? [summary] : []) : [];
}

/** In the parameters file: the fixes, when the request touches the mismatch finding there or names it. */
export function computeParametersFromMismatchActions(
  template: TextDocument,
  request: FromMismatchRequest,
  settings: ServerSettings,
  parameters: ParametersFile,
): CodeAction[] {
  const mismatch = mismatchOf(template, settings, parameters);
  if (!mismatch) return [];
  const finding = mismatch.inParameters;
  const named = (request.diagnostics ?? []).some(
    (diagnostic) => diagnostic.code === FROM_MISMATCH_CODE && sameRange(diagnostic.range, finding.range),
  );
  return rangesTouch(finding.range, request.range) || named
    ? actionsFor(template, parameters, mismatch, [finding])
    : [];
}

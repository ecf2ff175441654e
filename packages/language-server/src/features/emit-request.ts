// The emit-request source actions: "Emit CreateImagePipeline request (<format>)" writes the request, built
// by core's buildRequest/emitRequest (the bytes `buildcontent request` prints), to `<name>.request.<ext>`
// beside the template through a WorkspaceEdit, so any client that applies workspace edits can run it.
// While the template or its parameters have errors the actions stay in the menu, disabled with the reason.
import { buildRequest, emitRequest, parametersWithDefaults, positionAt, REQUEST_FORMATS, type CreateImagePipelineRequest, type RequestFormat } from '@buildcontent/core';
import {
  CodeActionKind,
  type CodeAction,
  type CreateFile,
  type Position,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toLintOptions, type ServerSettings } from '../settings.js';
import { kindRequested } from './code-actions.js';

/** The base kind; each format has its own sub-kind (`source.emitRequest.cli`) for key bindings. */
export const EMIT_REQUEST_KIND = `${CodeActionKind.Source}.emitRequest`;

export const FORMAT_LABELS: Record<RequestFormat, string> = {
  cli: 'aliyun CLI',
  json: 'JSON',
  query: 'query',
  sdk: 'TypeScript SDK',
};

/** The extension of the sibling file each format is written to. */
export const FORMAT_EXTENSIONS: Record<RequestFormat, string> = {
  cli: 'sh',
  json: 'json',
  query: 'txt',
  sdk: 'ts',
};

/** The order of the actions in the menu: the forms users run first. */
const MENU_ORDER: RequestFormat[] = ['cli', 'json', 'query', 'sdk'];

export function emitRequestTitle(format: RequestFormat): string {
  return `Emit CreateImagePipeline request (${FORMAT_LABELS[format]})`;
}

/** What the action needs from outside the document; the server reads it from disk, tests make it up. */
export interface EmitEnvironment {
  /** The template's local path; undefined for unsaved or remote documents. */
  templatePath?: string;
  /** `<name>.pipeline.json` beside the template. */
  parametersPath?: string;
  /** Its text, when it exists. */
  parametersText?: string;
  /** The sibling request file for an extension: its URI and, when it exists, its current text. */
  requestFile: (extension: string) => { uri: string; existingText?: string } | undefined;
  /** The client can create files (`workspaceEdit.resourceOperations` has `create`). */
  canCreateFiles: boolean;
  /** The client shows disabled code actions (`codeAction.disabledSupport`). */
  disabledSupport: boolean;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Why no request can be emitted: the first error, and how many there are. */
function blockedReason(result: ReturnType<typeof buildRequest>, parametersName: string, parametersMissing: boolean): string {
  const templateErrors = result.diagnostics.filter((d) => d.severity === 'error');
  const parameterErrors = result.parameterDiagnostics.filter((d) => d.severity === 'error');
  const parts: string[] = [];
  if (templateErrors.length > 0) {
    const first = templateErrors[0];
    parts.push(`The template has ${plural(templateErrors.length, 'error')} (line ${first.range.start.line + 1}: ${first.message})`);
  }
  if (parameterErrors.length > 0) {
    const first = parameterErrors[0];
    const where = first.parameter && !first.message.startsWith(first.parameter) ? `${first.parameter}: ` : '';
    parts.push(
      parametersMissing
        ? `No parameters: create ${parametersName} beside the template, or set the request defaults (${where}${first.message})`
        : `${parametersName} has ${plural(parameterErrors.length, 'error')} (${where}${first.message})`,
    );
  }
  return parts.length > 0 ? parts.join('; ') : 'The request has errors';
}

/**
 * The edit writing `content` to the file: replace the whole text of an existing file, or create the file
 * and insert. An existing file is never re-created: some clients truncate it on disk but keep the
 * loaded buffer, and an insert would then land before the old text.
 */
export function writeFileEdit(uri: string, content: string, existingText: string | undefined, canCreateFiles: boolean): WorkspaceEdit | undefined {
  const start: Position = { line: 0, character: 0 };
  if (existingText !== undefined) {
    const edit: TextDocumentEdit = { textDocument: { uri, version: null }, edits: [{ range: { start, end: positionAt(existingText, existingText.length) }, newText: content }] };
    return canCreateFiles ? { documentChanges: [edit] } : { changes: { [uri]: edit.edits as Array<{ range: { start: Position; end: Position }; newText: string }> } };
  }
  if (!canCreateFiles) return undefined;
  const create: CreateFile = { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: true } };
  // The range runs to the start of line 1 of the empty new file, past its end: clients clamp it, and
  // Neovim only then drops the empty line its buffer model would otherwise add after the final newline.
  const insert: TextDocumentEdit = {
    textDocument: { uri, version: null },
    edits: [{ range: { start, end: { line: 1, character: 0 } }, newText: content }],
  };
  return { documentChanges: [create, insert] };
}

function fileName(path: string | undefined, fallback: string): string {
  if (!path) return fallback;
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(slash + 1);
}

/** The request for the template and its parameters, or why there is none (the first error). */
function buildForEmit(
  document: TextDocument,
  settings: ServerSettings,
  environment: Pick<EmitEnvironment, 'parametersPath' | 'parametersText'>,
): { request: CreateImagePipelineRequest; reason?: undefined } | { request?: undefined; reason: string } {
  const result = buildRequest(document.getText(), parametersWithDefaults(environment.parametersText, settings.request), {
    lint: toLintOptions(settings),
    keepComments: settings.keepComments,
    paramsText: environment.parametersText,
  });
  if (result.blocked || !result.request) {
    return { reason: blockedReason(result, fileName(environment.parametersPath, 'the parameters file'), environment.parametersText === undefined) };
  }
  return { request: result.request };
}

/** The `buildcontent.emitRequest` command: the request text in one format, the bytes the action writes. */
export const EMIT_REQUEST_COMMAND = 'buildcontent.emitRequest';

export function computeEmitRequestText(
  document: TextDocument,
  settings: ServerSettings,
  environment: Pick<EmitEnvironment, 'parametersPath' | 'parametersText'>,
  format: RequestFormat,
): { text: string; reason?: undefined } | { text?: undefined; reason: string } {
  const built = buildForEmit(document, settings, environment);
  return built.request ? { text: emitRequest(built.request, format) } : { reason: built.reason };
}

export function computeEmitRequestActions(
  document: TextDocument,
  settings: ServerSettings,
  environment: EmitEnvironment,
  only?: readonly string[],
): CodeAction[] {
  const formats = MENU_ORDER.filter((format) => REQUEST_FORMATS.includes(format) && kindRequested(`${EMIT_REQUEST_KIND}.${format}`, only));
  if (formats.length === 0) return [];
  const parametersName = fileName(environment.parametersPath, 'the parameters file');
  const disabled = (format: RequestFormat, reason: string): CodeAction =>
    environment.disabledSupport
      ? { title: emitRequestTitle(format), kind: `${EMIT_REQUEST_KIND}.${format}`, disabled: { reason } }
      : // Without disabled support the reason goes in the title; the action carries no edit, so it does nothing.
        { title: `${emitRequestTitle(format)}: unavailable (${reason})`, kind: `${EMIT_REQUEST_KIND}.${format}` };

  if (!environment.templatePath) return formats.map((format) => disabled(format, 'Save the template to a file first: the request is written beside it'));

  const built = buildForEmit(document, settings, environment);
  if (!built.request) return formats.map((format) => disabled(format, built.reason));
  const request = built.request;
  return formats.map((format): CodeAction => {
    const target = environment.requestFile(FORMAT_EXTENSIONS[format]);
    if (!target) return disabled(format, 'The request file has no place beside the template');
    const edit = writeFileEdit(target.uri, emitRequest(request, format), target.existingText, environment.canCreateFiles);
    if (!edit) return disabled(format, `The editor cannot create ${fileName(target.uri, 'the request file')} (no workspace edit resource operations)`);
    return { title: emitRequestTitle(format), kind: `${EMIT_REQUEST_KIND}.${format}`, edit };
  });
}

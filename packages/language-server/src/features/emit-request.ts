// The emit-request source actions: "Emit CreateImagePipeline request (<format>)" writes the request, built
// by core's buildRequest/emitRequest (the bytes `buildcontent request` prints), to `<name>.request.<ext>`
// beside the template. The action carries the `buildcontent.writeRequest` command: the server writes the file
// (atomically, only when it changed) and then opens it with `window/showDocument` where the client can, or says
// where it is. A WorkspaceEdit would not work everywhere: eglot 1.9 cannot create files, and Neovim 0.7 applies
// it to a hidden, modified buffer that makes `:qa` fail (E37); a file written by the server is saved in every
// editor. While the template or its parameters have errors the actions stay in the menu, disabled with the
// reason, or, for clients without disabled actions, as one short "unavailable: N errors" entry whose command
// says why.
import {
  buildRequest,
  emitRequest,
  parametersWithDefaults,
  type CreateImagePipelineRequest,
  type RequestFormat,
} from '@buildcontent/core';
import type { CodeAction } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toLintOptions, type ServerSettings } from '../settings.js';
import { emitMenuActions, emitTitle, FORMAT_LABELS, plural, unavailableEmitTitle } from './emit-menu.js';

/** The base kind; each format has its own sub-kind (`source.emitRequest.cli`) for key bindings. */
import { EMIT_REQUEST_COMMAND, EMIT_REQUEST_KIND, WRITE_REQUEST_COMMAND } from '../protocol-ids.js';

export { EMIT_REQUEST_COMMAND, EMIT_REQUEST_KIND, FORMAT_LABELS, WRITE_REQUEST_COMMAND };

/** The extension of the sibling file each format is written to. */
export const FORMAT_EXTENSIONS: Record<RequestFormat, string> = {
  cli: 'sh',
  json: 'json',
  query: 'txt',
  sdk: 'ts',
};

export function emitRequestTitle(format: RequestFormat): string {
  return emitTitle('CreateImagePipeline', format);
}

/** What the action needs from outside the document; the server reads it from disk, tests make it up. */
export interface EmitEnvironment {
  /** The template's local path; undefined for unsaved or remote documents. */
  templatePath?: string;
  /** `<name>.pipeline.json` beside the template. */
  parametersPath?: string;
  /** Its text, when it exists. */
  parametersText?: string;
  /** The test template's text (`<name>.test.buildcontent`), sent as TestContent. */
  testTemplateText?: string;
  /** The client shows disabled code actions (`codeAction.disabledSupport`). */
  disabledSupport: boolean;
}

/** Why no request can be emitted: the first error, and how many there are; `short` is the count alone. */
function blockedReason(
  result: ReturnType<typeof buildRequest>,
  parametersName: string,
  parametersMissing: boolean,
): { reason: string; short: string } {
  const templateErrors = result.diagnostics.filter((d) => d.severity === 'error');
  const parameterErrors = result.parameterDiagnostics.filter((d) => d.severity === 'error');
  const testErrors = result.testDiagnostics.filter((d) => d.severity === 'error');
  const parts: string[] = [];
  if (templateErrors.length > 0) {
    const first = templateErrors[0];
    parts.push(
      `The template has ${plural(templateErrors.length, 'error')} (line ${first.range.start.line + 1}: ${first.message})`,
    );
  }
  if (testErrors.length > 0) {
    parts.push(
      `The test template has ${plural(testErrors.length, 'error')} (line ${testErrors[0].range.start.line + 1}: ${testErrors[0].message})`,
    );
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
  const short =
    parametersMissing && templateErrors.length === 0 && parameterErrors.length > 0
      ? `no ${parametersName}`
      : plural(templateErrors.length + parameterErrors.length + testErrors.length, 'error');
  return { reason: parts.length > 0 ? parts.join('; ') : 'The request has errors', short };
}

function fileName(path: string | undefined, fallback: string): string {
  if (!path) return fallback;
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(slash + 1);
}

/**
 * core's buildRequest for the template, its parameters file and the settings' request defaults: what the emit
 * actions write and what the parameters-file diagnostics report, so that both always agree.
 */
export function buildRequestFor(
  document: TextDocument,
  settings: ServerSettings,
  environment: Pick<EmitEnvironment, 'parametersText' | 'testTemplateText'>,
): ReturnType<typeof buildRequest> {
  // Diagnostics, the code lens and the code actions of one version ask for the same build: build it once.
  const text = document.getText();
  const key = JSON.stringify([settings, environment.parametersText, environment.testTemplateText]);
  const cached = builds.get(document);
  if (cached && cached.version === document.version && cached.text === text && cached.key === key) return cached.result;
  const result = buildRequest(text, parametersWithDefaults(environment.parametersText, settings.request), {
    lint: toLintOptions(settings),
    keepComments: settings.keepComments,
    paramsText: environment.parametersText,
    testTemplate: environment.testTemplateText,
  });
  builds.set(document, { version: document.version, text, key, result });
  return result;
}

const builds = new WeakMap<
  TextDocument,
  { version: number; text: string; key: string; result: ReturnType<typeof buildRequest> }
>();

/** The request for the template and its parameters, or why there is none (the first error). */
function buildForEmit(
  document: TextDocument,
  settings: ServerSettings,
  environment: Pick<EmitEnvironment, 'parametersPath' | 'parametersText'>,
):
  { request: CreateImagePipelineRequest; reason?: undefined } | { request?: undefined; reason: string; short: string } {
  const result = buildRequestFor(document, settings, environment);
  if (result.blocked || !result.request) {
    return blockedReason(
      result,
      fileName(environment.parametersPath, 'the parameters file'),
      environment.parametersText === undefined,
    );
  }
  return { request: result.request };
}

/** The `buildcontent.emitRequest` command: the request text in one format, the bytes the action writes. */
export function computeEmitRequestText(
  document: TextDocument,
  settings: ServerSettings,
  environment: Pick<EmitEnvironment, 'parametersPath' | 'parametersText'>,
  format: RequestFormat,
): { text: string; reason?: undefined } | { text?: undefined; reason: string } {
  const built = buildForEmit(document, settings, environment);
  return built.request ? { text: emitRequest(built.request, format) } : { reason: built.reason };
}

/** Why no request can be emitted for the saved template, or undefined when one can. */
export function emitBlocked(
  document: TextDocument,
  settings: ServerSettings,
  environment: Pick<EmitEnvironment, 'parametersPath' | 'parametersText'>,
): { reason: string; short: string } | undefined {
  const built = buildForEmit(document, settings, environment);
  return built.request ? undefined : { reason: built.reason, short: built.short };
}

/** The one entry clients without disabled actions get while no request can be emitted: a short title. */
export function unavailableTitle(short: string): string {
  return unavailableEmitTitle('CreateImagePipeline', short);
}

export function computeEmitRequestActions(
  document: TextDocument,
  settings: ServerSettings,
  environment: EmitEnvironment,
  only?: readonly string[],
): CodeAction[] {
  return emitMenuActions({
    document,
    action: 'CreateImagePipeline',
    noun: 'template',
    saved: Boolean(environment.templatePath),
    disabledSupport: environment.disabledSupport,
    blocked: () => emitBlocked(document, settings, environment),
    only,
  });
}

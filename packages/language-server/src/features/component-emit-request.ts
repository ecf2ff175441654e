// The emit-request actions and command on component files: the CreateImageComponent request, built by
// core's buildComponentRequest (the bytes `buildcontent request <component>` prints), written beside the
// component to `<name>.component.request.<ext>` by the server (the template actions' kinds, formats and command).
import {
  buildComponentRequest,
  emitRequest,
  REQUEST_FORMATS,
  type CreateImageComponentRequest,
  type RequestFormat,
} from '@buildcontent/core';
import type { CodeAction } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toLintOptions, type ServerSettings } from '../settings.js';
import { kindRequested } from './code-actions.js';
import { componentFormatOfUri } from './component-project.js';
import { EMIT_REQUEST_KIND, FORMAT_LABELS, WRITE_REQUEST_COMMAND, type EmitEnvironment } from './emit-request.js';

const MENU_ORDER: RequestFormat[] = ['cli', 'json', 'query', 'sdk'];

export function emitComponentRequestTitle(format: RequestFormat): string {
  return `Emit CreateImageComponent request (${FORMAT_LABELS[format]})`;
}

function buildForEmit(
  document: TextDocument,
  settings: ServerSettings,
  environment: Pick<EmitEnvironment, 'parametersText'>,
): { request: CreateImageComponentRequest; reason?: undefined } | { request?: undefined; reason: string } {
  const format = componentFormatOfUri(document.uri) ?? 'yaml';
  const params =
    settings.request.regionId && environment.parametersText === undefined
      ? { RegionId: settings.request.regionId }
      : undefined;
  const result = buildComponentRequest(
    document.getText(),
    format,
    params ?? (environment.parametersText === undefined ? {} : undefined),
    {
      lint: toLintOptions(settings),
      keepComments: settings.keepComments,
      paramsText: environment.parametersText,
    },
  );
  if (result.request && !result.blocked) return { request: result.request };
  const first = [...result.diagnostics, ...result.parameterDiagnostics].find((d) => d.severity === 'error');
  const where =
    first && result.diagnostics.includes(first)
      ? `the component, line ${first.range.start.line + 1}`
      : 'the parameters (<name>.component.json)';
  return { reason: first ? `Errors stand in ${where}: ${first.message}` : 'The request has errors' };
}

export function computeComponentEmitRequestText(
  document: TextDocument,
  settings: ServerSettings,
  environment: Pick<EmitEnvironment, 'parametersText'>,
  format: RequestFormat,
): { text: string; reason?: undefined } | { text?: undefined; reason: string } {
  const built = buildForEmit(document, settings, environment);
  return built.request ? { text: emitRequest(built.request, format) } : { reason: built.reason };
}

export function computeComponentEmitRequestActions(
  document: TextDocument,
  settings: ServerSettings,
  environment: EmitEnvironment,
  only?: readonly string[],
): CodeAction[] {
  const formats = MENU_ORDER.filter(
    (format) => REQUEST_FORMATS.includes(format) && kindRequested(`${EMIT_REQUEST_KIND}.${format}`, only),
  );
  if (formats.length === 0) return [];
  const disabled = (format: RequestFormat, reason: string): CodeAction =>
    environment.disabledSupport
      ? { title: emitComponentRequestTitle(format), kind: `${EMIT_REQUEST_KIND}.${format}`, disabled: { reason } }
      : {
          title: `${emitComponentRequestTitle(format)}: unavailable (${reason})`,
          kind: `${EMIT_REQUEST_KIND}.${format}`,
        };
  if (!environment.templatePath)
    return formats.map((format) =>
      disabled(format, 'Save the component to a file first: the request is written beside it'),
    );
  const built = buildForEmit(document, settings, environment);
  if (!built.request) return formats.map((format) => disabled(format, built.reason));
  return formats.map((format): CodeAction => {
    const title = emitComponentRequestTitle(format);
    return {
      title,
      kind: `${EMIT_REQUEST_KIND}.${format}`,
      command: { title, command: WRITE_REQUEST_COMMAND, arguments: [{ uri: document.uri, format }] },
    };
  });
}

// The emit-request actions and command on component files: the CreateImageComponent request, built by
// core's buildComponentRequest (the bytes `buildcontent request <component>` prints), written beside the
// component to `<name>.component.request.<ext>` by the server (the template actions' kinds, formats and command).
import {
  buildComponentRequest,
  emitRequest,
  type CreateImageComponentRequest,
  type RequestFormat,
} from '@buildcontent/core';
import type { CodeAction } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toLintOptions, type ServerSettings } from '../settings.js';
import { componentFormatOfUri } from './component-project.js';
import { emitMenuActions, plural, type EmitBlocked } from './emit-menu.js';
import type { EmitEnvironment } from './emit-request.js';

function buildForEmit(
  document: TextDocument,
  settings: ServerSettings,
  environment: Pick<EmitEnvironment, 'parametersText'>,
): { request: CreateImageComponentRequest; reason?: undefined } | ({ request?: undefined } & EmitBlocked) {
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
  const errors = [...result.diagnostics, ...result.parameterDiagnostics].filter((d) => d.severity === 'error');
  const first = errors[0];
  const where =
    first && result.diagnostics.includes(first)
      ? `the component, line ${first.range.start.line + 1}`
      : 'the parameters (<name>.component.json)';
  return {
    reason: first ? `Errors stand in ${where}: ${first.message}` : 'The request has errors',
    short: plural(errors.length, 'error'),
  };
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
  return emitMenuActions({
    document,
    action: 'CreateImageComponent',
    noun: 'component',
    saved: Boolean(environment.templatePath),
    disabledSupport: environment.disabledSupport,
    blocked: () => {
      const built = buildForEmit(document, settings, environment);
      return built.request ? undefined : { reason: built.reason, short: built.short };
    },
    only,
  });
}

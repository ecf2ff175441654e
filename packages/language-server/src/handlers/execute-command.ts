// `buildcontent.emitRequest` with `{ uri, format }`: the request text, for clients that show it rather than
// write it (the VS Code extension's command). Errors answer with the reason the emit action is disabled.
// `buildcontent.writeRequest` with `{ uri, format }`: writes `<name>.request.<ext>` and shows it (the emit
// action's command for clients that show documents or cannot create files); answers `{ uri }`.
import { isTestTemplateUri } from '../features/test-templates.js';
import { basename } from 'node:path';
import { componentBaseName, dirnameOf, joinPath, REQUEST_FORMATS, type RequestFormat } from '@buildcontent/core';
import {
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
} from 'vscode-languageserver/node';
import { computeComponentEmitRequestText } from '../features/component-emit-request.js';
import { componentFormatOfUri } from '../features/component-project.js';
import {
  computeEmitRequestText,
  EMIT_REQUEST_COMMAND,
  FORMAT_EXTENSIONS,
  FORMAT_LABELS,
  WRITE_REQUEST_COMMAND,
} from '../features/emit-request.js';
import { writeFileAtomically } from '../features/request-file.js';
import { tooLargeMessage } from '../open-documents.js';
import type { ServerContext } from '../server-context.js';
import { filePathOf, requestPathOf, uriOf } from '../workspace-files.js';

export function registerExecuteCommand({
  connection,
  documents,
  client,
  settings,
  projects,
  log,
}: ServerContext): void {
  connection.onExecuteCommand(async (params) => {
    if (params.command !== EMIT_REQUEST_COMMAND && params.command !== WRITE_REQUEST_COMMAND) {
      throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}`);
    }
    const argument = (params.arguments?.[0] ?? {}) as { uri?: unknown; format?: unknown };
    const document = typeof argument.uri === 'string' ? documents.get(argument.uri) : undefined;
    if (!document)
      throw new ResponseError(ErrorCodes.InvalidParams, `${params.command} needs { uri, format } for an open document`);
    if (!documents.analysable(document.uri))
      throw new ResponseError(LSPErrorCodes.RequestFailed, tooLargeMessage(document.getText().length));
    const format = (REQUEST_FORMATS as readonly unknown[]).includes(argument.format)
      ? (argument.format as RequestFormat)
      : 'cli';
    const component = componentFormatOfUri(document.uri) !== undefined;
    if (isTestTemplateUri(document.uri))
      throw new ResponseError(
        LSPErrorCodes.RequestFailed,
        'This is a test template: emit the request from its build template, which sends it as TestContent',
      );
    const [environment, documentSettings] = await Promise.all([
      projects.emitEnvironment(document.uri),
      settings.for(document.uri),
    ]);
    const result = (() => {
      try {
        return component
          ? computeComponentEmitRequestText(document, documentSettings, environment, format)
          : computeEmitRequestText(document, documentSettings, environment, format);
      } catch (error) {
        throw new ResponseError(
          LSPErrorCodes.RequestFailed,
          `The request cannot be written as ${format}: ${(error as Error).message}`,
        );
      }
    })();
    if (result.text === undefined) throw new ResponseError(LSPErrorCodes.RequestFailed, result.reason);
    if (params.command === EMIT_REQUEST_COMMAND) return result.text;
    const templatePath = filePathOf(document.uri);
    if (!templatePath)
      throw new ResponseError(
        LSPErrorCodes.RequestFailed,
        'Save the template to a file first: the request is written beside it',
      );
    // `<name>.request.<ext>` beside a template, `<name>.component.request.<ext>` beside a component.
    const path = component
      ? joinPath(
          dirnameOf(templatePath),
          `${componentBaseName(templatePath)}.component.request.${FORMAT_EXTENSIONS[format]}`,
        )
      : requestPathOf(templatePath, FORMAT_EXTENSIONS[format]);
    try {
      writeFileAtomically(path, result.text);
    } catch (error) {
      throw new ResponseError(LSPErrorCodes.RequestFailed, (error as Error).message);
    }
    const uri = uriOf(path);
    // A notification, not showInformationMessage (a request some clients do not answer).
    const wrote = `Wrote the ${component ? 'CreateImageComponent' : 'CreateImagePipeline'} request (${FORMAT_LABELS[format]}) to ${basename(path)}`;
    if (client.support.showDocument) {
      connection.window
        .showDocument({ uri, takeFocus: true })
        .catch((error: unknown) => log(`window/showDocument failed: ${(error as Error).message}`));
    } else void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: wrote });
    return { uri };
  });
}

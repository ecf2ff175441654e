// A code lens on the first line while no request can be emitted: "Emit CreateImagePipeline request:
// unavailable: 6 errors", where users look, rather than only as a disabled action behind "Show Disabled".
// Choosing it runs `buildcontent.emitRequest`, whose error message is the full reason.
import type { CodeLens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerSettings } from '../settings.js';
import { EMIT_REQUEST_COMMAND, emitBlocked, unavailableTitle, type EmitEnvironment } from './emit-request.js';

export function computeCodeLenses(
  document: TextDocument,
  settings: ServerSettings,
  environment: Pick<EmitEnvironment, 'templatePath' | 'parametersPath' | 'parametersText'>,
): CodeLens[] {
  // An unsaved template has no request file to write; its lens would only say "save first".
  if (!environment.templatePath) return [];
  const blocked = emitBlocked(document, settings, environment);
  if (!blocked) return [];
  const title = unavailableTitle(blocked.short);
  return [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      command: { title, command: EMIT_REQUEST_COMMAND, arguments: [{ uri: document.uri, format: 'json' }] },
    },
  ];
}

// What the server offers, adapted to what the client supports.
// Types only from vscode-languageserver: the bin answers `initialize` before it loads that library.
import type { ServerCapabilities, TextDocumentSyncKind } from 'vscode-languageserver/node';
import type { ClientSupport } from './client-support.js';
import {
  COMPLETION_TRIGGER_CHARACTERS,
  EMIT_REQUEST_COMMAND,
  EMIT_REQUEST_KIND,
  FIX_ALL_KIND,
  QUICK_FIX_KIND,
  SEMANTIC_TOKENS_LEGEND,
  SIGNATURE_RETRIGGER_CHARACTERS,
  SIGNATURE_TRIGGER_CHARACTERS,
  WRITE_REQUEST_COMMAND,
} from './protocol-ids.js';

/** TextDocumentSyncKind.Incremental: clients send the changed ranges only. */
const INCREMENTAL_SYNC: TextDocumentSyncKind = 2;

export function serverCapabilities(support: ClientSupport): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: INCREMENTAL_SYNC, save: { includeText: false } },
    diagnosticProvider: support.pullDiagnostics
      ? { identifier: 'buildcontent', interFileDependencies: false, workspaceDiagnostics: false }
      : undefined,
    codeActionProvider: support.codeActionLiterals
      ? { codeActionKinds: [QUICK_FIX_KIND, FIX_ALL_KIND, EMIT_REQUEST_KIND], resolveProvider: false }
      : true,
    completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
    hoverProvider: true,
    signatureHelpProvider: {
      triggerCharacters: SIGNATURE_TRIGGER_CHARACTERS,
      retriggerCharacters: SIGNATURE_RETRIGGER_CHARACTERS,
    },
    documentSymbolProvider: { label: 'BuildContent' },
    foldingRangeProvider: true,
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    documentLinkProvider: { resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
    // FROM inlay hint: only for clients that have inlay hints; registered later when they want that.
    inlayHintProvider: support.inlayHint && !support.inlayHintDynamic ? { resolveProvider: false } : undefined,
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: support.prepareRename ? { prepareProvider: true } : true,
    executeCommandProvider: { commands: [EMIT_REQUEST_COMMAND, WRITE_REQUEST_COMMAND] },
  };
}

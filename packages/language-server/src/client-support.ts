// What the client can do, read once from its capabilities: the server adapts its answers to it
// (snippets or plain text, disabled code actions or titles, file watching by the client or by the server).
import type { ClientCapabilities } from 'vscode-languageserver/node';

export interface ClientSupport {
  configuration: boolean;
  watchedFilesDynamic: boolean;
  configurationDynamic: boolean;
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  snippets: boolean;
  hoverMarkdown: boolean;
  hierarchicalSymbols: boolean;
  codeActionLiterals: boolean;
  disabledCodeActions: boolean;
  showDocument: boolean;
  codeLensRefresh: boolean;
  foldingRangeLimit?: number;
  foldingCollapsedText: boolean;
  prepareRename: boolean;
  /** `textDocument.inlayHint`: the FROM inlay hint is offered only then (registered dynamically when asked). */
  inlayHint: boolean;
  inlayHintDynamic: boolean;
  inlayHintRefresh: boolean;
}

export function clientSupport(capabilities: ClientCapabilities): ClientSupport {
  const text = capabilities.textDocument;
  const workspace = capabilities.workspace;
  return {
    configuration: workspace?.configuration === true,
    watchedFilesDynamic: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    configurationDynamic: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    pullDiagnostics: text?.diagnostic !== undefined,
    diagnosticRefresh: workspace?.diagnostics?.refreshSupport === true,
    snippets: text?.completion?.completionItem?.snippetSupport === true,
    hoverMarkdown: text?.hover?.contentFormat === undefined || text.hover.contentFormat.includes('markdown'),
    hierarchicalSymbols: text?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    codeActionLiterals: text?.codeAction?.codeActionLiteralSupport !== undefined,
    disabledCodeActions: text?.codeAction?.disabledSupport === true,
    showDocument: capabilities.window?.showDocument?.support === true,
    codeLensRefresh: workspace?.codeLens?.refreshSupport === true,
    foldingRangeLimit: text?.foldingRange?.rangeLimit,
    foldingCollapsedText: text?.foldingRange?.foldingRange?.collapsedText === true,
    prepareRename: text?.rename?.prepareSupport === true,
    inlayHint: text?.inlayHint !== undefined,
    inlayHintDynamic: text?.inlayHint?.dynamicRegistration === true,
    inlayHintRefresh: workspace?.inlayHint?.refreshSupport === true,
  };
}

/** What the server learns from `initialize`: the client's support and its workspace folders. */
export interface ClientState {
  support: ClientSupport;
  /** Local paths of the workspace folders (and rootUri): project loading stops at them. */
  workspaceRoots: string[];
}

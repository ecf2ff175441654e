// Code lenses and inlay hints are asked for on the client's schedule: the server asks again when what they show
// may have changed (settings, components, the parameters file), and keeps asking until the client has fetched
// the current blocked-request lens (features/code-lens-delivery.ts).
import { CodeLensRefreshRequest, type CodeLens, type Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientState } from './client-support.js';
import { computeCodeLenses } from './features/code-lens.js';
import { CodeLensDelivery } from './features/code-lens-delivery.js';
import { componentFormatOfUri } from './features/component-project.js';
import type { EmitEnvironment } from './features/emit-request.js';
import { isTestTemplateUri } from './features/test-templates.js';
import type { ServerSettings } from './settings.js';

export class ViewRefresh {
  private readonly lenses: CodeLensDelivery;

  constructor(
    private readonly connection: Connection,
    private readonly client: ClientState,
  ) {
    this.lenses = new CodeLensDelivery(
      () => void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined),
    );
  }

  /** Asks the client to fetch code lenses and inlay hints again. */
  refresh(): void {
    const support = this.client.support;
    if (support.codeLensRefresh) this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    if (support.inlayHintRefresh) this.connection.languages.inlayHint.refresh().catch(() => undefined);
  }

  /** After an analysis: the lens the template has now, for clients that can be asked to fetch it again. */
  analysed(document: TextDocument, settings: ServerSettings, environment: EmitEnvironment): void {
    if (!this.client.support.codeLensRefresh || componentFormatOfUri(document.uri) || isTestTemplateUri(document.uri))
      return;
    this.lenses.current(document.uri, computeCodeLenses(document, settings, environment));
  }

  /** An answer to `textDocument/codeLens` that was not cancelled. */
  delivered(uri: string, lenses: readonly CodeLens[]): void {
    this.lenses.delivered(uri, lenses);
  }

  closed(uri: string): void {
    this.lenses.closed(uri);
  }

  dispose(): void {
    this.lenses.dispose();
  }
}

// Quick fixes, fix-all and the emit-request actions; the blocked-request code lens.
import type { CancellationToken, CodeAction } from 'vscode-languageserver/node';
import { computeCodeActions } from '../features/code-actions.js';
import { computeCodeLenses } from '../features/code-lens.js';
import { computeComponentEmitRequestActions } from '../features/component-emit-request.js';
import { isTestTemplateUri } from '../features/test-templates.js';
import { componentFormatOfUri } from '../features/component-project.js';
import { computeEmitRequestActions } from '../features/emit-request.js';
import type { ServerContext } from '../server-context.js';
import { cancelled, nextTurn } from './cancellation.js';

export function registerCodeActions({ connection, documents, client, settings, projects, scheduler, log }: ServerContext): void {
  connection.onCodeAction(async (params, token: CancellationToken) => {
    const uri = params.textDocument.uri;
    scheduler.focus(uri);
    if (!documents.analysable(uri)) return [];
    const [documentSettings, context, environment] = await Promise.all([settings.for(uri), projects.diagnosticsContext(uri), projects.emitEnvironment(uri)]);
    await nextTurn();
    if (token.isCancellationRequested) return cancelled();
    const document = documents.analysable(uri);
    if (!document) return [];
    const only = params.context.only;
    const component = componentFormatOfUri(uri);
    // YAML components have no template quick fixes; Dockerfile-format ones do.
    const actions: CodeAction[] =
      component === 'yaml' ? [] : computeCodeActions(document, { range: params.range, only, diagnostics: params.context.diagnostics }, documentSettings, context);
    // A test template's request is its build template's: emitted from there.
    try {
      if (component) actions.push(...computeComponentEmitRequestActions(document, documentSettings, environment, only));
      else if (!isTestTemplateUri(uri)) actions.push(...computeEmitRequestActions(document, documentSettings, environment, only));
    } catch (error) {
      // Text no request format can carry (a lone surrogate in the parameters) costs the emit actions, not the quick fixes.
      log(`the emit-request actions of ${uri} failed: ${(error as Error).message}`);
    }
    // Clients without code action literals only understand commands; ours are all edits, so they get none.
    return client.support.codeActionLiterals ? actions : [];
  });

  connection.onCodeLens(async (params) => {
    const uri = params.textDocument.uri;
    // The blocked-request lens is the pipeline request's; components show theirs in the emit actions.
    if (!documents.analysable(uri) || componentFormatOfUri(uri) || isTestTemplateUri(uri)) return [];
    const [documentSettings, environment] = await Promise.all([settings.for(uri), projects.emitEnvironment(uri)]);
    const document = documents.analysable(uri);
    return document ? computeCodeLenses(document, documentSettings, environment) : [];
  });
}

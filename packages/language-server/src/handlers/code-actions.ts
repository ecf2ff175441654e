// Quick fixes, fix-all and the emit-request actions; the blocked-request code lens; the FROM inlay hint.
import {
  CodeActionKind,
  type CancellationToken,
  type CodeAction,
  type Diagnostic,
  type Range,
} from 'vscode-languageserver/node';
import { computeCodeActions, kindRequested } from '../features/code-actions.js';
import {
  computeParametersFromMismatchActions,
  computeTemplateFromMismatchActions,
} from '../features/from-mismatch-fixes.js';
import { computeParametersFileReport } from '../features/parameters-file.js';
import { computeFromInlayHints } from '../features/from-inlay-hint.js';
import { contextOf, parametersFileOf } from '../project-loader.js';
import { filePathOf, PARAMETERS_SUFFIX, parametersPathOf } from '../workspace-files.js';
import { computeCodeLenses } from '../features/code-lens.js';
import { computeComponentEmitRequestActions } from '../features/component-emit-request.js';
import { isTestTemplateUri } from '../features/test-templates.js';
import { componentFormatOfUri } from '../features/component-project.js';
import { computeEmitRequestActions } from '../features/emit-request.js';
import type { ServerContext } from '../server-context.js';
import { cancelled, nextTurn } from './cancellation.js';

export function registerCodeActions({
  connection,
  documents,
  client,
  settings,
  projects,
  scheduler,
  views,
  log,
}: ServerContext): void {
  /** The FROM mismatch fixes asked for in a parameters file: from each open template it belongs to. */
  async function parametersFileActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const actions: CodeAction[] = [];
    for (const template of documents.all()) {
      if (!documents.template(template.uri) || componentFormatOfUri(template.uri)) continue;
      // Only the templates this file belongs to are read (not every open template's project, per request).
      const templatePath = filePathOf(template.uri);
      if (!templatePath || parametersPathOf(templatePath) !== filePathOf(uri)) continue;
      const [templateSettings, project] = await Promise.all([
        settings.for(template.uri),
        projects.projectOf(template.uri, { fresh: true }),
      ]);
      const file = parametersFileOf(project);
      if (file?.uri !== uri) continue;
      // The client's unsaved text counts when it syncs the file to us.
      const parameters = { ...file, text: documents.get(uri)?.getText() ?? file.text };
      actions.push(
        ...computeParametersFromMismatchActions(template, { range, diagnostics }, templateSettings, parameters),
      );
    }
    return actions;
  }

  connection.onCodeAction(async (params, token: CancellationToken) => {
    const uri = params.textDocument.uri;
    if (uri.endsWith(PARAMETERS_SUFFIX))
      return client.support.codeActionLiterals
        ? parametersFileActions(uri, params.range, params.context.diagnostics)
        : [];
    scheduler.focus(uri);
    if (!documents.analysable(uri)) return [];
    const component = componentFormatOfUri(uri);
    // The project is read once for the quick fixes, the FROM fixes and the emit actions.
    const [documentSettings, project, componentEnvironment] = await Promise.all([
      settings.for(uri),
      projects.projectOf(uri, { fresh: true }),
      component ? projects.emitEnvironment(uri) : undefined,
    ]);
    const context = contextOf(project);
    const environment = componentEnvironment ?? projects.environmentOf(uri, project);
    await nextTurn();
    if (token.isCancellationRequested) return cancelled();
    const document = documents.analysable(uri);
    if (!document) return [];
    const only = params.context.only;
    // YAML components have no template quick fixes; Dockerfile-format ones do.
    const actions: CodeAction[] =
      component === 'yaml'
        ? []
        : computeCodeActions(
            document,
            { range: params.range, only, diagnostics: params.context.diagnostics },
            documentSettings,
            context,
          );
    if (!component && kindRequested(CodeActionKind.QuickFix, only)) {
      // The FROM mismatch is seen through the parameters-file summary on line 1: its fixes go there.
      const parametersFile = parametersFileOf(project);
      const summary = computeParametersFileReport(document, documentSettings, parametersFile).summary;
      actions.unshift(
        ...computeTemplateFromMismatchActions(
          document,
          { range: params.range, diagnostics: params.context.diagnostics },
          documentSettings,
          parametersFile,
          summary,
        ),
      );
    }
    // A test template's request is its build template's: emitted from there.
    try {
      if (component) actions.push(...computeComponentEmitRequestActions(document, documentSettings, environment, only));
      else if (!isTestTemplateUri(uri))
        actions.push(...computeEmitRequestActions(document, documentSettings, environment, only));
    } catch (error) {
      // Text no request format can carry (a lone surrogate in the parameters) costs the emit actions, not the quick fixes.
      log(`the emit-request actions of ${uri} failed: ${(error as Error).message}`);
    }
    // Clients without code action literals only understand commands; ours are all edits, so they get none.
    return client.support.codeActionLiterals ? actions : [];
  });

  connection.onCodeLens(async (params, token) => {
    const uri = params.textDocument.uri;
    // The blocked-request lens is the pipeline request's; components show theirs in the emit actions.
    if (!documents.analysable(uri) || componentFormatOfUri(uri) || isTestTemplateUri(uri)) return [];
    const [documentSettings, environment] = await Promise.all([settings.for(uri), projects.emitEnvironment(uri)]);
    const document = documents.analysable(uri);
    const lenses = document ? computeCodeLenses(document, documentSettings, environment) : [];
    // A cancelled answer never reaches the editor: the delivery keeps asking for a refresh.
    if (token.isCancellationRequested) return cancelled();
    views.delivered(uri, lenses);
    return lenses;
  });

  // The FROM the older service prepends, for clients with inlay hints (registered in capabilities/lifecycle).
  connection.languages.inlayHint.on(async (params) => {
    const document = documents.template(params.textDocument.uri);
    if (!document || componentFormatOfUri(document.uri)) return [];
    const [documentSettings, project] = await Promise.all([
      settings.for(document.uri),
      projects.projectOf(document.uri, { fresh: true }),
    ]);
    const current = documents.template(document.uri);
    return current ? computeFromInlayHints(current, documentSettings, parametersFileOf(project)) : [];
  });
}

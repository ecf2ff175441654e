// Pull diagnostics (`textDocument/diagnostic`, VS Code): computed when asked, cancellable before the work.
import { DocumentDiagnosticReportKind } from 'vscode-languageserver/node';
import { diagnosticsOf } from '../document-diagnostics.js';
import { computeCrossFileDiagnostics } from '../features/test-templates.js';
import { tooLargeDiagnostic } from '../open-documents.js';
import type { ServerContext } from '../server-context.js';
import { cancelledRetrigger, nextTurn } from './cancellation.js';

export function registerPullDiagnostics({
  connection,
  documents,
  settings,
  projects,
  components,
  reportProblems,
  parametersFiles,
  views,
}: ServerContext): void {
  connection.languages.diagnostics.on(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (!documents.analysable(document.uri))
      return { kind: DocumentDiagnosticReportKind.Full, items: [tooLargeDiagnostic(document.getText().length)] };
    const documentSettings = await settings.for(document.uri);
    const project = await projects.projectOf(document.uri);
    await nextTurn();
    if (token.isCancellationRequested) return cancelledRetrigger();
    const current = documents.analysable(document.uri);
    if (!current) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const { diagnostics, parametersFile } = await diagnosticsOf(
      current,
      documentSettings,
      project,
      components,
      reportProblems,
    );
    // Pull clients get the parameters file's findings no schema can check (TestContent, a FROM mismatch) pushed.
    if (parametersFile) {
      const crossFile = computeCrossFileDiagnostics(current, documentSettings, {
        parametersText: parametersFile.text,
        testTemplateText: parametersFile.testTemplateText,
      });
      parametersFiles.publish(current.uri, { diagnostics: crossFile }, parametersFile);
    }
    views.analysed(current, documentSettings, projects.environmentOf(current.uri, project));
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnostics };
  });
}

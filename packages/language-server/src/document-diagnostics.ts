// A document's diagnostics, composed from the feature functions: a template's own, the parameters-file
// summary on its first line and its COMPONENT calls; a component file's own. Push clients (Neovim, Emacs)
// also get the parameters file's problems as that file's diagnostics; VS Code checks it with the schema.
import type { TemplateProject } from '@buildcontent/core';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { computeComponentCallDiagnostics, computeComponentDiagnostics } from './features/component-diagnostics.js';
import { componentFormatOfUri, type ComponentProjects } from './features/component-project.js';
import { computeDiagnostics } from './features/diagnostics.js';
import {
  computeParametersFileReport,
  type ParametersFile,
  type ParametersFileReport,
} from './features/parameters-file.js';
import { contextOf, parametersFileOf } from './project-loader.js';
import type { ServerSettings } from './settings.js';

export interface DocumentDiagnostics {
  diagnostics: Diagnostic[];
  report?: ParametersFileReport;
  parametersFile?: ParametersFile;
}

export async function diagnosticsOf(
  document: TextDocument,
  settings: ServerSettings,
  project: TemplateProject | undefined,
  components: ComponentProjects,
  reportProblems: (problems: string[]) => void,
): Promise<DocumentDiagnostics> {
  if (componentFormatOfUri(document.uri)) {
    return { diagnostics: computeComponentDiagnostics(document, settings, await components.componentOf(document.uri)) };
  }
  const index = await components.indexFor(document.uri);
  reportProblems(index.problems.map((problem) => problem.message));
  const parametersFile = parametersFileOf(project);
  const report = computeParametersFileReport(document, settings, parametersFile);
  const own = computeDiagnostics(document, settings, contextOf(project));
  const diagnostics = [
    ...(report.summary ? [report.summary, ...own] : own),
    ...computeComponentCallDiagnostics(document, settings, index),
  ];
  return { diagnostics, report, parametersFile };
}

/** The parameters file's problems, published under its own URI for each template that uses it. */
export class ParametersFilePublisher {
  private readonly published = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  publish(templateUri: string, report: ParametersFileReport | undefined, parametersFile?: ParametersFile): void {
    const file = report && parametersFile;
    const previous = this.published.get(templateUri);
    if (previous && previous !== file?.uri) void this.connection.sendDiagnostics({ uri: previous, diagnostics: [] });
    if (file && report) {
      this.published.set(templateUri, file.uri);
      void this.connection.sendDiagnostics({ uri: file.uri, diagnostics: report.diagnostics });
    } else this.published.delete(templateUri);
  }
}

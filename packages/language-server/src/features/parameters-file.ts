// The parameters file seen from the template: the problems of `<name>.pipeline.json` (found by core's
// buildRequest, the same check the emit actions and `buildcontent request` run) as diagnostics in that file,
// and one summary diagnostic on the template's first line that names the file, counts its problems and links
// to it. Pure: the server passes the file's text in, however it reads it.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerSettings } from '../settings.js';
import { DIAGNOSTIC_SOURCE, toLspDiagnostic } from './diagnostics.js';
import { buildRequestFor } from './emit-request.js';

/** Our own code (not the service's): the summary is inferred from the file beside the template. */
export const PARAMETERS_SUMMARY_CODE = 'parameters-file';

/** Enough related entries to see the pattern; the file itself holds all of them. */
const RELATED_LIMIT = 20;

export interface ParametersFile {
  uri: string;
  /** The file name shown to the user (`web.pipeline.json`). */
  name: string;
  text: string;
}

export interface ParametersFileReport {
  /** Diagnostics placed in the parameters file. */
  diagnostics: Diagnostic[];
  /** The summary on the template, when the parameters file has problems. */
  summary?: Diagnostic;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function computeParametersFileReport(document: TextDocument, settings: ServerSettings, file: ParametersFile | undefined): ParametersFileReport {
  if (!file) return { diagnostics: [] };
  const result = buildRequestFor(document, settings, { parametersText: file.text });
  const findings = result.parameterDiagnostics;
  const diagnostics = findings.map(toLspDiagnostic);
  if (diagnostics.length === 0 || settings.severity[PARAMETERS_SUMMARY_CODE] === 'off') return { diagnostics };

  const count = (severity: DiagnosticSeverity) => diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  const rank = { error: 0, warning: 1, info: 2, hint: 3 } as const;
  const counts = [
    [count(DiagnosticSeverity.Error), 'error'],
    [count(DiagnosticSeverity.Warning), 'warning'],
    [count(DiagnosticSeverity.Information) + count(DiagnosticSeverity.Hint), 'note'],
  ] as const;
  const worstFirst = [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const first = worstFirst[0];
  const breakdown = counts.filter(([n]) => n > 0).map(([n, noun]) => plural(n, noun)).join(', ');
  const message =
    `${file.name} has ${plural(diagnostics.length, 'problem')} (${breakdown}). ` +
    `First, line ${first.range.start.line + 1}: ${first.message}`;
  const relatedInformation: DiagnosticRelatedInformation[] = worstFirst
    .slice(0, RELATED_LIMIT)
    .map((diagnostic) => ({ location: { uri: file.uri, range: diagnostic.range }, message: diagnostic.message }));
  const firstLine = document.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  return {
    diagnostics,
    summary: {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
      severity: count(DiagnosticSeverity.Error) > 0 ? DiagnosticSeverity.Error : DiagnosticSeverity.Information,
      code: PARAMETERS_SUMMARY_CODE,
      // The code is the link: editors open the parameters file from it.
      codeDescription: { href: file.uri },
      source: DIAGNOSTIC_SOURCE,
      message,
      relatedInformation,
    },
  };
}

// The parameters file seen from the template: the problems of `<name>.pipeline.json` (found by core's
// buildRequest, the same check the emit actions and `buildcontent request` run) as diagnostics in that file,
// and one summary diagnostic on the template's first line that names the file, counts its problems and links
// to it. Pure: the server passes the file's text in, however it reads it.
import { PARAMETERS_SUMMARY_CODE, summarizeParametersFile } from '@buildcontent/core';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerSettings } from '../settings.js';
import { toLspDiagnostic } from './diagnostics.js';
import { buildRequestFor } from './emit-request.js';

export { PARAMETERS_SUMMARY_CODE };

/** Enough related entries to see the pattern; the file itself holds all of them. */
const RELATED_LIMIT = 20;

export interface ParametersFile {
  uri: string;
  /** The file name shown to the user (`web.pipeline.json`). */
  name: string;
  text: string;
  /** The build template's test template, which the request carries as TestContent. */
  testTemplateText?: string;
}

export interface ParametersFileReport {
  /** Diagnostics placed in the parameters file. */
  diagnostics: Diagnostic[];
  /** The summary on the template, when the parameters file has problems. */
  summary?: Diagnostic;
}

export function computeParametersFileReport(
  document: TextDocument,
  settings: ServerSettings,
  file: ParametersFile | undefined,
): ParametersFileReport {
  if (!file) return { diagnostics: [] };
  const findings = buildRequestFor(document, settings, {
    parametersText: file.text,
    testTemplateText: file.testTemplateText,
  }).parameterDiagnostics;
  const diagnostics = findings.map(toLspDiagnostic);
  const summary = summarizeParametersFile(
    document.getText(),
    file.name,
    findings,
    settings.severity[PARAMETERS_SUMMARY_CODE],
  );
  if (!summary) return { diagnostics };
  const rank = { error: 0, warning: 1, info: 2, hint: 3 } as const;
  const relatedInformation: DiagnosticRelatedInformation[] = [...findings]
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .slice(0, RELATED_LIMIT)
    .map((finding) => ({ location: { uri: file.uri, range: finding.range }, message: finding.message }));
  // The code is the link: editors open the parameters file from it.
  return {
    diagnostics,
    summary: { ...toLspDiagnostic(summary), codeDescription: { href: file.uri }, relatedInformation },
  };
}

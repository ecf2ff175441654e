// Test templates (TestContent) in the editor. A `<name>.test.buildcontent` opens as a template and gets the
// template diagnostics; its parameters file is its build template's, summed up and emitted from there, so a
// test template gets no parameters summary, no emit actions and no blocked-request lens of its own. TestContent
// written inline in `<name>.pipeline.json` is linted by core's buildRequest; its findings are placed inside the
// JSON string and published in the parameters file (pull clients too: the JSON Schema cannot check it).
import { isTestTemplatePath, OWN_CODES, type TemplateProject } from '@buildcontent/core';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerSettings } from '../settings.js';
import { filePathOf } from '../workspace-files.js';
import { toLspDiagnostic } from './diagnostics.js';
import { buildRequestFor } from './emit-request.js';

/** Whether a document is a test template (by its path; an unsaved document is not). */
export function isTestTemplateUri(uri: string): boolean {
  const path = filePathOf(uri);
  return path !== undefined && isTestTemplatePath(path);
}

/** The test template text a build template's request carries (undefined for a test template itself). */
export function testTemplateTextOf(project: TemplateProject | undefined): string | undefined {
  return project?.role === 'Build' ? project.testTemplate.text : undefined;
}

/**
 * The findings in the parameters file that depend on other files, which no JSON Schema can check: TestContent
 * (inline content, or given twice) and a FROM naming another image (`from-parameters-mismatch`, with its quick
 * fixes). For clients that get no other parameters-file diagnostics from us (pull clients: VS Code checks the
 * rest with the schema).
 */
export function computeCrossFileDiagnostics(
  document: TextDocument,
  settings: ServerSettings,
  environment: { parametersText?: string; testTemplateText?: string },
): Diagnostic[] {
  if (environment.parametersText === undefined) return [];
  return buildRequestFor(document, settings, environment)
    .parameterDiagnostics.filter(
      (finding) => finding.path[0] === 'TestContent' || finding.code === OWN_CODES.fromParametersMismatch,
    )
    .map(toLspDiagnostic);
}

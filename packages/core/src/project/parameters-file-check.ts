// The parameters file seen from its template: what `buildcontent request` and the emit actions would report
// about `<name>.pipeline.json`, and one summary finding on the template's first line that names the file and
// counts its problems. The CLI's `lint` and the language server both report it, so a broken parameters file
// is as visible in CI as in the editor.
import type { Diagnostic, Severity, SeveritySetting } from '../checks/diagnostic.js';
import { DOCS_PAGE_BASE } from '../checks/registry.js';
import type { LintOptions, RequestDefaults } from '../options.js';
import { buildRequest, type BuildRequestResult } from '../request/build-request.js';
import type { ParameterDiagnostic } from '../request/validate-parameters.js';
import { parametersWithDefaults } from './load-project.js';

/** Our own code (not the service's): the summary is inferred from the file beside the template. */
export const PARAMETERS_SUMMARY_CODE = 'parameters-file';

/** What a parameters-file check needs besides the two texts: the template's lint settings and request defaults. */
export interface ParametersFileCheckOptions {
  /** The template's lint settings (severities apply to the parameter findings too). */
  lint?: LintOptions;
  keepComments?: boolean;
  /** The settings' `request.*` defaults, under the file's own values. */
  requestDefaults?: RequestDefaults;
  /** The test template file's text, when there is one (TestContent given twice is a parameters finding). */
  testTemplate?: string;
}

/** The request built from a template and its parameters file, as the emit actions and `request` build it. */
export function buildRequestWithFile(
  templateText: string,
  parametersText: string | undefined,
  options: ParametersFileCheckOptions = {},
): BuildRequestResult {
  const lint: LintOptions | undefined = options.lint ? { ...options.lint } : undefined;
  if (lint) delete lint.params; // buildRequest checks template and parameters together itself
  return buildRequest(templateText, parametersWithDefaults(parametersText, options.requestDefaults), {
    lint,
    keepComments: options.keepComments,
    paramsText: parametersText,
    testTemplate: options.testTemplate,
  });
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The summary on the template's first line, or undefined when the file has no problems or the summary is
 * turned off (`"parameters-file": "off"`). Error when any finding is an error, else information, unless a
 * severity setting says otherwise.
 */
export function summarizeParametersFile(
  templateText: string,
  fileName: string,
  findings: readonly ParameterDiagnostic[],
  setting?: SeveritySetting,
): Diagnostic | undefined {
  if (findings.length === 0 || setting === 'off') return undefined;
  const count = (...severities: Severity[]) =>
    findings.filter((finding) => severities.includes(finding.severity)).length;
  const breakdown = (
    [
      [count('error'), 'error'],
      [count('warning'), 'warning'],
      [count('info', 'hint'), 'note'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, noun]) => plural(n, noun))
    .join(', ');
  const first = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0];
  const lineEnd = templateText.search(/\r\n|\r|\n/);
  const firstLine = templateText.slice(0, lineEnd === -1 ? templateText.length : lineEnd);
  return {
    code: PARAMETERS_SUMMARY_CODE,
    severity: setting ?? (count('error') > 0 ? 'error' : 'info'),
    message: `${fileName} has ${plural(findings.length, 'problem')} (${breakdown}). First, line ${first.range.start.line + 1}: ${first.message}`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
    rule: PARAMETERS_SUMMARY_CODE,
    href: `${DOCS_PAGE_BASE}/docs/request-parameters.md`,
  };
}

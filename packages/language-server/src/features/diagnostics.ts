// Core findings as LSP diagnostics: code, link to the rule's page, source and tags.
import type { Diagnostic as CoreDiagnostic, LintOptions, Severity } from '@buildcontent/core';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lintDocument } from '../document.js';
import { toLintOptions, type ServerSettings } from '../settings.js';

export const DIAGNOSTIC_SOURCE = 'buildcontent';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What the diagnostics of a template depend on besides its text. */
export interface DiagnosticsContext {
  /** The parameters file's cross-check values (core's lintParamsOf): given whenever the file is a JSON object. */
  params?: LintOptions['params'];
}

/** Data kept on each LSP diagnostic so that a code action request can name the rule without re-linting. */
export interface DiagnosticData {
  rule: string;
  fixable: boolean;
}

export function toLspDiagnostic(finding: CoreDiagnostic): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITIES[finding.severity] ?? DiagnosticSeverity.Error,
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: { rule: finding.rule, fixable: finding.fix !== undefined } satisfies DiagnosticData,
  };
  if (finding.href) diagnostic.codeDescription = { href: finding.href };
  if (finding.tags && finding.tags.length > 0) {
    diagnostic.tags = finding.tags.map((tag) =>
      tag === 'deprecated' ? DiagnosticTag.Deprecated : DiagnosticTag.Unnecessary,
    );
  }
  return diagnostic;
}

/** The core findings for a document under the given settings (cached per document version). */
export function lintFindings(
  document: TextDocument,
  settings: ServerSettings,
  context: DiagnosticsContext = {},
): CoreDiagnostic[] {
  return lintDocument(document, toLintOptions(settings, context.params));
}

export function computeDiagnostics(
  document: TextDocument,
  settings: ServerSettings,
  context: DiagnosticsContext = {},
): Diagnostic[] {
  return lintFindings(document, settings, context).map(toLspDiagnostic);
}

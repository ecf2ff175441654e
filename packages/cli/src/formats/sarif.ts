// SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps), valid against the OASIS schema
// (test/fixtures/sarif-schema-2.1.0.json). Columns are 1-based UTF-16 code units (`columnKind`), as editors count.
// URIs are RFC 3986 references, every path segment percent-encoded: relative paths against %SRCROOT% (the
// working directory), absolute paths as file: URIs, stdin as its label (`%3Cstdin%3E`).
import { isAbsolute, sep } from 'node:path';
import { rules, type Diagnostic } from '@buildcontent/core';
import { safeJson } from '../terminal/safe-text.js';
import { oneBased, type FileResult, type Formatter } from './file-result.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** Percent-encodes each segment of a path; `/` (and the platform separator) separate segments. */
function encodePath(path: string): string {
  return path
    .split(sep === '/' ? '/' : /[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function fileUri(absolutePath: string): string {
  const encoded = encodePath(absolutePath);
  return `file://${encoded.startsWith('/') ? '' : '/'}${encoded}`;
}

function artifactLocation(result: FileResult) {
  if (!result.stdin && isAbsolute(result.path)) return { uri: fileUri(result.path) };
  return { uri: encodePath(result.path), uriBaseId: '%SRCROOT%' };
}

function ruleDescriptor(code: string, severity: Diagnostic['severity']) {
  const rule = rules.find((r) => r.codes.includes(code));
  if (!rule) return { id: code, shortDescription: { text: code }, defaultConfiguration: { level: LEVEL[severity] } };
  const kind = /^[A-Z]/.test(code)
    ? "the service's own error code"
    : 'a finding of ours (the service documents no code for it)';
  return {
    id: code,
    name: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: {
      text: `${rule.description} ${code} is ${kind}; rule ${rule.id} reports ${rule.codes.join(', ')}.`,
    },
    help: {
      text: `${rule.description} Documentation: ${rule.href}`,
      markdown: `${rule.description}\n\nDocumentation: [${rule.id}](${rule.href})`,
    },
    helpUri: rule.href,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { rule: rule.id },
  };
}

export const formatSarif: Formatter = (results, context) => {
  const codes = [...new Set(results.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort();
  const firstSeverity = (code: string) => results.flatMap((r) => r.diagnostics).find((d) => d.code === code)!.severity;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'buildcontent',
            version: context.version,
            semanticVersion: context.version,
            informationUri: 'https://github.com/buildcontent/buildcontent',
            rules: codes.map((code) => ruleDescriptor(code, firstSeverity(code))),
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { uri: fileUri(context.cwd.endsWith(sep) ? context.cwd : `${context.cwd}${sep}`) },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) =>
          result.diagnostics.map((d) => {
            const { line, column, endLine, endColumn } = oneBased(d);
            return {
              ruleId: d.code,
              ruleIndex: codes.indexOf(d.code),
              level: LEVEL[d.severity],
              message: { text: d.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: artifactLocation(result),
                    region: { startLine: line, startColumn: column, endLine, endColumn },
                  },
                },
              ],
            };
          }),
        ),
      },
    ],
  };
  return `${safeJson(log)}\n`;
};

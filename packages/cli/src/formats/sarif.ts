// SARIF 2.1.0, for code-scanning dashboards (GitHub, GitLab, Azure DevOps). Columns are real, 1-based.
import { rules } from '@buildcontent/core';
import type { FileResult } from './stylish.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

export function formatSarif(results: FileResult[]): string {
  const codes = [...new Set(results.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort();
  const ruleOf = (code: string) => rules.find((r) => r.codes.includes(code));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'buildcontent',
            informationUri: 'https://github.com/buildcontent/buildcontent',
            rules: codes.map((code) => ({
              id: code,
              shortDescription: { text: ruleOf(code)?.description ?? code },
              helpUri: ruleOf(code)?.href,
              properties: { rule: ruleOf(code)?.id },
            })),
          },
        },
        results: results.flatMap((result) =>
          result.diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: codes.indexOf(d.code),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: result.path.split('\\').join('/') },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

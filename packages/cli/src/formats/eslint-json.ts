// ESLint's JSON formatter shape, so tools that read ESLint output read ours:
// [{ filePath, messages: [{ ruleId, severity: 1|2, message, line, column, endLine, endColumn, fix? }], errorCount, ... }]
import { offsetAt } from '@buildcontent/core';
import type { FileResult } from './stylish.js';

export function formatEslintJson(results: FileResult[]): string {
  return `${JSON.stringify(
    results.map((result) => {
      const messages = result.diagnostics.map((d) => {
        const message: Record<string, unknown> = {
          ruleId: d.code,
          severity: d.severity === 'error' ? 2 : 1,
          message: d.message,
          line: d.range.start.line + 1,
          column: d.range.start.character + 1,
          endLine: d.range.end.line + 1,
          endColumn: d.range.end.character + 1,
        };
        // ESLint's fix is one offset range; ours may hold several edits, so only single-edit fixes are listed.
        if (d.fix && d.fix.edits.length === 1) {
          const edit = d.fix.edits[0];
          message.fix = { range: [offsetAt(result.text, edit.range.start), offsetAt(result.text, edit.range.end)], text: edit.newText };
        }
        return message;
      });
      const count = (severity: number, fixable = false) => messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length;
      return {
        filePath: result.path,
        messages,
        errorCount: count(2),
        fatalErrorCount: 0,
        warningCount: count(1),
        fixableErrorCount: count(2, true),
        fixableWarningCount: count(1, true),
      };
    }),
    null,
    2,
  )}\n`;
}

// ESLint's LintResult shape (https://eslint.org/docs/latest/integrate/nodejs-api#-lintresult-type), so tools and
// ESLint's own formatters (html, json-with-metadata) read our findings: filePath (absolute), messages with
// ruleId, severity 1|2, message, 1-based line/column/endLine/endColumn, fix and suggestions as one offset range,
// the counts, suppressedMessages and usedDeprecatedRules. Info findings are severity 1: ESLint has no lower level.
import { resolve } from 'node:path';
import { offsetAt, type Fix } from '@buildcontent/core';
import { safeJson } from '../terminal/safe-text.js';
import { oneBased, type FileResult, type Formatter } from './file-result.js';

/** ESLint's fix is one replacement: several edits become one covering range, the text between them kept. */
function eslintFix(text: string, fix: Fix): { range: [number, number]; text: string } {
  const edits = fix.edits
    .map((edit) => ({
      start: offsetAt(text, edit.range.start),
      end: offsetAt(text, edit.range.end),
      newText: edit.newText,
    }))
    .sort((a, b) => a.start - b.start);
  let merged = '';
  for (let i = 0; i < edits.length; i++) {
    merged += edits[i].newText;
    if (i + 1 < edits.length) merged += text.slice(edits[i].end, edits[i + 1].start);
  }
  return { range: [edits[0].start, edits[edits.length - 1].end], text: merged };
}

function toEslintResults(results: FileResult[], cwd: string) {
  return results.map((result) => {
    const messages = result.diagnostics.map((d) => {
      const message: Record<string, unknown> = {
        ruleId: d.code,
        severity: d.severity === 'error' ? 2 : 1,
        message: d.message,
        ...oneBased(d),
      };
      if (d.fix?.edits.length) message.fix = eslintFix(result.text, d.fix);
      const suggestions = (d.suggestions ?? []).filter((s) => s.edits.length > 0);
      if (suggestions.length)
        message.suggestions = suggestions.map((s) => ({ desc: s.title, fix: eslintFix(result.text, s) }));
      return message;
    });
    const count = (severity: number, fixable = false) =>
      messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length;
    return {
      filePath: result.stdin ? result.path : resolve(cwd, result.path),
      messages,
      suppressedMessages: [],
      errorCount: count(2),
      fatalErrorCount: 0,
      warningCount: count(1),
      fixableErrorCount: count(2, true),
      fixableWarningCount: count(1, true),
      usedDeprecatedRules: [],
    };
  });
}

export const formatJson: Formatter = (results, context) => `${safeJson(toEslintResults(results, context.cwd))}\n`;

// The default format: one line per finding, `file:line:col  severity  message  code`, which terminals and
// editors make clickable, then a summary. Template text in messages and paths is shown escaped (safe-text.ts).
import type { Diagnostic } from '@buildcontent/core';
import { paint } from '../terminal/color.js';
import { safeText } from '../terminal/safe-text.js';
import { countSeverities, oneBased, type FileResult } from './file-result.js';

const SEVERITY_COLOR: Record<Diagnostic['severity'], number> = { error: 31, warning: 33, info: 36, hint: 90 };
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatStylish(results: FileResult[], color = false): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const d of result.diagnostics) {
      const { line, column } = oneBased(d);
      lines.push(
        `${safeText(result.path)}:${line}:${column}  ${paint(color, SEVERITY_COLOR[d.severity], d.severity.padEnd(7))}  ${safeText(d.message)}  ${paint(color, 90, safeText(d.code))}`,
      );
    }
  }
  const counts = countSeverities(results);
  const others = counts.info + counts.hint;
  const total = counts.error + counts.warning + others;
  if (total === 0) return results.length > 0 ? `${plural(results.length, 'file')} checked, no problems\n` : '';
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (others > 0) parts.push(`${others} info`);
  lines.push('', `${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(results.length, 'file')}`);
  return `${lines.join('\n')}\n`;
}

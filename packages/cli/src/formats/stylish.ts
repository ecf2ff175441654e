import type { Diagnostic } from '@buildcontent/core';

export interface FileResult {
  path: string;
  diagnostics: Diagnostic[];
  /** The file's text, for the JSON format's fix offsets. */
  text: string;
}

const paint = (on: boolean, code: number, s: string) => (on ? `\u001b[${code}m${s}\u001b[39m` : s);
const SEVERITY_COLOR: Record<Diagnostic['severity'], number> = { error: 31, warning: 33, info: 36, hint: 90 };

/** One line per finding, `file:line:col  severity  message  code`, as terminals make clickable. */
export function formatStylish(results: FileResult[], color = false): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else others++;
      const where = `${result.path}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      lines.push(`${where}  ${paint(color, SEVERITY_COLOR[d.severity], d.severity.padEnd(7))}  ${d.message}  ${paint(color, 90, d.code)}`);
    }
  }
  const total = errors + warnings + others;
  if (total === 0) return results.length > 0 ? `${results.length} file${results.length === 1 ? '' : 's'} checked, no problems\n` : '';
  const parts = [`${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`];
  if (others > 0) parts.push(`${others} info`);
  lines.push('', `${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${results.length} file${results.length === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

// The GNU error format, `file:line:col: severity: message [code]`, which Emacs' compilation mode and Vim's
// quickfix (errorformat %f:%l:%c: %m) read. Lines and columns are 1-based (columns in UTF-16 code units).
import { safeText } from '../terminal/safe-text.js';
import { oneBased, type Formatter } from './file-result.js';

const SEVERITY = { error: 'error', warning: 'warning', info: 'info', hint: 'note' } as const;

export const formatGnu: Formatter = (results) =>
  results
    .flatMap((result) =>
      result.diagnostics.map((d) => {
        const { line, column } = oneBased(d);
        return `${safeText(result.path)}:${line}:${column}: ${SEVERITY[d.severity]}: ${safeText(d.message)} [${safeText(d.code)}]\n`;
      }),
    )
    .join('');

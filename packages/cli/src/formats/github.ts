// GitHub Actions workflow commands: `::error file=...,line=...,col=...,endLine=...,endColumn=...,title=CODE::message`
// (https://docs.github.com/actions/reference/workflow-commands-for-github-actions). Escaping follows the runner's
// toolkit: `%`, CR and LF in the message; also `:` and `,` in properties. Other control characters are shown
// escaped (safe-text.ts) so that the log never carries raw escape sequences.
import { safeText } from '../terminal/safe-text.js';
import { oneBased, type Formatter } from './file-result.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

/** Escapes the runner itself decodes (`%25`, `%0D`, `%0A`), applied before safeText so they survive. */
const escapeData = (s: string) => safeText(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const formatGithub: Formatter = (results) =>
  results
    .flatMap((result) =>
      result.diagnostics.map((d) => {
        const { line, column, endLine, endColumn } = oneBased(d);
        const properties = [
          `file=${escapeProperty(result.path)}`,
          `line=${line}`,
          `col=${column}`,
          `endLine=${endLine}`,
          `endColumn=${endColumn}`,
          `title=${escapeProperty(d.code)}`,
        ];
        return `::${COMMAND[d.severity]} ${properties.join(',')}::${escapeData(d.message)}\n`;
      }),
    )
    .join('');

// The template the editor setup tests open: one line per construct the highlighting marks, and findings
// that show the server runs with the settings of the docs' blocks (keyword-case is turned off there).
export const HIGHLIGHT_SAMPLE = [
  '# Web server image',
  'run yum install nginx',
  'ENV DEST="/opt/$NAME"',
  'COPY --chown=admin ./site.tgz \\',
  '  run${DEST}',
  'RESTART now',
  'EXPOSE 80',
  '',
];

/** What the server reports on the sample (0-based lines and columns; severity 1 error, 2 warning). */
export const SAMPLE_DIAGNOSTICS = [
  { code: 'package-install-without-yes', lnum: 1, col: 4, end_lnum: 1, end_col: 15, severity: 2 },
  { code: 'unsupported-flag', lnum: 3, col: 5, end_lnum: 3, end_col: 18, severity: 1 },
  { code: 'NotEmptyCommandContent.RESTART', lnum: 5, col: 8, end_lnum: 5, end_col: 11, severity: 1 },
  { code: 'InvalidImageTemplateCommand.NotSupported', lnum: 6, col: 0, end_lnum: 6, end_col: 6, severity: 1 },
];

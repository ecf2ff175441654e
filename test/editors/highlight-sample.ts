import { expect } from 'vitest';

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
  { code: 'unsupported-flag', lnum: 3, col: 5, end_lnum: 3, end_col: 18, severity: 2 },
  { code: 'NotEmptyCommandContent.RESTART', lnum: 5, col: 8, end_lnum: 5, end_col: 11, severity: 1 },
  { code: 'InvalidImageTemplateCommand.NotSupported', lnum: 6, col: 0, end_lnum: 6, end_col: 6, severity: 1 },
];

/** One run of the same Vim syntax group on a line: its 0-based column, the group and the group it links to. */
export interface SyntaxRun {
  col: number;
  group: string;
  linked: string;
}

/** What Vim and Neovim show with editors/vim: [line, fragment, syntax group, highlight group it links to]. */
export const VIM_GROUPS: Array<[number, string, string, string]> = [
  [0, '# Web server image', 'buildcontentComment', 'Comment'],
  [1, 'run', 'buildcontentKeyword', 'Statement'],
  [2, 'ENV', 'buildcontentKeyword', 'Statement'],
  [2, '"/opt/', 'buildcontentString', 'Constant'],
  [2, '$NAME', 'buildcontentVariable', 'Identifier'],
  [3, '--chown', 'buildcontentFlag', 'Special'],
  [3, '\\', 'buildcontentContinuation', 'Special'],
  [4, 'run', 'buildcontentCommand', 'buildcontentCommand'], // a word starting a continuation line is no keyword
  [4, '${DEST}', 'buildcontentVariable', 'Identifier'],
  [5, 'RESTART', 'buildcontentKeyword', 'Statement'],
  [6, 'EXPOSE', 'buildcontentUnsupported', 'Error'],
];

/** The [group, linked group] covering `fragment` on `line` of the sample, or ['mixed', ...] when it spans several. */
export function vimGroupAt(highlight: SyntaxRun[][], line: number, fragment: string): [string, string] {
  const start = HIGHLIGHT_SAMPLE[line].indexOf(fragment);
  if (start === -1) throw new Error(`"${fragment}" is not on line ${line}`);
  const runs = highlight[line];
  const covering = runs.filter((run, i) => run.col < start + fragment.length && (runs[i + 1]?.col ?? Infinity) > start);
  if (covering.length !== 1) return ['mixed', covering.map((r) => r.group).join(',')];
  return [covering[0].group, covering[0].linked];
}

/** What Vim and Neovim record of the sample's buffer (the probes write these fields). */
export interface VimBuffer {
  filetype: string;
  syntax: string;
  commentstring: string;
  omnifunc: string;
  fileformat: string;
  highlight: SyntaxRun[][];
}

/** The buffer editors/vim sets up for the sample, read with `eol` line breaks; `omnifunc` differs by editor. */
export function expectVimRuntimeBuffer(buffer: VimBuffer, eol: string, omnifunc: string): void {
  expect(buffer.filetype).toBe('buildcontent');
  expect(buffer.syntax).toBe('buildcontent');
  expect(buffer.commentstring).toBe('# %s');
  expect(buffer.omnifunc).toBe(omnifunc);
  expect(buffer.fileformat).toBe(eol === '\n' ? 'unix' : 'dos');
  for (const [line, fragment, group, linked] of VIM_GROUPS) {
    expect(vimGroupAt(buffer.highlight, line, fragment), `line ${line}: ${fragment}`).toEqual([group, linked]);
  }
}

// Emacs 28 with Debian's elpa-eglot 1.9, set up exactly as docs/editors.md says: its tested blocks are read from
// the docs (the install commands run from the checkout, the init.el block is the user's init file), and the
// template is opened as a user opens it (`emacs web.buildcontent`). emacs-setup-probe.el records what the user
// would see: major mode, comment syntax, faces, the eglot server and its flymake diagnostics.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltServer } from '../protocol/lsp-client.js';
import { announceSkip, EDITOR_RUN_MS, EDITORS_DIR, runShellBlock, testedBlock, userHome, which } from './editor-kit.js';
import { HIGHLIGHT_SAMPLE, SAMPLE_DIAGNOSTICS } from './highlight-sample.js';

const emacs = which('emacs');
const eglotInstalled =
  emacs !== undefined && spawnSync(emacs, ['--batch', '-q', '--eval', "(require 'eglot)"]).status === 0;
if (!emacs) announceSkip('emacs', 'apt-get install -y emacs-nox elpa-eglot');
else if (!eglotInstalled) announceSkip('eglot (for Emacs)', 'apt-get install -y elpa-eglot');

interface ProbeResult {
  mode: string;
  commentStart: string | null;
  eolType: number;
  languageId: string | null;
  command: string[] | null;
  diagnostics: Array<{ code: string; line: number; column: number; endLine: number; endColumn: number; type: string }>;
  faces: Array<Array<[number, string]>>;
}

/** The face covering `fragment` on `line`, or 'mixed: ...' when it spans several. */
function faceAt(result: ProbeResult, line: number, fragment: string): string {
  const start = HIGHLIGHT_SAMPLE[line].indexOf(fragment);
  if (start === -1) throw new Error(`"${fragment}" is not on line ${line}`);
  const runs = result.faces[line];
  const covering = runs.filter(([col], i) => col < start + fragment.length && (runs[i + 1]?.[0] ?? Infinity) > start);
  return covering.length === 1 ? covering[0][1] : `mixed: ${covering.map(([, face]) => face).join(',')}`;
}

const EMACS_TYPE: Record<number, string> = { 1: 'eglot-error', 2: 'eglot-warning' };

describe.skipIf(!eglotInstalled).each([
  ['\\n', '\n'],
  ['\\r\\n', '\r\n'],
])('Emacs set up as docs/editors.md says (%s)', (_, eol) => {
  let home: string;
  let result: ProbeResult;

  beforeAll(() => {
    requireBuiltServer();
    const user = userHome();
    home = user.home;
    runShellBlock('emacs-install', user.env);
    writeFileSync(join(home, '.emacs.d/init.el'), testedBlock('emacs-init'));
    const project = join(home, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'web.buildcontent'), HIGHLIGHT_SAMPLE.join(eol));
    const resultPath = join(home, 'result.json');
    // As `emacs web.buildcontent` starts: packages activated (Debian's elpa-eglot is one), then the init file,
    // then the file on the command line. --batch does neither of the first two by itself.
    const run = spawnSync(
      emacs!,
      [
        '--batch',
        '--eval',
        '(package-activate-all)',
        '-l',
        join(home, '.emacs.d/init.el'),
        'web.buildcontent',
        '-l',
        join(EDITORS_DIR, 'emacs-setup-probe.el'),
      ],
      {
        cwd: project,
        env: {
          ...user.env,
          RESULT_OUT: resultPath,
          TEMPLATE: 'web.buildcontent',
          WANT_DIAGNOSTICS: String(SAMPLE_DIAGNOSTICS.length),
        },
        encoding: 'utf8',
        timeout: EDITOR_RUN_MS - 10000,
      },
    );
    if (!existsSync(resultPath))
      throw new Error(`emacs wrote no result (exit ${run.status}): ${run.stderr}${run.stdout}`);
    result = JSON.parse(readFileSync(resultPath, 'utf8')) as ProbeResult;
  }, EDITOR_RUN_MS);
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('opens the template in buildcontent-mode with # comments', () => {
    expect(result.mode).toBe('buildcontent-mode');
    expect(result.commentStart).toBe('# ');
    expect(result.eolType).toBe(eol === '\n' ? 0 : 1); // Emacs reads CRLF files as dos, the text without \r
  });

  it.each([
    [0, '#', 'font-lock-comment-delimiter-face'],
    [0, 'Web server image', 'font-lock-comment-face'],
    [1, 'run', 'font-lock-keyword-face'],
    [2, 'ENV', 'font-lock-keyword-face'],
    [2, '/opt/', 'font-lock-string-face'],
    [2, '$NAME', 'font-lock-variable-name-face'],
    [3, '--chown', 'font-lock-builtin-face'],
    [3, '\\', 'font-lock-preprocessor-face'],
    [4, '${DEST}', 'font-lock-variable-name-face'],
    [4, 'run', 'nil'], // a word starting a continuation line is not a command
    [5, 'RESTART', 'font-lock-keyword-face'],
    [6, 'EXPOSE', 'font-lock-warning-face'],
  ])('line %i: %s has %s', (line, fragment, face) => {
    expect(faceAt(result, line, fragment)).toBe(face);
  });

  it('starts buildcontent-language-server through eglot, which shows its diagnostics with the settings applied', () => {
    expect(result.languageId).toBe('buildcontent');
    expect(result.command).toEqual(['buildcontent-language-server', '--stdio']);
    expect(result.diagnostics).toEqual(
      SAMPLE_DIAGNOSTICS.map((d) => ({
        code: d.code,
        line: d.lnum,
        column: d.col,
        endLine: d.end_lnum,
        endColumn: d.end_col,
        type: EMACS_TYPE[d.severity],
      })),
    );
  });
});

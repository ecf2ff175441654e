// Neovim 0.7.2 (Debian's) set up exactly as docs/editors.md says: its tested blocks are read from the docs and
// installed in a scratch home folder, and the template is opened as a user opens it (`nvim web.buildcontent`).
// What the user would see is recorded by nvim-setup-probe.lua: filetype, highlight groups, options, the attached
// server and its diagnostics.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltServer } from '../protocol/lsp-client.js';
import { announceSkip, EDITORS_DIR, runShellBlock, testedBlock, userHome, which } from './editor-kit.js';
import { HIGHLIGHT_SAMPLE, SAMPLE_DIAGNOSTICS } from './highlight-sample.js';

const nvim = which('nvim');
if (!nvim) announceSkip('nvim', 'apt-get install -y neovim');

interface SyntaxRun {
  col: number;
  group: string;
  linked: string;
}
interface ProbeResult {
  timed_out: boolean;
  filetype: string;
  syntax: string;
  commentstring: string;
  omnifunc: string;
  fileformat: string;
  clients: string[];
  diagnostics: Array<{ code: string; lnum: number; col: number; end_lnum: number; end_col: number; severity: number }>;
  highlight: SyntaxRun[][];
}

const homes: string[] = [];
afterEach(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});

/** Sets up a user's home with the given docs blocks, opens `web.buildcontent` holding `text` and probes it. */
function openAsUser(text: string, { runtime }: { runtime: boolean }): ProbeResult {
  const { home, env } = userHome();
  homes.push(home);
  if (runtime) runShellBlock('vim-runtime-neovim', env);
  mkdirSync(join(home, '.config/nvim'), { recursive: true });
  writeFileSync(join(home, '.config/nvim/init.lua'), testedBlock('neovim-0.7-init'));
  const project = join(home, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'web.buildcontent'), text);
  const resultPath = join(home, 'result.json');
  const run = spawnSync(nvim!, ['--headless', 'web.buildcontent', '-c', `luafile ${join(EDITORS_DIR, 'nvim-setup-probe.lua')}`], {
    cwd: project,
    env: { ...env, RESULT_OUT: resultPath, WANT_DIAGNOSTICS: String(SAMPLE_DIAGNOSTICS.length) },
    encoding: 'utf8',
    timeout: 60000,
  });
  if (!existsSync(resultPath)) throw new Error(`nvim wrote no result (exit ${run.status}): ${run.stderr}${run.stdout}`);
  return JSON.parse(readFileSync(resultPath, 'utf8')) as ProbeResult;
}

/** The syntax group covering `fragment` on `line`, or a description of the mixed runs it spans. */
function groupAt(result: ProbeResult, text: string, line: number, fragment: string): [string, string] {
  const lineText = text.split(/\r?\n/)[line];
  const start = lineText.indexOf(fragment);
  if (start === -1) throw new Error(`"${fragment}" is not on line ${line}`);
  const runs = result.highlight[line];
  const covering = runs.filter((run, i) => run.col < start + fragment.length && (runs[i + 1]?.col ?? Infinity) > start);
  if (covering.length !== 1) return ['mixed', covering.map((r) => r.group).join(',')];
  return [covering[0].group, covering[0].linked];
}

describe.skipIf(!nvim)('Neovim 0.7 set up as docs/editors.md says', () => {
  beforeAll(() => requireBuiltServer());

  describe.each([['\\n', '\n'], ['\\r\\n', '\r\n']])('with editors/vim installed (%s)', (_, eol) => {
    const text = HIGHLIGHT_SAMPLE.join(eol);
    let result: ProbeResult;
    beforeAll(() => {
      result = openAsUser(text, { runtime: true });
    });

    it('gives the file the buildcontent filetype, syntax, commentstring and LSP omnifunc', () => {
      expect(result.filetype).toBe('buildcontent');
      expect(result.syntax).toBe('buildcontent');
      expect(result.commentstring).toBe('# %s');
      expect(result.omnifunc).toBe('v:lua.vim.lsp.omnifunc');
      expect(result.fileformat).toBe(eol === '\n' ? 'unix' : 'dos');
    });

    it.each([
      [0, '# Web server image', 'buildcontentComment', 'Comment'],
      [1, 'run', 'buildcontentKeyword', 'Statement'],
      [2, 'ENV', 'buildcontentKeyword', 'Statement'],
      [2, '"/opt/', 'buildcontentString', 'Constant'],
      [2, '$NAME', 'buildcontentVariable', 'Identifier'],
      [3, '--chown', 'buildcontentFlag', 'Special'],
      [3, '\\', 'buildcontentContinuation', 'Special'],
      [4, '${DEST}', 'buildcontentVariable', 'Identifier'],
      [5, 'RESTART', 'buildcontentKeyword', 'Statement'],
      [6, 'EXPOSE', 'buildcontentUnsupported', 'Error'],
    ])('line %i: %s is %s (%s)', (line, fragment, group, linked) => {
      expect(groupAt(result, text, line, fragment)).toEqual([group, linked]);
    });

    it('a word at the start of a continuation line is not a keyword', () => {
      expect(groupAt(result, text, 4, 'run')).toEqual(['buildcontentCommand', 'buildcontentCommand']);
    });

    it('starts the server, which publishes its diagnostics with the settings of the block applied', () => {
      expect(result.timed_out).toBe(false);
      expect(result.clients).toEqual(['buildcontent']);
      expect(result.diagnostics).toEqual(SAMPLE_DIAGNOSTICS);
    });
  });

  it.each([['\\n', '\n'], ['\\r\\n', '\r\n']])(
    'without editors/vim, the init.lua block alone still detects the file and starts the server (%s)',
    (_, eol) => {
      // The bug this block once had: 0.7 ignored vim.filetype.add, the template (which starts with a comment)
      // became `conf`, and the server never started.
      const result = openAsUser(HIGHLIGHT_SAMPLE.join(eol), { runtime: false });
      expect(result.filetype).toBe('buildcontent');
      expect(result.syntax).toBe('');
      expect(result.clients).toEqual(['buildcontent']);
      expect(result.diagnostics).toEqual(SAMPLE_DIAGNOSTICS);
    },
  );
});

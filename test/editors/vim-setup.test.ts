// Vim (9, Debian's) with editors/vim installed exactly as docs/editors.md says, and no vimrc (Vim then loads
// defaults.vim, which turns on filetype plugins and syntax): the template opened as `vim web.buildcontent`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceSkip, EDITORS_DIR, runShellBlock, userHome, which } from './editor-kit.js';
import { HIGHLIGHT_SAMPLE, VIM_GROUPS, vimGroupAt, type SyntaxRun } from './highlight-sample.js';

const vim = which('vim');
if (!vim) announceSkip('vim', 'apt-get install -y vim');

describe.skipIf(!vim).each([['\\n', '\n'], ['\\r\\n', '\r\n']])('Vim with editors/vim installed as docs/editors.md says (%s)', (_, eol) => {
  let home: string;
  let result: { filetype: string; syntax: string; commentstring: string; omnifunc: string; fileformat: string; highlight: SyntaxRun[][] };

  beforeAll(() => {
    const user = userHome();
    home = user.home;
    runShellBlock('vim-runtime-vim', user.env);
    const project = join(home, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'web.buildcontent'), HIGHLIGHT_SAMPLE.join(eol));
    const resultPath = join(home, 'result.json');
    const run = spawnSync(vim!, ['--not-a-term', 'web.buildcontent', '-c', `source ${join(EDITORS_DIR, 'vim-setup-probe.vim')}`], {
      cwd: project,
      env: { ...user.env, RESULT_OUT: resultPath },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      timeout: 30000,
    });
    if (!existsSync(resultPath)) throw new Error(`vim wrote no result (exit ${run.status}): ${run.stderr}`);
    result = JSON.parse(readFileSync(resultPath, 'utf8'));
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('gives the file the buildcontent filetype, syntax and commentstring, and leaves omnifunc to the user', () => {
    expect(result.filetype).toBe('buildcontent');
    expect(result.syntax).toBe('buildcontent');
    expect(result.commentstring).toBe('# %s');
    expect(result.omnifunc).toBe('');
    expect(result.fileformat).toBe(eol === '\n' ? 'unix' : 'dos');
  });

  it.each(VIM_GROUPS)('line %i: %s is %s (%s)', (line, fragment, group, linked) => {
    expect(vimGroupAt(result.highlight, line, fragment)).toEqual([group, linked]);
  });
});

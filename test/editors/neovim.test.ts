// Neovim 0.7.2 (Debian's) as a real client: diagnostics, then the emit-request code action through its own
// code_action path (its command has the server write the file); the request file must hold the same bytes
// core's emitter (and so `buildcontent request --format cli`) produces, no buffer may be left modified, and a
// plain `:qa` must work.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildRequest, emitRequest } from '@buildcontent/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltServer, SERVER_MAIN } from '../protocol/lsp-client.js';
import { announceSkip, EDITORS_DIR, scratchWithExample, which } from './editor-kit.js';

const nvim = which('nvim');
if (!nvim) announceSkip('nvim', 'apt-get install -y neovim');

describe.skipIf(!nvim)('Neovim (vim.lsp.start_client)', () => {
  let dir: string;
  beforeAll(() => {
    requireBuiltServer();
    dir = scratchWithExample();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the diagnostics and applies the emit-request action', () => {
    const resultPath = join(dir, 'nvim-result.json');
    const run = spawnSync(
      nvim!,
      ['--headless', '--clean', '-u', join(EDITORS_DIR, 'nvim-emit-request.lua'), 'web.buildcontent'],
      {
        cwd: dir,
        env: { ...process.env, SERVER_JS: SERVER_MAIN, RESULT_OUT: resultPath },
        encoding: 'utf8',
        timeout: 60000,
      },
    );
    if (!existsSync(resultPath))
      throw new Error(`nvim wrote no result (exit ${run.status}): ${run.stderr}${run.stdout}`);
    const result = JSON.parse(readFileSync(resultPath, 'utf8'));
    expect(run.status, JSON.stringify(result)).toBe(0);

    expect(result.diagnostics).toEqual([
      {
        lnum: 2,
        col: expect.any(Number),
        end_lnum: 2,
        end_col: expect.any(Number),
        severity: 2,
        message: expect.stringContaining('-y'),
        source: 'buildcontent',
        code: 'package-install-without-yes',
      },
    ]);
    expect(result.picked).toBe(true);
    expect(result.offered.map((action: { title: string }) => action.title)).toEqual(
      expect.arrayContaining([
        'Emit CreateImagePipeline request (aliyun CLI)',
        'Emit CreateImagePipeline request (JSON)',
        'Emit CreateImagePipeline request (query)',
      ]),
    );

    // The server writes the file: no buffer is left modified, and a plain :qa worked (exit 0 above).
    expect(result.modified_buffers).toEqual([]);

    const template = readFileSync(join(dir, 'web.buildcontent'), 'utf8');
    const paramsText = readFileSync(join(dir, 'web.pipeline.json'), 'utf8');
    const built = buildRequest(template, undefined, { paramsText });
    expect(built.request).toBeDefined();
    const expected = emitRequest(built.request!, 'cli');
    expect(readFileSync(join(dir, 'web.request.sh'), 'utf8')).toBe(expected);
    expect(expected).toContain('aliyun ecs CreateImagePipeline');
  });
});

// docs/editors.md marks setups **tested**; the editor tests run the blocks marked `<!-- tested: id -->` as written.
// This keeps the two in step: every marked block is one the tests read, and every tested setup has its blocks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDITORS_DOC, testedBlocks } from './editor-kit.js';

/** The blocks the editor tests read (neovim-setup.test.ts, vim-setup.test.ts, emacs-setup.test.ts). */
const READ_BY_TESTS = ['vim-runtime-neovim', 'vim-runtime-vim', 'neovim-0.7-init', 'emacs-install', 'emacs-init'];

describe('docs/editors.md tested blocks', () => {
  const doc = readFileSync(EDITORS_DOC, 'utf8');

  it('are exactly the blocks the editor tests run', () => {
    expect([...testedBlocks(doc).keys()].sort()).toEqual([...READ_BY_TESTS].sort());
  });

  it('each section marked tested holds at least one tested block, and no other section does', () => {
    const sections = doc.split(/^(?=#{2,3} )/m).filter((section) => section.startsWith('#'));
    const marked = sections.filter((section) => /^#{2,3} .*\*\*tested\*\*/.test(section));
    expect(marked.length).toBeGreaterThan(0);
    for (const section of sections) {
      const heading = section.split('\n')[0];
      expect(testedBlocks(section).size > 0, heading).toBe(marked.includes(section));
    }
  });

  it.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
  ])('are read with %s line breaks', (_, eol) => {
    const sample = ['# Title', '<!-- tested: x -->', '```sh', 'echo one', 'echo two', '```', ''].join(eol);
    expect(testedBlocks(sample)).toEqual(new Map([['x', `echo one${eol}echo two${eol}`]]));
  });
});

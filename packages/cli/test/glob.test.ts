import { describe, expect, it } from 'vitest';
import { expandBraces, globBase, globMatcher, isGlob } from '../src/files/glob.js';

describe('glob patterns', () => {
  it.each([
    ['**/*.buildcontent', 'a.buildcontent', true],
    ['**/*.buildcontent', 'x/y/z/a.buildcontent', true],
    ['**/*.buildcontent', 'x/a.imagebuilder', false],
    ['*.buildcontent', 'x/a.buildcontent', false],
    ['src/**/web.*', 'src/web.buildcontent', true],
    ['src/**/web.*', 'src/a/b/web.imagebuilder', true],
    ['src/**/web.*', 'other/web.buildcontent', false],
    ['**/*.{buildcontent,imagebuilder}', 'a/b.imagebuilder', true],
    ['**/*.{buildcontent,imagebuilder}', 'a/b.txt', false],
    ['t?.buildcontent', 't1.buildcontent', true],
    ['t?.buildcontent', 't12.buildcontent', false],
    ['[ab]*.x', 'b1.x', true],
    ['[!ab]*.x', 'b1.x', false],
    ['[!ab]*.x', 'c1.x', true],
    ['a.(x)+[.x', 'a.(x)+[.x', true],
    ['../up/*.b', '../up/t.b', true],
    ['**', 'any/thing', true],
    ['a/**/b/**/c', 'a/b/c', true],
    ['a/**/b/**/c', 'a/x/b/y/z/c', true],
    ['a/**/b/**/c', 'a/x/c', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globMatcher(pattern)(path)).toBe(expected);
  });

  it.each([
    ['src/**/*.b', 'src'],
    ['*.b', '.'],
    ['/abs/dir/*.b', '/abs/dir'],
    ['/*.b', '/'],
    ['a/{b,c}/*.x', 'a'],
  ])('the walk for %s starts in %s', (pattern, base) => {
    expect(globBase(pattern)).toBe(base);
  });

  it('braces expand, nested and in sequence; an unclosed brace stays literal', () => {
    expect(expandBraces('{a,b{c,d}}x{1,2}')).toEqual(['ax1', 'ax2', 'bcx1', 'bcx2', 'bdx1', 'bdx2']);
    expect(expandBraces('a{b')).toEqual(['a{b']);
  });

  it('a name without *, ?, [ or { is not a pattern', () => {
    expect([isGlob('examples/web.buildcontent'), isGlob('**/*.b'), isGlob('a{b,c}')]).toEqual([false, true, true]);
  });

  it('many stars against a long name answer at once (no exponential backtracking)', () => {
    expect(globMatcher(`${'*a'.repeat(30)}b`)('a'.repeat(200))).toBe(false);
  });
});

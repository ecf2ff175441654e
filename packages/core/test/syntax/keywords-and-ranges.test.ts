// Keyword matching is one rule in every layer (ASCII-only case folding); COMPONENT parameter ranges are exact
// when a continuation splits a parameter. Every case runs with \n and \r\n.
import { describe, expect, it } from 'vitest';
import { lint, parse, type ComponentCommand } from '../../src/index.js';
import { EOLS, catches, marked } from '../kit.js';

describe('keywords: ASCII-only case folding', () => {
  it('a non-ASCII look-alike is an unknown command, in the lexer and in the AST alike', () => {
    for (const word of ['entrypoınt', 'ſtop', 'RUＮ']) {
      const [command] = parse(`${word} ["a"]`).commands;
      expect([command.kind, command.keywordNode.text]).toEqual(['UNKNOWN', word]);
    }
    // The two layers agree: an unknown command's arguments are words, never a JSON exec form.
    expect(parse('entrypoınt ["a"]').commands[0].args.map((a) => a.text)).toEqual(['["a"]']);
  });
  it('ASCII case variants are the keyword', () => {
    expect(parse('entrypoint ["a"]\nEntryPoint ["b"]').commands.map((c) => [c.kind, c.keyword])).toEqual([
      ['ENTRYPOINT', 'ENTRYPOINT'],
      ['ENTRYPOINT', 'ENTRYPOINT'],
    ]);
  });
  catches('«entrypoınt» ["a"]', 'InvalidImageTemplateCommand.NotSupported');
  it('did you mean ENTRYPOINT, naming the look-alike letter; a suggestion, not a fix', () => {
    const [finding] = lint('entrypoınt ["a"]');
    expect(finding.message).toBe(
      'entrypoınt is not a command Image Builder supports. Did you mean ENTRYPOINT? (entrypoınt holds the non-ASCII letter ı, U+0131)',
    );
    expect(finding.fix).toBeUndefined();
    expect(finding.suggestions?.map((s) => s.title)).toEqual([
      'Change entrypoınt to ENTRYPOINT',
      'Remove this command',
    ]);
  });
  it('no keyword-case finding for a look-alike (it is not a keyword)', () => {
    expect(lint('entrypoınt ["a"]').map((d) => d.code)).toEqual(['InvalidImageTemplateCommand.NotSupported']);
  });
});

describe('COMPONENT parameters split by a continuation: exact ranges', () => {
  for (const [name, eol] of EOLS) {
    const parameters = (source: string) => {
      const { text } = marked(source, eol);
      return (parse(text).commands[0] as ComponentCommand).parameters;
    };
    it(`${name}: --name=value with the value on the next line`, () => {
      const [p] = parameters('COMPONENT ic-1 --port=\\\n8080');
      expect([p.name, p.value?.text]).toEqual(['port', '8080']);
      expect(p.flag.range).toEqual({ start: { line: 0, character: 15 }, end: { line: 0, character: 21 } });
      expect(p.value?.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
    });
    it(`${name}: a value split inside, and a name split inside`, () => {
      const [a, b] = parameters('COMPONENT ic-1 --bb=x\\\ny2 --na\\\nme=v');
      expect([a.name, a.value?.text, b.name, b.value?.text]).toEqual(['bb', 'xy2', 'name', 'v']);
      expect(a.flag.range).toEqual({ start: { line: 0, character: 15 }, end: { line: 0, character: 19 } });
      expect(a.value?.range).toEqual({ start: { line: 0, character: 20 }, end: { line: 1, character: 2 } });
      expect(b.flag.range).toEqual({ start: { line: 1, character: 3 }, end: { line: 2, character: 2 } });
      expect(b.value?.range).toEqual({ start: { line: 2, character: 3 }, end: { line: 2, character: 4 } });
    });
    it(`${name}: --name value across lines`, () => {
      const [p] = parameters('COMPONENT ic-1 --port \\\n  80');
      expect(p.value?.range).toEqual({ start: { line: 1, character: 2 }, end: { line: 1, character: 4 } });
      expect(p.range).toEqual({ start: { line: 0, character: 15 }, end: { line: 1, character: 4 } });
    });
  }
});

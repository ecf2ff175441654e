import { describe, expect, it } from 'vitest';
import { computeSignatureHelp } from '../src/features/signature-help.js';
import { documentAt, LINE_ENDINGS } from '../../../test/kit/index.js';

function help(text: string, eol: '\n' | '\r\n') {
  const { document, position } = documentAt(text, eol);
  return computeSignatureHelp(document, position);
}

describe.each(LINE_ENDINGS)('computeSignatureHelp ($name)', ({ eol }) => {
  it('COPY: source, then destination', () => {
    expect(help('COPY <|>', eol)).toMatchObject({ activeSignature: 0, activeParameter: 0 });
    expect(help('COPY a.sh<|>', eol)).toMatchObject({ activeParameter: 0 });
    expect(help('COPY a.sh <|>', eol)).toMatchObject({ activeParameter: 1 });
    expect(help('COPY a.sh /tm<|>p', eol)?.signatures[0].label).toBe('COPY <source> <destination>');
    expect(help('COPY a.sh \\\n  /tm<|>p', eol)).toMatchObject({ activeParameter: 1 });
  });

  it('CMD: picks the exec form for a JSON array and counts its elements', () => {
    expect(help('CMD [<|>', eol)).toMatchObject({ activeSignature: 0, activeParameter: 0 });
    expect(help('CMD ["nginx", <|>', eol)).toMatchObject({ activeSignature: 0, activeParameter: 1 });
    expect(help('CMD ["nginx", "-g", <|>"x"]', eol)).toMatchObject({ activeSignature: 0, activeParameter: 1 });
    expect(help('CMD ["a,b", <|>', eol)).toMatchObject({ activeParameter: 1 });
    expect(help('CMD nginx <|>', eol)).toMatchObject({ activeSignature: 1, activeParameter: 1 });
  });

  it('ENV: the legacy form by words, the key="value" form by pairs', () => {
    expect(help('ENV PATH <|>', eol)).toMatchObject({ activeSignature: 0, activeParameter: 1 });
    expect(help('ENV a="1" b<|>', eol)).toMatchObject({ activeSignature: 1, activeParameter: 0 });
    expect(help('ENV a="1" b="<|>', eol)).toMatchObject({ activeSignature: 1, activeParameter: 1 });
    expect(help('ENV a<|>="1"', eol)).toMatchObject({ activeSignature: 1, activeParameter: 0 });
  });

  it('LABEL: key, then value', () => {
    expect(help('LABEL version="<|>1"', eol)).toMatchObject({ activeSignature: 0, activeParameter: 1 });
  });

  it('COMPONENT: the reference, then parameters, by ID or by ARN', () => {
    expect(help('COMPONENT ic-1<|>', eol)).toMatchObject({ activeSignature: 0, activeParameter: 0 });
    expect(help('COMPONENT ic-1 --x <|>', eol)).toMatchObject({ activeSignature: 0, activeParameter: 1 });
    expect(help('COMPONENT acs:ecs:cn-hangzhou:1:imagecomponent/n/1.0.0 <|>', eol)).toMatchObject({
      activeSignature: 1,
      activeParameter: 1,
    });
  });

  it('has no help on the keyword, for single-argument commands, or between commands', () => {
    for (const text of [
      'CO<|>PY a b',
      'RUN echo <|>',
      'WORKDIR <|>',
      'USER <|>',
      'RESTART <|>',
      '<|>\n',
      'FROM IMAGE:<|>',
    ]) {
      expect(help(text, eol), text).toBeNull();
    }
  });
});

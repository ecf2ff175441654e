import { describe, expect, it } from 'vitest';
import { documentAt, range } from './editor.js';
import { parseMarkers } from './markers.js';

describe('parseMarkers', () => {
  it('finds the cursor and leaves a shell pipe alone', () => {
    expect(parseMarkers('RUN ls | gr<|>ep a || true')).toEqual({
      text: 'RUN ls | grep a || true',
      cursor: 11,
      ranges: [],
    });
  });

  it('finds ranges, nested and holding the cursor, in the order they open', () => {
    expect(parseMarkers('<|RE<|>START|> <|a <|b|>|>')).toEqual({
      text: 'RESTART a b',
      cursor: 2,
      ranges: [
        { start: 0, end: 7 },
        { start: 8, end: 11 },
        { start: 10, end: 11 },
      ],
    });
  });

  it('refuses a marker left open, closed twice, or a second cursor', () => {
    expect(() => parseMarkers('<|RUN')).toThrow('<| without |>');
    expect(() => parseMarkers('RUN|>')).toThrow('|> without <|');
    expect(() => parseMarkers('<|>RUN<|>')).toThrow('a second <|> cursor marker');
  });
});

describe('documentAt', () => {
  it('places markers after the line breaks are converted', () => {
    const marked = documentAt('RUN a\n<|RUN<|>|>\n', '\r\n');
    expect(marked.document.getText()).toBe('RUN a\r\nRUN\r\n');
    expect(marked.position).toEqual({ line: 1, character: 3 });
    expect(marked.ranges).toEqual([range(1, 0, 1, 3)]);
  });

  it('fails a test that asks for a cursor the template does not mark', () => {
    expect(() => documentAt('RUN a').position).toThrow('needs a <|> cursor marker');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CodeLens } from 'vscode-languageserver';
import { CodeLensDelivery, lensKey } from '../src/features/code-lens-delivery.js';

const URI = 'file:///work/project/web.buildcontent';
const blocked = (count: number): CodeLens[] => [
  {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    command: {
      title: `Emit CreateImagePipeline request: unavailable: ${count} errors`,
      command: 'buildcontent.emitRequest',
    },
  },
];

describe('CodeLensDelivery', () => {
  let refreshes: number;
  let delivery: CodeLensDelivery;
  beforeEach(() => {
    vi.useFakeTimers();
    refreshes = 0;
    delivery = new CodeLensDelivery(() => refreshes++, [1000, 2000]);
  });
  afterEach(() => {
    delivery.dispose();
    vi.useRealTimers();
  });

  it('asks for a refresh while the client lacks the current lens, backing off, and stops after the last delay', () => {
    delivery.current(URI, blocked(1));
    expect(refreshes).toBe(1);
    delivery.current(URI, blocked(1)); // another analysis meanwhile: the retries already run
    expect(refreshes).toBe(1);
    vi.advanceTimersByTime(999);
    expect(refreshes).toBe(1);
    vi.advanceTimersByTime(1);
    expect(refreshes).toBe(2);
    vi.advanceTimersByTime(2000);
    expect(refreshes).toBe(3);
    vi.advanceTimersByTime(60_000);
    expect(refreshes).toBe(3);
  });

  it('stops once an answer carried the current lens, and starts again when the lens changes', () => {
    delivery.current(URI, blocked(1));
    delivery.delivered(URI, blocked(1));
    vi.advanceTimersByTime(10_000);
    expect(refreshes).toBe(1);
    delivery.current(URI, blocked(1));
    expect(refreshes).toBe(1);
    delivery.current(URI, blocked(2));
    expect(refreshes).toBe(2);
    // An answer with an older lens does not count.
    delivery.delivered(URI, blocked(1));
    vi.advanceTimersByTime(1000);
    expect(refreshes).toBe(3);
  });

  it('says nothing to a client that never asked while there is no lens, and forgets closed documents', () => {
    delivery.current(URI, []);
    vi.advanceTimersByTime(10_000);
    expect(refreshes).toBe(0);
    delivery.current(URI, blocked(1));
    delivery.closed(URI);
    vi.advanceTimersByTime(10_000);
    expect(refreshes).toBe(1);
    expect(lensKey(blocked(3))).toBe('[[0,"Emit CreateImagePipeline request: unavailable: 3 errors"]]');
  });
});

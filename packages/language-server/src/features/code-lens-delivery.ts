// Makes sure the client ends up with the current blocked-request lens. VS Code asks for code lenses on its own
// schedule (a debounced timer per editor) and drops that timer when the editor loses focus: a lens request
// cancelled or not yet sent when the user moves to the Problems panel is not asked again until the editor is
// focused or edited. `workspace/codeLens/refresh` restarts the timer even in an unfocused editor. So, after
// each analysis, when the lens the client last received differs from the current one, the server asks for a
// refresh, and asks again a few times (backing off) until an answer that was not cancelled has carried it.
import type { CodeLens } from 'vscode-languageserver';

/** Waits between repeated refreshes; after the last the server stops asking (the editor may be hidden). */
const LENS_REFRESH_DELAYS_MS = [1000, 2000, 4000, 8000] as const;

/** What a list of lenses says, as one comparable key. */
export function lensKey(lenses: readonly CodeLens[]): string {
  return JSON.stringify(lenses.map((lens) => [lens.range.start.line, lens.command?.title ?? '']));
}

export class CodeLensDelivery {
  private readonly received = new Map<string, string>();
  private readonly wanted = new Map<string, string>();
  private readonly retries = new Map<string, { timer: ReturnType<typeof setTimeout>; attempt: number }>();

  constructor(
    private readonly refresh: () => void,
    private readonly delays: readonly number[] = LENS_REFRESH_DELAYS_MS,
  ) {}

  /** An answer to `textDocument/codeLens` reached the client (it was not cancelled). */
  delivered(uri: string, lenses: readonly CodeLens[]): void {
    const key = lensKey(lenses);
    this.received.set(uri, key);
    if (this.wanted.get(uri) === key) this.stop(uri);
  }

  /** The lenses a document has now (after an analysis): refresh when the client has other ones. */
  current(uri: string, lenses: readonly CodeLens[]): void {
    const key = lensKey(lenses);
    this.wanted.set(uri, key);
    // A client that never asked and has nothing to show is up to date.
    if ((this.received.get(uri) ?? lensKey([])) === key) {
      this.stop(uri);
      return;
    }
    if (this.retries.has(uri)) return;
    this.refresh();
    this.schedule(uri, 0);
  }

  closed(uri: string): void {
    this.stop(uri);
    this.received.delete(uri);
    this.wanted.delete(uri);
  }

  dispose(): void {
    for (const uri of [...this.retries.keys()]) this.stop(uri);
  }

  private schedule(uri: string, attempt: number): void {
    if (attempt >= this.delays.length) {
      this.retries.delete(uri);
      return;
    }
    const timer = setTimeout(() => {
      if (this.received.get(uri) === this.wanted.get(uri)) {
        this.retries.delete(uri);
        return;
      }
      this.refresh();
      this.schedule(uri, attempt + 1);
    }, this.delays[attempt]);
    timer.unref?.();
    this.retries.set(uri, { timer, attempt });
  }

  private stop(uri: string): void {
    const retry = this.retries.get(uri);
    if (retry) clearTimeout(retry.timer);
    this.retries.delete(uri);
  }
}

import type { ConfigurationItem, Connection } from 'vscode-languageserver/node';
import { describe, expect, it } from 'vitest';
import { clientSupport, type ClientState } from '../src/client-support.js';
import type { ProjectLoader } from '../src/project-loader.js';
import { SettingsStore } from '../src/settings-store.js';

/** A store whose client answers `workspace/configuration` with `answer` and records each request's items. */
function storeWith(answer: (items: ConfigurationItem[]) => unknown[]) {
  const requests: ConfigurationItem[][] = [];
  const connection = {
    workspace: {
      getConfiguration: (items: ConfigurationItem[]) => {
        requests.push(items);
        return Promise.resolve(answer(items));
      },
    },
  } as unknown as Connection;
  const client: ClientState = { support: clientSupport({ workspace: { configuration: true } }), workspaceRoots: [] };
  const projects = { projectOf: () => Promise.resolve(undefined) } as unknown as ProjectLoader;
  const problems: string[] = [];
  const store = new SettingsStore({
    connection,
    client,
    projects,
    log: () => undefined,
    reportProblems: (found) => problems.push(...found),
    onLateSettings: () => undefined,
  });
  return { store, requests, problems };
}

describe('SettingsStore', () => {
  it('asks the client once for the documents whose settings are read in the same turn', async () => {
    const { store, requests } = storeWith((items) =>
      items.map((item) => (item.scopeUri === 'file:///b.buildcontent' ? { from: 'ignored' } : { from: 'override' })),
    );
    store.prefetch(['file:///a.buildcontent', 'file:///b.buildcontent', 'file:///c.buildcontent'], 2);
    const [a, b, c] = await Promise.all([
      store.for('file:///a.buildcontent'),
      store.for('file:///b.buildcontent'),
      store.for('file:///c.buildcontent'),
    ]);
    expect(requests).toEqual([
      [
        { scopeUri: 'file:///a.buildcontent', section: 'buildcontent' },
        { scopeUri: 'file:///b.buildcontent', section: 'buildcontent' },
        { scopeUri: 'file:///c.buildcontent', section: 'buildcontent' },
      ],
    ]);
    expect([a.from, b.from, c.from]).toEqual(['override', 'ignored', 'override']);
    // Cached: nothing more is asked, and prefetching what is cached asks nothing either.
    store.prefetch(['file:///a.buildcontent'], 2);
    await store.for('file:///a.buildcontent');
    expect(requests).toHaveLength(1);
  });

  it('prefetches at most the given number of documents', async () => {
    const { store, requests } = storeWith((items) => items.map(() => ({})));
    store.prefetch(['file:///a.buildcontent', 'file:///b.buildcontent', 'file:///c.buildcontent'], 2);
    await store.for('file:///a.buildcontent');
    expect(requests.map((items) => items.map((item) => item.scopeUri))).toEqual([
      ['file:///a.buildcontent', 'file:///b.buildcontent'],
    ]);
    expect(store.has('file:///c.buildcontent')).toBe(false);
  });

  it('gives the documents a client left out of its answer no client settings', async () => {
    const { store, problems } = storeWith(() => [{ from: 'ignored' }]);
    const [a, b] = await Promise.all([store.for('file:///a.buildcontent'), store.for('file:///b.buildcontent')]);
    expect(a.from).toBe('ignored');
    // The same settings as a client answering with an empty section.
    expect(b).toEqual(await storeWith(() => [{}]).store.for('file:///b.buildcontent'));
    expect(b.from).toBeUndefined();
    expect(problems).toEqual([]);
  });
});

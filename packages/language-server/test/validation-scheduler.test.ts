import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { clientSupport, type ClientState } from '../src/client-support.js';
import type { ParametersFilePublisher } from '../src/document-diagnostics.js';
import { ComponentProjects } from '../src/features/component-project.js';
import type { OpenDocuments } from '../src/open-documents.js';
import type { ProjectLoader } from '../src/project-loader.js';
import { SettingsStore } from '../src/settings-store.js';
import { activatingUri, ValidationScheduler } from '../src/validation-scheduler.js';
import type { ViewRefresh } from '../src/view-refresh.js';
import { InMemoryFileSystem } from '@buildcontent/core';

const turns = async (count: number) => {
  for (let turn = 0; turn < count; turn++) await new Promise((resolve) => setImmediate(resolve));
};

/** A scheduler over untitled documents (no files, no client settings), recording the order of publications. */
function schedulerOver(uris: string[]) {
  const documents = new Map(uris.map((uri) => [uri, TextDocument.create(uri, 'buildcontent', 1, 'RUN\n')]));
  const published: string[] = [];
  const connection = {
    sendDiagnostics: (params: PublishDiagnosticsParams) => {
      published.push(params.uri);
      return Promise.resolve();
    },
    console: { error: (message: string) => published.push(`error: ${message}`) },
  } as unknown as Connection;
  const openDocuments = {
    get: (uri: string) => documents.get(uri),
    analysable: (uri: string) => documents.get(uri),
    all: () => [...documents.values()],
  } as unknown as OpenDocuments;
  const client: ClientState = { support: clientSupport({}), workspaceRoots: [] };
  const projects = {
    projectOf: () => Promise.resolve(undefined),
    environmentOf: () => ({}),
  } as unknown as ProjectLoader;
  const settings = new SettingsStore({
    connection,
    client,
    projects,
    log: () => undefined,
    reportProblems: () => undefined,
    onLateSettings: () => undefined,
  });
  const scheduler = new ValidationScheduler({
    connection,
    documents: openDocuments,
    client,
    settings,
    projects,
    components: new ComponentProjects(new InMemoryFileSystem({})),
    parametersFiles: { publish: () => undefined } as unknown as ParametersFilePublisher,
    views: { analysed: () => undefined } as unknown as ViewRefresh,
    reportProblems: () => undefined,
  });
  return { scheduler, published };
}

describe('ValidationScheduler', () => {
  it('validates nothing else while an edit read ahead waits to be handled, then the rest', async () => {
    const uris = ['a', 'b', 'c', 'd', 'e'].map((name) => `untitled:${name}`);
    const { scheduler, published } = schedulerOver(uris);
    // The workspace's opens are handled; the edit to the last document is read but waits behind them.
    for (const uri of uris) scheduler.schedule(uri);
    scheduler.expect('untitled:e');
    await turns(20);
    expect(published).toEqual(['untitled:e']);
    // The edit is handled: the expectation ends and the others follow.
    scheduler.schedule('untitled:e', { active: true });
    await expect.poll(() => new Set(published).size).toBe(5);
    expect(published.slice(0, 1)).toEqual(['untitled:e']);
    expect(published.filter((uri) => uri !== 'untitled:e')).toEqual(uris.slice(0, 4));
  });

  it('lets an expectation that is never handled (an edit to a closed document) lapse', async () => {
    const uris = ['a', 'b'].map((name) => `untitled:${name}`);
    const { scheduler, published } = schedulerOver(uris);
    for (const uri of uris) scheduler.schedule(uri);
    scheduler.expect('untitled:closed');
    await turns(20);
    expect(published).toEqual([]);
    await expect.poll(() => published, { timeout: 5000 }).toEqual(uris);
  });
});

describe('activatingUri', () => {
  it('names the document of an edit or of a request that makes it active, nothing else', () => {
    const textDocument = { uri: 'file:///w/a.buildcontent' };
    expect(activatingUri({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument } } as never)).toBe(
      textDocument.uri,
    );
    expect(
      activatingUri({ jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: { textDocument } } as never),
    ).toBe(textDocument.uri);
    expect(
      activatingUri({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument } } as never),
    ).toBeUndefined();
    expect(
      activatingUri({ jsonrpc: '2.0', id: 4, method: 'textDocument/foldingRange', params: { textDocument } } as never),
    ).toBeUndefined();
    expect(
      activatingUri({
        jsonrpc: '2.0',
        id: 5,
        method: 'textDocument/codeAction',
        params: { textDocument: { uri: 'file:///w/a.pipeline.json' } },
      } as never),
    ).toBeUndefined();
    expect(activatingUri({ jsonrpc: '2.0', id: 6, result: null } as never)).toBeUndefined();
  });
});

// The answer to `initialize`: what the client supports is recorded, the server's capabilities returned. Free of
// core, so that the bin answers before loading the rest of the server (main.ts).
import type { InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { serverCapabilities } from './capabilities.js';
import { clientSupport, type ClientState } from './client-support.js';
import { filePathOf } from './file-uris.js';
import { SERVER_NAME, SERVER_VERSION } from './server-info.js';

export function initialize(client: ClientState, params: InitializeParams): InitializeResult {
  client.support = clientSupport(params.capabilities);
  client.workspaceRoots = (params.workspaceFolders ?? [])
    .map((folder) => filePathOf(folder.uri))
    .filter((path): path is string => path !== undefined);
  const rootPath = params.rootUri ? filePathOf(params.rootUri) : undefined;
  if (rootPath) client.workspaceRoots.push(rootPath);
  return {
    capabilities: serverCapabilities(client.support),
    serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
  };
}

// initialize/initialized/shutdown, configuration and watched-file changes, and the open documents' events.
import { lint, TEST_TEMPLATE_SUFFIX } from '@buildcontent/core';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  InlayHintRequest,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { ComponentProjects } from '../features/component-project.js';
import { initialize } from '../initialize.js';
import type { ServerContext } from '../server-context.js';
import { SETTINGS_SECTION } from '../settings.js';
import { filePathOf, PARAMETERS_SUFFIX, SETTINGS_FILE } from '../workspace-files.js';

/**
 * `initialized`: the `initialize` request was already answered (main.ts answers it before loading the server)
 * with these parameters; otherwise the server answers it here.
 */
export function registerLifecycle(
  context: ServerContext,
  onShutdown?: () => void,
  initialized?: InitializeParams,
): void {
  const { connection, documents, client, settings, scheduler, watchers, views } = context;

  if (initialized) settings.readInitializationOptions(initialized.initializationOptions);
  else {
    connection.onInitialize((params: InitializeParams): InitializeResult => {
      settings.readInitializationOptions(params.initializationOptions);
      return initialize(client, params);
    });
  }

  connection.onInitialized(() => {
    // Build the lexer and parser now (Chevrotain's self-analysis), not on the first request a user waits for.
    setImmediate(() => lint('RUN x\n'));
    if (client.support.configurationDynamic) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    // FROM inlay hint; documentSelector null: the client's own selector.
    if (client.support.inlayHint && client.support.inlayHintDynamic)
      void connection.client.register(InlayHintRequest.type, { documentSelector: null });
    if (client.support.watchedFilesDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: `**/*${PARAMETERS_SUFFIX}` },
          { globPattern: `**/*${TEST_TEMPLATE_SUFFIX}` },
          { globPattern: `**/${SETTINGS_FILE}` },
          { globPattern: '**/*.component.{yaml,yml,buildcontent,json}' },
        ],
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settings.configurationChanged(change.settings);
    scheduler.revalidateAll();
  });

  connection.onDidChangeWatchedFiles((change) => {
    for (const event of change.changes) {
      const path = filePathOf(event.uri);
      if (path) context.fileChanged(path);
    }
  });

  // An open is not an edit: a client that opens a whole workspace does not make its last file the active one.
  let opening: string | undefined;
  documents.onDidOpen((event) => {
    opening = event.document.uri;
    if (!client.support.watchedFilesDynamic) watchers.opened(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    scheduler.schedule(uri, { active: opening !== uri });
    opening = undefined;
  });
  documents.onDidSave((event) => {
    const path = filePathOf(event.document.uri);
    if (path && ComponentProjects.matters(path)) context.fileChanged(path);
    else scheduler.schedule(event.document.uri);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    scheduler.forget(uri);
    views.closed(uri);
    settings.forget(uri);
    context.projects.forget(uri);
    if (!client.support.watchedFilesDynamic) watchers.closed(uri);
  });

  connection.onShutdown(() => {
    onShutdown?.();
    scheduler.dispose();
    views.dispose();
    watchers.dispose();
  });
}

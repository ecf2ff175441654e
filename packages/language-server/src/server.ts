// Wiring only: builds the services the server keeps between requests and registers the handlers, each
// group in handlers/, over the pure feature functions in features/.
import { nodeFileSystem } from '@buildcontent/core/node';
import type { Connection, InitializeParams, Message } from 'vscode-languageserver/node';
import { clientSupport, type ClientState } from './client-support.js';
import { ComponentIndexCache } from './component-index-cache.js';
import { DirectoryWatchers } from './directory-watchers.js';
import { ParametersFilePublisher } from './document-diagnostics.js';
import { onFileChanged } from './file-changes.js';
import { registerCodeActions } from './handlers/code-actions.js';
import { registerPullDiagnostics } from './handlers/diagnostics.js';
import { registerEditing } from './handlers/editing.js';
import { registerExecuteCommand } from './handlers/execute-command.js';
import { registerLifecycle } from './handlers/lifecycle.js';
import { registerNavigation } from './handlers/navigation.js';
import { registerOutline } from './handlers/outline.js';
import { ViewRefresh } from './view-refresh.js';
import { OpenDocuments } from './open-documents.js';
import { ProjectLoader } from './project-loader.js';
import type { ServerContext } from './server-context.js';
import { SettingsStore } from './settings-store.js';
import { activatingUri, ValidationScheduler } from './validation-scheduler.js';

export { SERVER_NAME, SERVER_VERSION } from './server-info.js';

export interface StartServerOptions {
  /**
   * Registers a listener for every message as soon as the transport reads it (deferred-start.ts): an edit or a
   * request read behind a thousand opens makes its document the next one validated.
   */
  onMessageRead?: (listener: (message: Message) => void) => void;
  /** Called when the client asks to shut down (the transport decides the exit code from it). */
  onShutdown?: () => void;
  /**
   * The connection is listening and `initialize` was answered already (by `initialize()` with this client
   * state): the bin does so before loading the server, and holds the messages that follow until it is started.
   */
  initialized?: { client: ClientState; params: InitializeParams };
}

export function startServer(connection: Connection, options: StartServerOptions = {}): void {
  const documents = new OpenDocuments();
  const client: ClientState = options.initialized?.client ?? { support: clientSupport({}), workspaceRoots: [] };
  const log = (message: string) => connection.console.log(message);
  const reported = new Set<string>();
  const reportProblems = (problems: string[]) => {
    for (const problem of problems) {
      if (reported.has(problem)) continue;
      reported.add(problem);
      connection.console.warn(problem);
    }
  };
  const projects = new ProjectLoader(connection, client, log);
  const components = new ComponentIndexCache(nodeFileSystem);
  const settings = new SettingsStore({
    connection,
    client,
    projects,
    log,
    reportProblems,
    onLateSettings: (uri) => scheduler.revalidate(uri),
  });
  const parametersFiles = new ParametersFilePublisher(connection);
  const views = new ViewRefresh(connection, client);
  const scheduler = new ValidationScheduler({
    connection,
    documents,
    client,
    settings,
    projects,
    components,
    parametersFiles,
    views,
    reportProblems,
  });
  const fileChanged = onFileChanged({ documents, client, settings, projects, components, scheduler, views });
  const watchers = new DirectoryWatchers(fileChanged);
  const context: ServerContext = {
    connection,
    documents,
    client,
    settings,
    projects,
    components,
    scheduler,
    parametersFiles,
    views,
    watchers,
    fileChanged,
    log,
    reportProblems,
  };

  registerLifecycle(context, options.onShutdown, options.initialized?.params);
  registerPullDiagnostics(context);
  registerCodeActions(context);
  registerExecuteCommand(context);
  registerEditing(context);
  registerOutline(context);
  registerNavigation(context);

  options.onMessageRead?.((message) => {
    const uri = activatingUri(message);
    if (uri !== undefined) scheduler.expect(uri);
  });
  documents.listen(connection);
  if (!options.initialized) connection.listen();
}

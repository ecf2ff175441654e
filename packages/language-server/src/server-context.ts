// What every handler registration gets: the connection, the open documents and the services the server
// keeps between requests.
import type { Connection } from 'vscode-languageserver/node';
import type { ClientState } from './client-support.js';
import type { DirectoryWatchers } from './directory-watchers.js';
import type { ParametersFilePublisher } from './document-diagnostics.js';
import type { ComponentIndexCache } from './component-index-cache.js';
import type { OpenDocuments } from './open-documents.js';
import type { ProjectLoader } from './project-loader.js';
import type { SettingsStore } from './settings-store.js';
import type { ValidationScheduler } from './validation-scheduler.js';
import type { ViewRefresh } from './view-refresh.js';

export interface ServerContext {
  connection: Connection;
  documents: OpenDocuments;
  client: ClientState;
  settings: SettingsStore;
  projects: ProjectLoader;
  components: ComponentIndexCache;
  scheduler: ValidationScheduler;
  /** Diagnostics published for parameters files (pull clients get the template's, these are pushed). */
  parametersFiles: ParametersFilePublisher;
  /** Code lenses and inlay hints, asked for again when what they show changes. */
  views: ViewRefresh;
  watchers: DirectoryWatchers;
  /** A file beside the templates changed. */
  fileChanged: (path: string) => void;
  log: (message: string) => void;
  /** Logged once each (settings problems, unreadable component files). */
  reportProblems: (problems: string[]) => void;
}

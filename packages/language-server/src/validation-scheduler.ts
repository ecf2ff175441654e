// When push diagnostics are computed and sent. Pull clients (VS Code) ask for them instead: for them the
// scheduler only asks the client to pull again.
import type { Connection } from 'vscode-languageserver/node';
import type { ClientState } from './client-support.js';
import { diagnosticsOf, type ParametersFilePublisher } from './document-diagnostics.js';
import type { ComponentProjects } from './features/component-project.js';
import { MAX_DOCUMENT_LENGTH, tooLargeDiagnostic, type OpenDocuments } from './open-documents.js';
import type { ProjectLoader } from './project-loader.js';
import type { SettingsStore } from './settings-store.js';

/**
 * Edits closer together than a few lint durations are validated once: a burst of edits costs a lint every
 * so often, not one per key, while a lone edit is validated at once. Capped so that a huge document
 * (whose lint takes seconds) still gets fresh diagnostics soon after typing stops.
 */
const MAX_VALIDATION_INTERVAL_MS = 100;
const MIN_VALIDATION_INTERVAL_MS = 5;

interface ValidationState {
  timer?: NodeJS.Timeout;
  lastRun: number;
  lastDuration: number;
  saidTooLarge?: boolean;
}

export interface ValidationSchedulerOptions {
  connection: Connection;
  documents: OpenDocuments;
  client: ClientState;
  settings: SettingsStore;
  projects: ProjectLoader;
  components: ComponentProjects;
  parametersFiles: ParametersFilePublisher;
  reportProblems(problems: string[]): void;
}

export class ValidationScheduler {
  private readonly states = new Map<string, ValidationState>();

  constructor(private readonly options: ValidationSchedulerOptions) {}

  schedule(uri: string): void {
    if (this.options.client.support.pullDiagnostics) return;
    const state = this.states.get(uri) ?? { lastRun: 0, lastDuration: 0 };
    this.states.set(uri, state);
    if (state.timer) return;
    const interval = Math.min(MAX_VALIDATION_INTERVAL_MS, MIN_VALIDATION_INTERVAL_MS + 2 * state.lastDuration);
    const delay = Math.max(0, state.lastRun + interval - Date.now());
    state.timer = setTimeout(() => {
      state.timer = undefined;
      const started = Date.now();
      void this.validate(uri).finally(() => {
        state.lastRun = Date.now();
        state.lastDuration = state.lastRun - started;
      });
    }, delay);
  }

  /** Every open document again (settings changed); pull clients are asked to pull. */
  revalidateAll(): void {
    const { client, connection, documents } = this.options;
    if (client.support.pullDiagnostics) {
      if (client.support.diagnosticRefresh) void connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of documents.all()) this.schedule(document.uri);
  }

  /** One document's settings changed after it was validated. */
  revalidate(uri: string): void {
    const { client, connection } = this.options;
    if (!client.support.pullDiagnostics) this.schedule(uri);
    else if (client.support.diagnosticRefresh) void connection.languages.diagnostics.refresh();
  }

  /** The document was closed: its pending run is dropped and its diagnostics cleared. */
  forget(uri: string): void {
    const state = this.states.get(uri);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(uri);
    if (!this.options.client.support.pullDiagnostics) void this.options.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.options.parametersFiles.publish(uri, undefined);
  }

  dispose(): void {
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
  }

  private async validate(uri: string): Promise<void> {
    const { connection, documents, settings, projects, components, parametersFiles, reportProblems } = this.options;
    const document = documents.get(uri);
    if (!document) return;
    try {
      const state = this.states.get(uri);
      const length = document.getText().length;
      if (length > MAX_DOCUMENT_LENGTH) {
        // Said once while the document stays too large; nothing is analysed.
        if (state?.saidTooLarge) return;
        if (state) state.saidTooLarge = true;
        await connection.sendDiagnostics({ uri, version: document.version, diagnostics: [tooLargeDiagnostic(length)] });
        return;
      }
      if (state) state.saidTooLarge = false;
      const documentSettings = await settings.for(uri);
      const project = await projects.projectOf(uri);
      const current = documents.analysable(uri);
      if (!current) return;
      const { diagnostics, report, parametersFile } = await diagnosticsOf(current, documentSettings, project, components, reportProblems);
      if (documents.get(uri)?.version !== current.version) return;
      await connection.sendDiagnostics({ uri, version: current.version, diagnostics });
      parametersFiles.publish(uri, report, parametersFile);
    } catch (error) {
      connection.console.error(`validating ${uri} failed: ${(error as Error).stack ?? error}`);
    }
  }
}

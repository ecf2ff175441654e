// When push diagnostics are computed and sent. Pull clients (VS Code) ask for them instead: for them the
// scheduler only asks the client to pull again.
import type { ViewRefresh } from './view-refresh.js';
import { performance } from 'node:perf_hooks';
import { Message, type Connection } from 'vscode-languageserver/node';
import type { ClientState } from './client-support.js';
import { diagnosticsOf, type ParametersFilePublisher } from './document-diagnostics.js';
import type { ComponentProjects } from './features/component-project.js';
import { MAX_DOCUMENT_LENGTH, tooLargeDiagnostic, type OpenDocuments } from './open-documents.js';
import type { ProjectLoader } from './project-loader.js';
import type { SettingsStore } from './settings-store.js';
import { PARAMETERS_SUFFIX } from './workspace-files.js';

/**
 * A document whose diagnostics take at least this much CPU time is throttled: edits closer together than a few lint
 * durations are validated once, every so often, not once per key. Faster documents are validated as soon
 * as the event loop is free: a throttle there would only add wait to every burst of edits.
 */
const SLOW_VALIDATION_MS = 10;
/** Capped so that a huge document (whose lint takes seconds) still gets fresh diagnostics soon after typing stops. */
const MAX_VALIDATION_INTERVAL_MS = 100;
const MIN_VALIDATION_INTERVAL_MS = 5;
/**
 * Validations waiting on file reads or the client's configuration at once. Each lint still runs in its own
 * turn of the event loop, so requests are answered between two documents of a large workspace.
 */
const MAX_IN_FLIGHT = 16;
/**
 * When a document's settings were never read, those of this many waiting documents are read with them: the client
 * is asked for all of them in one `workspace/configuration` request (settings-store.ts), not one per document.
 */
const SETTINGS_PREFETCH = 64;

/**
 * How long an edit or request read ahead (`expect`) holds other documents back. It ends as soon as the message is
 * handled; the bound only matters for one that never is (an edit to a document that is not open).
 */
const EXPECTATION_MS = 500;

/** The messages whose handlers make their document the active one (`schedule(uri, { active })`, `focus`). */
const ACTIVATING_METHODS = new Set([
  'textDocument/didChange',
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/codeAction',
  'textDocument/documentSymbol',
  'textDocument/semanticTokens/full',
]);

/** The document an edit or a request read from the transport is about: it becomes active once handled. */
export function activatingUri(message: Message): string | undefined {
  if (!(Message.isNotification(message) || Message.isRequest(message)) || !ACTIVATING_METHODS.has(message.method))
    return undefined;
  const document = (message.params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument;
  // A parameters file's code actions do not make it active (handlers/code-actions.ts).
  if (typeof document?.uri !== 'string' || document.uri.endsWith(PARAMETERS_SUFFIX)) return undefined;
  return document.uri;
}

interface ValidationState {
  lastRun: number;
  lastDuration: number;
  saidTooLarge?: boolean;
}

/** When a document may be validated again: at once, unless its last validation was slow. */
function readyAt(state: ValidationState | undefined): number {
  if (!state || state.lastDuration < SLOW_VALIDATION_MS) return 0;
  return state.lastRun + Math.min(MAX_VALIDATION_INTERVAL_MS, MIN_VALIDATION_INTERVAL_MS + 2 * state.lastDuration);
}

export interface ValidationSchedulerOptions {
  connection: Connection;
  documents: OpenDocuments;
  client: ClientState;
  settings: SettingsStore;
  projects: ProjectLoader;
  components: ComponentProjects;
  parametersFiles: ParametersFilePublisher;
  views: ViewRefresh;
  reportProblems: (problems: string[]) => void;
}

/**
 * Push diagnostics, one queue for every open document. The active document (the one last edited or asked
 * about) goes first: a workspace of a thousand templates opened at once does not delay the one being typed in.
 */
export class ValidationScheduler {
  private readonly states = new Map<string, ValidationState>();
  /** Documents waiting for validation, in the order they were scheduled. */
  private readonly pending = new Set<string>();
  private readonly running = new Set<string>();
  private active: string | undefined;
  /** A document the user works in whose edit or request is read but not yet handled, and until when it counts. */
  private expected: { uri: string; until: number } | undefined;
  private drainQueued = false;
  private wakeTimer: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(private readonly options: ValidationSchedulerOptions) {}

  /** Validates the document soon; `active` when the user is working in it (an edit). */
  schedule(uri: string, { active = false }: { active?: boolean } = {}): void {
    if (this.options.client.support.pullDiagnostics) return;
    if (active) this.setActive(uri);
    this.pending.add(uri);
    this.queueDrain();
  }

  /** The user is looking at this document (a request about it): its pending validation goes first. */
  focus(uri: string): void {
    this.setActive(uri);
  }

  /**
   * An edit or a request about this document was read, behind messages not yet handled (a workspace opened at
   * once): until it is handled, no other document starts validating, so the user's document goes first.
   */
  expect(uri: string): void {
    if (this.options.client.support.pullDiagnostics) return;
    this.expected = { uri, until: performance.now() + EXPECTATION_MS };
  }

  private setActive(uri: string): void {
    this.active = uri;
    if (this.expected?.uri === uri) {
      this.expected = undefined;
      if (this.pending.size > 0) this.queueDrain();
    }
  }

  /** Every open document again (settings changed); pull clients are asked to pull. */
  revalidateAll(): void {
    const { client, connection, documents, views } = this.options;
    views.refresh();
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
    this.states.delete(uri);
    this.pending.delete(uri);
    if (this.active === uri) this.active = undefined;
    if (this.expected?.uri === uri) this.expected = undefined;
    if (!this.options.client.support.pullDiagnostics)
      void this.options.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.options.parametersFiles.publish(uri, undefined);
  }

  dispose(): void {
    this.disposed = true;
    this.pending.clear();
    clearTimeout(this.wakeTimer);
  }

  private queueDrain(): void {
    if (this.drainQueued || this.disposed) return;
    this.drainQueued = true;
    // After the messages already read: edits that arrived together are validated once.
    setImmediate(() => this.drain());
  }

  /** The next document to validate: the active one if it waits, else the longest waiting; none while throttled. */
  private next(now: number): string | undefined {
    const ready = (uri: string) => !this.running.has(uri) && readyAt(this.states.get(uri)) <= now;
    if (this.expected && this.expected.until <= now) this.expected = undefined;
    if (this.expected) {
      const expected = this.expected.uri;
      return this.pending.has(expected) && ready(expected) ? expected : undefined;
    }
    if (this.active !== undefined && this.pending.has(this.active) && ready(this.active)) return this.active;
    for (const uri of this.pending) if (ready(uri)) return uri;
    return undefined;
  }

  private drain(): void {
    this.drainQueued = false;
    if (this.running.size >= MAX_IN_FLIGHT) return;
    const uri = this.next(performance.now());
    if (uri === undefined) {
      this.wakeWhenReady();
      return;
    }
    this.pending.delete(uri);
    this.running.add(uri);
    const firstRead = !this.options.settings.has(uri);
    void this.validate(uri).finally(() => {
      this.running.delete(uri);
      this.queueDrain();
    });
    if (firstRead) this.options.settings.prefetch(this.pending, SETTINGS_PREFETCH);
    // One start per turn: requests that arrived meanwhile are read first.
    if (this.pending.size > 0) this.queueDrain();
  }

  /** Only throttled documents wait: come back when the first of them may run. */
  private wakeWhenReady(): void {
    if (this.wakeTimer || this.disposed) return;
    let earliest = Infinity;
    for (const uri of this.pending)
      if (!this.running.has(uri)) earliest = Math.min(earliest, readyAt(this.states.get(uri)));
    if (earliest === Infinity) return;
    // Held back for an expected document: come back when the expectation lapses (handling it wakes sooner).
    if (this.expected) earliest = Math.max(earliest, this.expected.until);
    this.wakeTimer = setTimeout(
      () => {
        this.wakeTimer = undefined;
        this.queueDrain();
      },
      Math.max(0, earliest - performance.now()),
    );
  }

  private async validate(uri: string): Promise<void> {
    const { connection, documents, settings, projects, components, parametersFiles, views, reportProblems } =
      this.options;
    const document = documents.get(uri);
    if (!document) return;
    try {
      const state = this.states.get(uri) ?? { lastRun: 0, lastDuration: 0 };
      this.states.set(uri, state);
      const length = document.getText().length;
      if (length > MAX_DOCUMENT_LENGTH) {
        // Said once while the document stays too large; nothing is analysed.
        if (state.saidTooLarge) return;
        state.saidTooLarge = true;
        await connection.sendDiagnostics({ uri, version: document.version, diagnostics: [tooLargeDiagnostic(length)] });
        return;
      }
      state.saidTooLarge = false;
      const documentSettings = await settings.for(uri);
      const project = await projects.projectOf(uri);
      const current = documents.analysable(uri);
      if (!current) return;
      // CPU time, not wall time: on a loaded machine a fast lint waits for the processor, and throttling it
      // would only add to that wait.
      const cpu = process.cpuUsage();
      const { diagnostics, report, parametersFile } = await diagnosticsOf(
        current,
        documentSettings,
        project,
        components,
        reportProblems,
      );
      const used = process.cpuUsage(cpu);
      state.lastRun = performance.now();
      state.lastDuration = (used.user + used.system) / 1000;
      if (documents.get(uri)?.version !== current.version) return;
      await connection.sendDiagnostics({ uri, version: current.version, diagnostics });
      parametersFiles.publish(uri, report, parametersFile);
      views.analysed(current, documentSettings, projects.environmentOf(current.uri, project));
    } catch (error) {
      connection.console.error(`validating ${uri} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }
}

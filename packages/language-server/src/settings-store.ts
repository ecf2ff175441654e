// The settings of each open document, layered and cached: defaults < .buildcontentrc.json <
// initializationOptions < the client's settings (`workspace/configuration`, or `didChangeConfiguration`
// for clients without it). A client that does not answer in time is not waited for (docs/reliability.md).
import type { TemplateProject } from '@buildcontent/core';
import type { Connection } from 'vscode-languageserver/node';
import type { ClientState } from './client-support.js';
import type { ProjectLoader } from './project-loader.js';
import { mergeSettings, normalizeSettings, SETTINGS_SECTION, type ServerSettings } from './settings.js';

/**
 * How long validation waits for the client to answer `workspace/configuration` before it goes on with
 * `.buildcontentrc.json` and initializationOptions (docs/reliability.md). A late answer still counts.
 */
const CONFIGURATION_TIMEOUT_MS = 1000;

/** initializationOptions may hold the section itself or wrap it (`{ buildcontent: {...} }`). */
function sectionOf(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && SETTINGS_SECTION in value) {
    return (value as Record<string, unknown>)[SETTINGS_SECTION];
  }
  return value;
}

export interface SettingsStoreOptions {
  connection: Connection;
  client: ClientState;
  projects: ProjectLoader;
  log: (message: string) => void;
  reportProblems: (problems: string[]) => void;
  /** The client's answer came after the time-out and changed the document's settings. */
  onLateSettings(uri: string): void;
}

export class SettingsStore {
  private initialization: Partial<ServerSettings> = {};
  /** Settings pushed by `didChangeConfiguration` (clients without `workspace/configuration`). */
  private pushed: Partial<ServerSettings> | undefined;
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  /** Documents whose client settings are asked for in this turn: one `workspace/configuration` request for all. */
  private batch: { uri: string; answer: (value: unknown) => void; fail: (error: Error) => void }[] | undefined;

  constructor(private readonly options: SettingsStoreOptions) {}

  readInitializationOptions(value: unknown): void {
    const { settings, problems } = normalizeSettings(sectionOf(value), 'initializationOptions');
    this.initialization = settings;
    this.options.reportProblems(problems);
  }

  /** `didChangeConfiguration`: its settings count only for clients that cannot be asked. */
  configurationChanged(value: unknown): void {
    if (!this.options.client.support.configuration) {
      const { settings, problems } = normalizeSettings(sectionOf(value), 'didChangeConfiguration');
      this.pushed = settings;
      this.options.reportProblems(problems);
    }
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }

  /**
   * Starts reading the settings of documents about to be validated, so that a workspace opened at once asks the
   * client once for many documents (`workspace/configuration` takes a list) instead of once per document.
   */
  prefetch(uris: Iterable<string>, limit: number): void {
    let started = 0;
    for (const uri of uris) {
      if (started >= limit) return;
      if (this.cache.has(uri)) continue;
      void this.for(uri);
      started++;
    }
  }

  has(uri: string): boolean {
    return this.cache.has(uri);
  }

  /** The settings of a document, cached until something they come from changes. */
  for(uri: string): Promise<ServerSettings> {
    const cached = this.cache.get(uri);
    if (cached) return cached;
    const merge = (fromClient: Partial<ServerSettings>, project: TemplateProject | undefined) =>
      mergeSettings(project?.settings?.settings, this.initialization, fromClient);
    const settings: Promise<ServerSettings> = Promise.all([
      this.clientSettings(uri),
      this.options.projects.projectOf(uri),
    ]).then(([fromClient, project]) => {
      // An answer after the time-out replaces the settings and validates again, once.
      void fromClient.late?.then((late) => {
        if (this.cache.get(uri) !== settings) return;
        this.cache.set(uri, Promise.resolve(merge(late, project)));
        this.options.onLateSettings(uri);
      });
      return merge(fromClient.settings, project);
    });
    this.cache.set(uri, settings);
    return settings;
  }

  /** One document's section of the client's settings; documents asked for in the same turn share a request. */
  private askClient(uri: string): Promise<unknown> {
    return new Promise((answer, fail) => {
      if (!this.batch) {
        this.batch = [];
        queueMicrotask(() => this.sendBatch());
      }
      this.batch.push({ uri, answer, fail });
    });
  }

  private sendBatch(): void {
    const batch = this.batch ?? [];
    this.batch = undefined;
    this.options.connection.workspace
      .getConfiguration(batch.map(({ uri }) => ({ scopeUri: uri, section: SETTINGS_SECTION })))
      .then(
        (values: unknown) => {
          // A client that answers with fewer items than asked gives the missing ones no settings.
          const list = Array.isArray(values) ? values : [];
          batch.forEach(({ answer }, index) => answer(list[index]));
        },
        (error: Error) => batch.forEach(({ fail }) => fail(error)),
      );
  }

  /** The client's settings for a document; a client that does not answer in time gets the other layers. */
  private async clientSettings(
    uri: string,
  ): Promise<{ settings: Partial<ServerSettings>; late?: Promise<Partial<ServerSettings>> }> {
    const { client, log, reportProblems } = this.options;
    if (!client.support.configuration) return { settings: this.pushed ?? {} };
    const read = (value: unknown) => {
      const { settings, problems } = normalizeSettings(value, 'workspace/configuration');
      reportProblems(problems);
      return settings;
    };
    const answer = this.askClient(uri).then(read, (error: Error) => {
      log(`workspace/configuration failed: ${error.message}`);
      return this.pushed ?? {};
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolveTimeout) => {
      timer = setTimeout(() => resolveTimeout(undefined), CONFIGURATION_TIMEOUT_MS);
    });
    const settings = await Promise.race([answer, timeout]);
    clearTimeout(timer);
    if (settings) return { settings };
    reportProblems([
      `workspace/configuration was not answered within ${CONFIGURATION_TIMEOUT_MS} ms: validating with .buildcontentrc.json and initializationOptions until it is`,
    ]);
    return { settings: this.pushed ?? {}, late: answer };
  }
}

// Wiring only: LSP requests and notifications to the pure feature functions, plus the state the protocol
// needs (open documents, client capabilities, settings, file watching, diagnostics scheduling). What belongs
// to a template (settings, parameters) is core's project model, read asynchronously through the Node
// FileSystemProvider: no file read can block the server (a FIFO, /dev/zero, a huge file are refused).
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  type CancellationToken,
  type Diagnostic,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { computeCodeActions, FIX_ALL_KIND } from './features/code-actions.js';
import { COMPLETION_TRIGGER_CHARACTERS, computeCompletion } from './features/completion.js';
import { computeCodeLenses } from './features/code-lens.js';
import { computeDiagnostics, type DiagnosticsContext } from './features/diagnostics.js';
import { computeDocumentLinks } from './features/document-links.js';
import { computeDocumentSymbols, computeSymbolInformation } from './features/document-symbols.js';
import {
  componentBaseName,
  componentParametersPathOf,
  dirnameOf as coreDirnameOf,
  formatBytes,
  joinPath,
  lint,
  lintParamsOf,
  loadProject,
  readTextFile,
  REQUEST_FORMATS,
  SIZE_CAPS,
  type ProjectCache,
  type RequestFormat,
  type TemplateProject,
} from '@buildcontent/core';
import { nodeFileSystem } from '@buildcontent/core/node';
import {
  computeEmitRequestActions,
  computeEmitRequestText,
  EMIT_REQUEST_COMMAND,
  EMIT_REQUEST_KIND,
  FORMAT_EXTENSIONS,
  FORMAT_LABELS,
  WRITE_REQUEST_COMMAND,
  type EmitEnvironment,
} from './features/emit-request.js';
import { writeFileAtomically } from './features/request-file.js';
import { computeFoldingRanges } from './features/folding.js';
import { computeParametersFileReport, type ParametersFile, type ParametersFileReport } from './features/parameters-file.js';
import { computeFormatting, computeRangeFormatting } from './features/formatting.js';
import { computeHover } from './features/hover.js';
import { computeSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './features/semantic-tokens.js';
import { computeSignatureHelp, SIGNATURE_RETRIGGER_CHARACTERS, SIGNATURE_TRIGGER_CHARACTERS } from './features/signature-help.js';
import {
  computeDefinition,
  computeDocumentHighlights,
  computePrepareRename,
  computeReferences,
  computeRename,
} from './features/variables.js';
import { clientSupport, type ClientSupport } from './client-support.js';
import { computeComponentCallDiagnostics, computeComponentDiagnostics } from './features/component-diagnostics.js';
import { ComponentProjects, componentFormatOfUri } from './features/component-project.js';
import {
  computeComponentCallCompletion,
  computeComponentCallDefinition,
  computeComponentCallHover,
  computeComponentReferences,
} from './features/component-calls.js';
import { computeComponentEmitRequestActions, computeComponentEmitRequestText } from './features/component-emit-request.js';
import { computeComponentCompletion, computeComponentDefinition, computeComponentHover, computeComponentSymbols } from './features/component-yaml.js';
import { mergeSettings, normalizeSettings, SETTINGS_SECTION, type ServerSettings } from './settings.js';
import { filePathOf, PARAMETERS_SUFFIX, parametersPathOf, requestPathOf, SETTINGS_FILE, uriOf } from './workspace-files.js';

export const SERVER_NAME = 'buildcontent-language-server';
export const SERVER_VERSION = '0.1.0';

/**
 * Edits closer together than a few lint durations are validated once: a burst of edits costs a lint every
 * so often, not one per key, while a lone edit is validated at once. Capped so that a huge document
 * (whose lint takes seconds) still gets fresh diagnostics soon after typing stops.
 */
const MAX_VALIDATION_INTERVAL_MS = 100;
const MIN_VALIDATION_INTERVAL_MS = 5;

/**
 * How long validation waits for the client to answer `workspace/configuration` before it goes on with
 * `.buildcontentrc.json` and initializationOptions (docs/reliability.md). A late answer still counts.
 */
export const CONFIGURATION_TIMEOUT_MS = 1000;

/**
 * Documents longer than this (UTF-16 code units, as editors count) are not analysed: the server says so
 * once and answers every request about them with an empty result at once. The CLI's cap for template
 * files is the same number of bytes (SIZE_CAPS.template), far above the service's 16 KB.
 */
export const MAX_DOCUMENT_LENGTH = SIZE_CAPS.template;
export const DOCUMENT_TOO_LARGE_CODE = 'document-too-large';
export const SETTINGS_PROBLEM_CODE = 'invalid-settings';
export const UNREADABLE_FILE_CODE = 'unreadable-file';

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled');
/** A turn of the event loop, so that a `$/cancelRequest` sent meanwhile is read before long work starts. */
const nextTurn = () => new Promise<void>((resolveTurn) => setImmediate(resolveTurn));

/** initializationOptions may hold the section itself or wrap it (`{ buildcontent: {...} }`). */
function sectionOf(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && SETTINGS_SECTION in value) {
    return (value as Record<string, unknown>)[SETTINGS_SECTION];
  }
  return value;
}

export interface StartServerOptions {
  /** Called when the client asks to shut down (the transport decides the exit code from it). */
  onShutdown?: () => void;
}

export function startServer(connection: Connection, options: StartServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let support: ClientSupport = clientSupport({});
  let initializationSettings: Partial<ServerSettings> = {};
  /** Settings pushed by `didChangeConfiguration` (clients without `workspace/configuration`). */
  let pushedSettings: Partial<ServerSettings> | undefined;
  let workspaceRoots: string[] = [];
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  /** Settings files by folder, shared by every template (core's project cache). */
  const settingsFiles: ProjectCache = new Map();
  /** Diagnostics published for settings and parameters files, by URI, to clear them once fixed. */
  const fileProblems = new Map<string, string>();
  const reportedProblems = new Set<string>();
  const validation = new Map<string, { timer?: NodeJS.Timeout; lastRun: number; lastDuration: number; saidTooLarge?: boolean }>();
  const directoryWatchers = new Map<string, { watcher: FSWatcher; users: number }>();
  const components = new ComponentProjects(nodeFileSystem);

  const log = (message: string) => connection.console.log(message);
  const reportProblems = (problems: string[]) => {
    for (const problem of problems) {
      if (reportedProblems.has(problem)) continue;
      reportedProblems.add(problem);
      connection.console.warn(problem);
    }
  };

  /**
   * Problems with a template's settings and parameters files: diagnostics of those files, published when
   * they change (a fixed file gets its diagnostics cleared).
   */
  function publishFileProblems(project: TemplateProject): void {
    const byUri = new Map<string, Diagnostic[]>();
    for (const path of [project.settings?.path, project.parameters.path]) if (path) byUri.set(uriOf(path), []);
    for (const problem of project.problems) {
      const start = problem.range?.start ?? { line: 0, character: 0 };
      byUri.get(uriOf(problem.path))?.push({
        range: problem.range ?? { start, end: start },
        severity: 1,
        code: problem.range ? SETTINGS_PROBLEM_CODE : UNREADABLE_FILE_CODE,
        source: 'buildcontent',
        message: problem.message,
      });
    }
    for (const [uri, diagnostics] of byUri) {
      const key = JSON.stringify(diagnostics);
      if ((fileProblems.get(uri) ?? '[]') === key) continue;
      if (diagnostics.length > 0) fileProblems.set(uri, key);
      else fileProblems.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  /**
   * The project of a template (settings, parameters, test template). Read on each use: the parameters file
   * is small and read asynchronously, so an edit to it counts at once even where no file watching reaches;
   * settings files are read once per folder until one changes.
   */
  async function projectOf(uri: string): Promise<TemplateProject | undefined> {
    const path = filePathOf(uri);
    if (!path) return undefined;
    const stopAt = workspaceRoots.find((root) => path.startsWith(root));
    try {
      const project = await loadProject(nodeFileSystem, path, { stopAt, cache: settingsFiles });
      publishFileProblems(project);
      return project;
    } catch (error) {
      log(`reading the files beside ${path} failed: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** The client's settings for a document; a client that does not answer in time gets the other layers. */
  async function clientSettings(uri: string): Promise<{ settings: Partial<ServerSettings>; late?: Promise<Partial<ServerSettings>> }> {
    if (!support.configuration) return { settings: pushedSettings ?? {} };
    const read = (value: unknown) => {
      const { settings, problems } = normalizeSettings(value, 'workspace/configuration');
      reportProblems(problems);
      return settings;
    };
    const answer = connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(read, (error: Error) => {
      log(`workspace/configuration failed: ${error.message}`);
      return pushedSettings ?? {};
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolveTimeout) => {
      timer = setTimeout(() => resolveTimeout(undefined), CONFIGURATION_TIMEOUT_MS);
    });
    const settings = await Promise.race([answer, timeout]);
    clearTimeout(timer);
    if (settings) return { settings };
    reportProblems([`workspace/configuration was not answered within ${CONFIGURATION_TIMEOUT_MS} ms: validating with .buildcontentrc.json and initializationOptions until it is`]);
    return { settings: pushedSettings ?? {}, late: answer };
  }

  /** Defaults < .buildcontentrc.json < initializationOptions < client settings. */
  function settingsFor(uri: string): Promise<ServerSettings> {
    let cached = settingsCache.get(uri);
    if (!cached) {
      const merge = (fromClient: Partial<ServerSettings>, project: TemplateProject | undefined) =>
        mergeSettings(project?.settings?.settings, initializationSettings, fromClient);
      const settings = Promise.all([clientSettings(uri), projectOf(uri)]).then(([fromClient, project]) => {
        // An answer after the time-out replaces the settings and validates again, once.
        void fromClient.late?.then((late) => {
          if (settingsCache.get(uri) !== settings) return;
          settingsCache.set(uri, Promise.resolve(merge(late, project)));
          if (!support.pullDiagnostics) scheduleValidation(uri);
          else if (support.diagnosticRefresh) void connection.languages.diagnostics.refresh();
        });
        return merge(fromClient.settings, project);
      });
      cached = settings;
      settingsCache.set(uri, cached);
    }
    return cached;
  }

  /** What the template's checks need from its parameters file. */
  function contextOf(project: TemplateProject | undefined): DiagnosticsContext {
    const params = lintParamsOf(project?.parameters.text);
    return params ? { params } : {};
  }

  async function diagnosticsContext(uri: string): Promise<DiagnosticsContext> {
    return contextOf(await projectOf(uri));
  }

  /** The document when it can be analysed; undefined when it is unknown or above MAX_DOCUMENT_LENGTH. */
  function analysable(uri: string) {
    const document = documents.get(uri);
    return document && document.getText().length <= MAX_DOCUMENT_LENGTH ? document : undefined;
  }

  function tooLargeMessage(length: number): string {
    return `This document is ${formatBytes(length)} long: documents above ${formatBytes(MAX_DOCUMENT_LENGTH)} are not analysed (the service accepts 16 KB).`;
  }

  function tooLargeDiagnostic(length: number): Diagnostic {
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 2,
      code: DOCUMENT_TOO_LARGE_CODE,
      source: 'buildcontent',
      message: tooLargeMessage(length),
    };
  }

  /** `<name>.pipeline.json` beside the template, when it exists. */
  function parametersFileOf(project: TemplateProject | undefined): ParametersFile | undefined {
    const path = project?.parameters.path;
    const text = project?.parameters.text;
    return path !== undefined && text !== undefined ? { uri: uriOf(path), name: basename(path), text } : undefined;
  }

  /** The template's diagnostics with the parameters-file summary on line 1. */
  function templateDiagnostics(document: TextDocument, settings: ServerSettings, context: DiagnosticsContext, report: ParametersFileReport) {
    const diagnostics = computeDiagnostics(document, settings, context);
    return report.summary ? [report.summary, ...diagnostics] : diagnostics;
  }

  /** YAML components get the component features only; the template features would misread them. */
  function templateDocument(uri: string) {
    return componentFormatOfUri(uri) === 'yaml' ? undefined : analysable(uri);
  }

  /** A template's diagnostics (with the parameters-file summary and its COMPONENT calls), or a component file's own. */
  async function diagnosticsOf(document: TextDocument, settings: ServerSettings, project: TemplateProject | undefined) {
    if (componentFormatOfUri(document.uri)) {
      return { diagnostics: computeComponentDiagnostics(document, settings, await components.componentOf(document.uri)), report: undefined, parametersFile: undefined };
    }
    const index = await components.indexFor(document.uri);
    reportProblems(index.problems.map((problem) => problem.message));
    const parametersFile = parametersFileOf(project);
    const report = computeParametersFileReport(document, settings, parametersFile);
    const diagnostics = [...templateDiagnostics(document, settings, contextOf(project), report), ...computeComponentCallDiagnostics(document, settings, index)];
    return { diagnostics, report, parametersFile };
  }

  // Push clients (Neovim, Emacs) get the parameters file's own problems too; VS Code checks it with the schema.
  const publishedParameters = new Map<string, string>();
  function publishParametersFile(templateUri: string, report: ParametersFileReport | undefined, parametersFile?: ParametersFile): void {
    const file = report && parametersFile;
    const previous = publishedParameters.get(templateUri);
    if (previous && previous !== file?.uri) void connection.sendDiagnostics({ uri: previous, diagnostics: [] });
    if (file && report) {
      publishedParameters.set(templateUri, file.uri);
      void connection.sendDiagnostics({ uri: file.uri, diagnostics: report.diagnostics });
    } else publishedParameters.delete(templateUri);
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    try {
      const state = validation.get(uri);
      const length = document.getText().length;
      if (length > MAX_DOCUMENT_LENGTH) {
        // Said once while the document stays too large; nothing is analysed.
        if (state?.saidTooLarge) return;
        if (state) state.saidTooLarge = true;
        await connection.sendDiagnostics({ uri, version: document.version, diagnostics: [tooLargeDiagnostic(length)] });
        return;
      }
      if (state) state.saidTooLarge = false;
      const settings = await settingsFor(uri);
      const project = await projectOf(uri);
      const current = analysable(uri);
      if (!current) return;
      const { diagnostics, report, parametersFile } = await diagnosticsOf(current, settings, project);
      if (documents.get(uri)?.version !== current.version) return;
      await connection.sendDiagnostics({ uri, version: current.version, diagnostics });
      publishParametersFile(uri, report, parametersFile);
    } catch (error) {
      connection.console.error(`validating ${uri} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }

  function scheduleValidation(uri: string): void {
    if (support.pullDiagnostics) return;
    const state = validation.get(uri) ?? { lastRun: 0, lastDuration: 0 };
    validation.set(uri, state);
    if (state.timer) return;
    const interval = Math.min(MAX_VALIDATION_INTERVAL_MS, MIN_VALIDATION_INTERVAL_MS + 2 * state.lastDuration);
    const delay = Math.max(0, state.lastRun + interval - Date.now());
    state.timer = setTimeout(() => {
      state.timer = undefined;
      const started = Date.now();
      void validate(uri).finally(() => {
        state.lastRun = Date.now();
        state.lastDuration = state.lastRun - started;
      });
    }, delay);
  }

  function revalidateAll(): void {
    if (support.pullDiagnostics) {
      if (support.diagnosticRefresh) void connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of documents.all()) scheduleValidation(document.uri);
  }

  /** A settings or parameters file changed: read the projects again and validate the templates they belong to. */
  function revalidateForFile(path: string): void {
    if (ComponentProjects.matters(path)) {
      // A component, its parameters or a settings file: the calls of every template may change.
      components.clear();
      if (!path.endsWith(SETTINGS_FILE)) {
        revalidateAll();
        return;
      }
    }
    const isSettings = path.endsWith(SETTINGS_FILE);
    if (!isSettings && !path.endsWith(PARAMETERS_SUFFIX)) return;
    // Its old problems go; reading it again publishes what still stands.
    const uri = uriOf(path);
    if (fileProblems.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    if (isSettings) {
      settingsFiles.clear();
      settingsCache.clear();
    }
    if (isSettings) {
      revalidateAll();
      return;
    }
    // The blocked-request code lens depends on the parameters file too.
    if (support.codeLensRefresh) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    if (support.pullDiagnostics) {
      revalidateAll();
      return;
    }
    for (const document of documents.all()) {
      const templatePath = filePathOf(document.uri);
      if (templatePath && parametersPathOf(templatePath) === path) {
        settingsCache.delete(document.uri);
        scheduleValidation(document.uri);
      }
    }
  }

  // Clients that cannot watch files for us get a watch on each open template's folder.
  function watchDirectoryOf(uri: string, delta: 1 | -1): void {
    if (support.watchedFilesDynamic) return;
    const path = filePathOf(uri);
    if (!path) return;
    const dir = dirname(path);
    const entry = directoryWatchers.get(dir);
    if (delta === 1) {
      if (entry) {
        entry.users++;
        return;
      }
      try {
        const watcher = watch(dir, { persistent: false }, (_event, name) => {
          if (name) revalidateForFile(`${dir}/${basename(name.toString())}`);
        });
        watcher.on('error', () => watcher.close());
        directoryWatchers.set(dir, { watcher, users: 1 });
      } catch {
        // A folder that cannot be watched only loses the automatic re-validation.
      }
    } else if (entry && --entry.users === 0) {
      entry.watcher.close();
      directoryWatchers.delete(dir);
    }
  }

  /** What the emit actions and the code lens need from disk, read asynchronously first. */
  async function emitEnvironment(uri: string): Promise<EmitEnvironment> {
    if (componentFormatOfUri(uri)) {
      // A component's parameters are `<name>.component.json` beside it.
      const path = filePathOf(uri);
      const parametersPath = path ? componentParametersPathOf(path) : undefined;
      const parametersText = parametersPath ? (await readTextFile(nodeFileSystem, parametersPath, SIZE_CAPS.parameters)).text : undefined;
      return { templatePath: path, parametersPath, parametersText, disabledSupport: support.disabledCodeActions };
    }
    const project = await projectOf(uri);
    return {
      templatePath: filePathOf(uri),
      parametersPath: project?.parameters.path,
      parametersText: project?.parameters.text,
      disabledSupport: support.disabledCodeActions,
    };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    support = clientSupport(params.capabilities);
    const { settings, problems } = normalizeSettings(sectionOf(params.initializationOptions), 'initializationOptions');
    initializationSettings = settings;
    reportProblems(problems);
    workspaceRoots = (params.workspaceFolders ?? [])
      .map((folder) => filePathOf(folder.uri))
      .filter((path): path is string => path !== undefined);
    const rootPath = params.rootUri ? filePathOf(params.rootUri) : undefined;
    if (rootPath) workspaceRoots.push(rootPath);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        diagnosticProvider: support.pullDiagnostics
          ? { identifier: 'buildcontent', interFileDependencies: false, workspaceDiagnostics: false }
          : undefined,
        codeActionProvider: support.codeActionLiterals
          ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, EMIT_REQUEST_KIND], resolveProvider: false }
          : true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
        hoverProvider: true,
        signatureHelpProvider: {
          triggerCharacters: SIGNATURE_TRIGGER_CHARACTERS,
          retriggerCharacters: SIGNATURE_RETRIGGER_CHARACTERS,
        },
        documentSymbolProvider: { label: 'BuildContent' },
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: support.prepareRename ? { prepareProvider: true } : true,
        executeCommandProvider: { commands: [EMIT_REQUEST_COMMAND, WRITE_REQUEST_COMMAND] },
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    // Build the lexer and parser now (Chevrotain's self-analysis), not on the first request a user waits for.
    setImmediate(() => lint('RUN x\n'));
    if (support.configurationDynamic) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    if (support.watchedFilesDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/*${PARAMETERS_SUFFIX}` }, { globPattern: `**/${SETTINGS_FILE}` }, { globPattern: '**/*.component.{yaml,yml,buildcontent,json}' }],
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    if (!support.configuration) {
      const { settings, problems } = normalizeSettings(sectionOf(change.settings), 'didChangeConfiguration');
      pushedSettings = settings;
      reportProblems(problems);
    }
    settingsCache.clear();
    revalidateAll();
  });

  connection.onDidChangeWatchedFiles((change) => {
    for (const event of change.changes) {
      const path = filePathOf(event.uri);
      if (path) revalidateForFile(path);
    }
  });

  documents.onDidOpen((event) => watchDirectoryOf(event.document.uri, 1));
  documents.onDidChangeContent((event) => scheduleValidation(event.document.uri));
  documents.onDidSave((event) => {
    const path = filePathOf(event.document.uri);
    if (path && ComponentProjects.matters(path)) revalidateForFile(path);
    else scheduleValidation(event.document.uri);
  });
  documents.onDidClose((event) => {
    const state = validation.get(event.document.uri);
    if (state?.timer) clearTimeout(state.timer);
    validation.delete(event.document.uri);
    settingsCache.delete(event.document.uri);
    watchDirectoryOf(event.document.uri, -1);
    if (!support.pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    publishParametersFile(event.document.uri, undefined);
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (!analysable(document.uri)) return { kind: DocumentDiagnosticReportKind.Full, items: [tooLargeDiagnostic(document.getText().length)] };
    const settings = await settingsFor(document.uri);
    const project = await projectOf(document.uri);
    await nextTurn();
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled', { retriggerRequest: true });
    const current = analysable(document.uri);
    if (!current) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    return { kind: DocumentDiagnosticReportKind.Full, items: (await diagnosticsOf(current, settings, project)).diagnostics };
  });

  connection.onCodeAction(async (params, token: CancellationToken) => {
    const uri = params.textDocument.uri;
    if (!analysable(uri)) return [];
    const [settings, context, environment] = await Promise.all([settingsFor(uri), diagnosticsContext(uri), emitEnvironment(uri)]);
    await nextTurn();
    if (token.isCancellationRequested) return cancelled();
    const document = analysable(uri);
    if (!document) return [];
    const only = params.context.only;
    const component = componentFormatOfUri(uri);
    // YAML components have no template quick fixes; Dockerfile-format ones do.
    const actions: CodeAction[] =
      component === 'yaml' ? [] : computeCodeActions(document, { range: params.range, only, diagnostics: params.context.diagnostics }, settings, context);
    try {
      actions.push(
        ...(component
          ? computeComponentEmitRequestActions(document, settings, environment, only)
          : computeEmitRequestActions(document, settings, environment, only)),
      );
    } catch (error) {
      // Text no request format can carry (a lone surrogate in the parameters) costs the emit actions, not the quick fixes.
      log(`the emit-request actions of ${uri} failed: ${(error as Error).message}`);
    }
    // Clients without code action literals only understand commands; ours are all edits, so they get none.
    return support.codeActionLiterals ? actions : [];
  });

  // `buildcontent.emitRequest` with `{ uri, format }`: the request text, for clients that show it rather than
  // write it (the VS Code extension's command). Errors answer with the reason the emit action is disabled.
  // `buildcontent.writeRequest` with `{ uri, format }`: writes `<name>.request.<ext>` and shows it (the emit
  // action's command for clients that show documents or cannot create files); answers `{ uri }`.
  connection.onExecuteCommand(async (params) => {
    if (params.command !== EMIT_REQUEST_COMMAND && params.command !== WRITE_REQUEST_COMMAND) {
      throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}`);
    }
    const argument = (params.arguments?.[0] ?? {}) as { uri?: unknown; format?: unknown };
    const document = typeof argument.uri === 'string' ? documents.get(argument.uri) : undefined;
    if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `${params.command} needs { uri, format } for an open document`);
    if (!analysable(document.uri)) throw new ResponseError(LSPErrorCodes.RequestFailed, tooLargeMessage(document.getText().length));
    const format = (REQUEST_FORMATS as readonly unknown[]).includes(argument.format) ? (argument.format as RequestFormat) : 'cli';
    const component = componentFormatOfUri(document.uri) !== undefined;
    const [environment, settings] = await Promise.all([emitEnvironment(document.uri), settingsFor(document.uri)]);
    const result = (() => {
      try {
        return component ? computeComponentEmitRequestText(document, settings, environment, format) : computeEmitRequestText(document, settings, environment, format);
      } catch (error) {
        throw new ResponseError(LSPErrorCodes.RequestFailed, `The request cannot be written as ${format}: ${(error as Error).message}`);
      }
    })();
    if (result.text === undefined) throw new ResponseError(LSPErrorCodes.RequestFailed, result.reason);
    if (params.command === EMIT_REQUEST_COMMAND) return result.text;
    const templatePath = filePathOf(document.uri);
    if (!templatePath) throw new ResponseError(LSPErrorCodes.RequestFailed, 'Save the template to a file first: the request is written beside it');
    // `<name>.request.<ext>` beside a template, `<name>.component.request.<ext>` beside a component.
    const path = component
      ? joinPath(coreDirnameOf(templatePath), `${componentBaseName(templatePath)}.component.request.${FORMAT_EXTENSIONS[format]}`)
      : requestPathOf(templatePath, FORMAT_EXTENSIONS[format]);
    try {
      writeFileAtomically(path, result.text);
    } catch (error) {
      throw new ResponseError(LSPErrorCodes.RequestFailed, (error as Error).message);
    }
    const uri = uriOf(path);
    // A notification, not showInformationMessage (a request some clients do not answer).
    const wrote = `Wrote the ${component ? 'CreateImageComponent' : 'CreateImagePipeline'} request (${FORMAT_LABELS[format]}) to ${basename(path)}`;
    if (support.showDocument) {
      connection.window.showDocument({ uri, takeFocus: true }).catch((error: unknown) => log(`window/showDocument failed: ${(error as Error).message}`));
    } else void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: wrote });
    return { uri };
  });

  connection.onCodeLens(async (params) => {
    const uri = params.textDocument.uri;
    // The blocked-request lens is the pipeline request's; components show theirs in the emit actions.
    if (!analysable(uri) || componentFormatOfUri(uri)) return [];
    const [settings, environment] = await Promise.all([settingsFor(uri), emitEnvironment(uri)]);
    const document = analysable(uri);
    return document ? computeCodeLenses(document, settings, environment) : [];
  });

  connection.onCompletion(async (params) => {
    const document = analysable(params.textDocument.uri);
    if (!document) return [];
    if (componentFormatOfUri(document.uri) === 'yaml') return computeComponentCompletion(document, params.position);
    const calls = computeComponentCallCompletion(document, params.position, await components.indexFor(document.uri));
    return calls.length > 0 ? calls : computeCompletion(document, params.position, { snippets: support.snippets });
  });

  connection.onHover(async (params) => {
    const document = analysable(params.textDocument.uri);
    if (!document) return null;
    if (componentFormatOfUri(document.uri) === 'yaml') return computeComponentHover(document, params.position);
    return (
      computeComponentCallHover(document, params.position, await components.indexFor(document.uri)) ??
      computeHover(document, params.position, { markdown: support.hoverMarkdown })
    );
  });

  connection.onSignatureHelp((params) => {
    const document = templateDocument(params.textDocument.uri);
    return document ? computeSignatureHelp(document, params.position) : null;
  });

  connection.onDocumentSymbol((params) => {
    const document = analysable(params.textDocument.uri);
    if (!document) return [];
    if (componentFormatOfUri(document.uri) === 'yaml') {
      const symbols = computeComponentSymbols(document);
      return support.hierarchicalSymbols ? symbols : symbols.map((s) => ({ name: s.name, kind: s.kind, location: { uri: document.uri, range: s.range } }));
    }
    return support.hierarchicalSymbols ? computeDocumentSymbols(document) : computeSymbolInformation(document);
  });

  connection.onFoldingRanges((params) => {
    const document = templateDocument(params.textDocument.uri);
    return document ? computeFoldingRanges(document, { rangeLimit: support.foldingRangeLimit, collapsedText: support.foldingCollapsedText }) : [];
  });

  connection.languages.semanticTokens.on(async (params) => {
    const document = templateDocument(params.textDocument.uri);
    if (!document) return { data: [] };
    const settings = await settingsFor(document.uri);
    return computeSemanticTokens(document, { fromDeprecated: settings.from === 'ignored' });
  });

  connection.onDocumentFormatting((params) => {
    const document = templateDocument(params.textDocument.uri);
    return document ? computeFormatting(document, params.options) : [];
  });

  connection.onDocumentRangeFormatting((params) => {
    const document = templateDocument(params.textDocument.uri);
    return document ? computeRangeFormatting(document, params.range, params.options) : [];
  });

  connection.onDocumentLinks((params) => {
    const document = templateDocument(params.textDocument.uri);
    return document ? computeDocumentLinks(document) : [];
  });

  connection.onDefinition(async (params) => {
    const document = analysable(params.textDocument.uri);
    if (!document) return [];
    if (componentFormatOfUri(document.uri) === 'yaml') return computeComponentDefinition(document, params.position);
    const calls = computeComponentCallDefinition(document, params.position, await components.indexFor(document.uri));
    return calls.length > 0 ? calls : computeDefinition(document, params.position);
  });

  connection.onReferences(async (params) => {
    const document = analysable(params.textDocument.uri);
    if (!document) return [];
    const path = componentFormatOfUri(document.uri) ? filePathOf(document.uri) : undefined;
    // From a component file: the COMPONENT lines of the project's templates that call it.
    if (path) return computeComponentReferences(nodeFileSystem, path, await components.indexFor(document.uri));
    return computeReferences(document, params.position, params.context.includeDeclaration);
  });

  connection.onDocumentHighlight((params) => {
    const document = templateDocument(params.textDocument.uri);
    return document ? computeDocumentHighlights(document, params.position) : [];
  });

  connection.onPrepareRename((params) => {
    const document = templateDocument(params.textDocument.uri);
    return document ? computePrepareRename(document, params.position) : null;
  });

  connection.onRenameRequest((params) => {
    const document = templateDocument(params.textDocument.uri);
    if (!document) return null;
    try {
      return computeRename(document, params.position, params.newName) ?? null;
    } catch (error) {
      return new ResponseError(ErrorCodes.InvalidParams, (error as Error).message);
    }
  });

  connection.onShutdown(() => {
    options.onShutdown?.();
    for (const state of validation.values()) if (state.timer) clearTimeout(state.timer);
    for (const { watcher } of directoryWatchers.values()) watcher.close();
    directoryWatchers.clear();
  });

  documents.listen(connection);
  connection.listen();
}

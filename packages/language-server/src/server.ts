// Wiring only: LSP requests and notifications to the pure feature functions, plus the state the protocol
// needs (open documents, client capabilities, settings, file watching, diagnostics scheduling).
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { computeCodeActions, FIX_ALL_KIND } from './features/code-actions.js';
import { COMPLETION_TRIGGER_CHARACTERS, computeCompletion } from './features/completion.js';
import { computeDiagnostics, type DiagnosticsContext } from './features/diagnostics.js';
import { computeDocumentLinks } from './features/document-links.js';
import { computeDocumentSymbols, computeSymbolInformation } from './features/document-symbols.js';
import { REQUEST_FORMATS, type RequestFormat } from '@buildcontent/core';
import {
  computeEmitRequestActions,
  computeEmitRequestText,
  EMIT_REQUEST_COMMAND,
  EMIT_REQUEST_KIND,
  type EmitEnvironment,
} from './features/emit-request.js';
import { computeFoldingRanges } from './features/folding.js';
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
import { nodeFileSystem } from '@buildcontent/core/node';
import { computeComponentCallDiagnostics, computeComponentDiagnostics } from './features/component-diagnostics.js';
import { ComponentProjects, componentFormatOfUri } from './features/component-project.js';
import {
  computeComponentCallCompletion,
  computeComponentCallDefinition,
  computeComponentCallHover,
  computeComponentReferences,
} from './features/component-calls.js';
import { computeComponentEmitRequestActions, computeComponentEmitRequestText } from './features/component-emit-request.js';
import { componentBaseName, componentParametersPathOf, dirnameOf as coreDirnameOf, joinPath } from '@buildcontent/core';
import { computeComponentCompletion, computeComponentDefinition, computeComponentHover, computeComponentSymbols } from './features/component-yaml.js';
import { mergeSettings, normalizeSettings, SETTINGS_SECTION, type ServerSettings } from './settings.js';
import {
  filePathOf,
  findRcFile,
  parametersPathOf,
  PARAMETERS_SUFFIX,
  RC_FILE,
  readTextFile,
  requestPathOf,
  uriOf,
} from './workspace-files.js';

export const SERVER_NAME = 'buildcontent-language-server';
export const SERVER_VERSION = '0.1.0';

/**
 * Edits closer together than a few lint durations are validated once: a burst of edits costs a lint every
 * so often, not one per key, while a lone edit is validated at once. Capped so that a huge document
 * (whose lint takes seconds) still gets fresh diagnostics soon after typing stops.
 */
const MAX_VALIDATION_INTERVAL_MS = 100;
const MIN_VALIDATION_INTERVAL_MS = 5;

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
  const reportedProblems = new Set<string>();
  const validation = new Map<string, { timer?: NodeJS.Timeout; lastRun: number; lastDuration: number }>();
  const directoryWatchers = new Map<string, { watcher: FSWatcher; users: number }>();
  const components = new ComponentProjects(nodeFileSystem);
  /** YAML components get the component features only; the template features would misread them. */
  const templateDocument = (uri: string) => (componentFormatOfUri(uri) === 'yaml' ? undefined : documents.get(uri));

  /** Template diagnostics plus COMPONENT calls, or a component file's own (by its format). */
  async function diagnosticsOf(document: TextDocument, settings: ServerSettings) {
    if (componentFormatOfUri(document.uri)) return computeComponentDiagnostics(document, settings, await components.componentOf(document.uri));
    const index = await components.indexFor(document.uri);
    reportProblems(index.problems.map((problem) => problem.message));
    return [...computeDiagnostics(document, settings, diagnosticsContext(document.uri)), ...computeComponentCallDiagnostics(document, settings, index)];
  }

  const log = (message: string) => connection.console.log(message);
  const reportProblems = (problems: string[]) => {
    for (const problem of problems) {
      if (reportedProblems.has(problem)) continue;
      reportedProblems.add(problem);
      connection.console.warn(problem);
    }
  };

  function rcSettings(path: string | undefined): Partial<ServerSettings> {
    if (!path) return {};
    const stopAt = workspaceRoots.find((root) => path.startsWith(root));
    const rcPath = findRcFile(path, stopAt);
    if (!rcPath) return {};
    const text = readTextFile(rcPath);
    if (text === undefined) return {};
    try {
      const { settings, problems } = normalizeSettings(JSON.parse(text), rcPath);
      reportProblems(problems);
      return settings;
    } catch (error) {
      reportProblems([`${rcPath}: ${(error as Error).message}`]);
      return {};
    }
  }

  async function clientSettings(uri: string): Promise<Partial<ServerSettings>> {
    if (support.configuration) {
      try {
        const value: unknown = await connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
        const { settings, problems } = normalizeSettings(value, 'workspace/configuration');
        reportProblems(problems);
        return settings;
      } catch (error) {
        log(`workspace/configuration failed: ${(error as Error).message}`);
      }
    }
    return pushedSettings ?? {};
  }

  /** Defaults < .buildcontentrc.json < initializationOptions < client settings. */
  function settingsFor(uri: string): Promise<ServerSettings> {
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = clientSettings(uri).then((fromClient) => mergeSettings(rcSettings(filePathOf(uri)), initializationSettings, fromClient));
      settingsCache.set(uri, cached);
    }
    return cached;
  }

  function parametersOf(uri: string): { path?: string; text?: string } {
    const templatePath = filePathOf(uri);
    if (!templatePath) return {};
    const path = parametersPathOf(templatePath);
    return { path, text: readTextFile(path) };
  }

  function diagnosticsContext(uri: string): DiagnosticsContext {
    const { text } = parametersOf(uri);
    if (text === undefined) return {};
    try {
      const parsed: unknown = JSON.parse(text);
      const bandwidth = (parsed as { InternetMaxBandwidthOut?: unknown } | null)?.InternetMaxBandwidthOut;
      return typeof bandwidth === 'number' ? { internetMaxBandwidthOut: bandwidth } : {};
    } catch {
      return {};
    }
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    try {
      const settings = await settingsFor(uri);
      const current = documents.get(uri);
      if (!current) return;
      const diagnostics = await diagnosticsOf(current, settings);
      if (documents.get(uri)?.version !== current.version) return;
      await connection.sendDiagnostics({ uri, version: current.version, diagnostics });
    } catch (error) {
      connection.console.error(`validating ${uri} failed: ${(error as Error).stack ?? error}`);
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

  /** Open templates whose parameters file or rc file is at `path`. */
  function revalidateForFile(path: string): void {
    if (ComponentProjects.matters(path)) {
      // A component, its parameters or a settings file: the calls of every template may change.
      components.clear();
      if (!path.endsWith(RC_FILE)) {
        revalidateAll();
        return;
      }
    }
    if (path.endsWith(RC_FILE)) {
      settingsCache.clear();
      revalidateAll();
      return;
    }
    if (!path.endsWith(PARAMETERS_SUFFIX)) return;
    if (support.pullDiagnostics) {
      revalidateAll();
      return;
    }
    for (const document of documents.all()) {
      const templatePath = filePathOf(document.uri);
      if (templatePath && parametersPathOf(templatePath) === path) scheduleValidation(document.uri);
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

  /** A component's parameters (`<name>.component.json`) and request files (`<name>.component.request.<ext>`). */
  function componentEmitEnvironment(uri: string): EmitEnvironment {
    const path = filePathOf(uri);
    const parametersPath = path ? componentParametersPathOf(path) : undefined;
    return {
      templatePath: path,
      parametersPath,
      parametersText: parametersPath ? readTextFile(parametersPath) : undefined,
      requestFile: (extension) => {
        if (!path) return undefined;
        const target = joinPath(coreDirnameOf(path), `${componentBaseName(path)}.component.request.${extension}`);
        return { uri: uriOf(target), existingText: readTextFile(target) };
      },
      canCreateFiles: support.createFiles,
      disabledSupport: support.disabledCodeActions,
    };
  }

  function emitEnvironment(uri: string): EmitEnvironment {
    if (componentFormatOfUri(uri)) return componentEmitEnvironment(uri);
    const templatePath = filePathOf(uri);
    const parameters = parametersOf(uri);
    return {
      templatePath,
      parametersPath: parameters.path,
      parametersText: parameters.text,
      requestFile: (extension) => {
        if (!templatePath) return undefined;
        const path = requestPathOf(templatePath, extension);
        return { uri: uriOf(path), existingText: readTextFile(path) };
      },
      canCreateFiles: support.createFiles,
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
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: support.prepareRename ? { prepareProvider: true } : true,
        executeCommandProvider: { commands: [EMIT_REQUEST_COMMAND] },
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (support.configurationDynamic) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    if (support.watchedFilesDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/*${PARAMETERS_SUFFIX}` }, { globPattern: `**/${RC_FILE}` }, { globPattern: '**/*.component.{yaml,yml,buildcontent,json}' }],
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
  });

  connection.languages.diagnostics.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const settings = await settingsFor(document.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: await diagnosticsOf(document, settings) };
  });

  connection.onCodeAction(async (params) => {
    const yamlComponent = componentFormatOfUri(params.textDocument.uri) === 'yaml' ? documents.get(params.textDocument.uri) : undefined;
    if (yamlComponent) {
      const actions = computeComponentEmitRequestActions(yamlComponent, await settingsFor(yamlComponent.uri), emitEnvironment(yamlComponent.uri), params.context.only);
      return support.codeActionLiterals ? actions : [];
    }
    const document = templateDocument(params.textDocument.uri);
    if (!document) return [];
    const settings = await settingsFor(document.uri);
    const only = params.context.only;
    const actions: CodeAction[] = computeCodeActions(
      document,
      { range: params.range, only, diagnostics: params.context.diagnostics },
      settings,
      diagnosticsContext(document.uri),
    );
    actions.push(
      ...(componentFormatOfUri(document.uri)
        ? computeComponentEmitRequestActions(document, settings, emitEnvironment(document.uri), only)
        : computeEmitRequestActions(document, settings, emitEnvironment(document.uri), only)),
    );
    // Clients without code action literals only understand commands; ours are all edits, so they get none.
    return support.codeActionLiterals ? actions : [];
  });

  // `buildcontent.emitRequest` with `{ uri, format }`: the request text, for clients that show it rather than
  // write it (the VS Code extension's command). Errors answer with the reason the emit action is disabled.
  connection.onExecuteCommand(async (params) => {
    if (params.command !== EMIT_REQUEST_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}`);
    const argument = (params.arguments?.[0] ?? {}) as { uri?: unknown; format?: unknown };
    const document = typeof argument.uri === 'string' ? documents.get(argument.uri) : undefined;
    if (!document) throw new ResponseError(ErrorCodes.InvalidParams, 'buildcontent.emitRequest needs { uri, format } for an open document');
    const format = (REQUEST_FORMATS as readonly unknown[]).includes(argument.format) ? (argument.format as RequestFormat) : 'cli';
    if (componentFormatOfUri(document.uri)) {
      const built = computeComponentEmitRequestText(document, await settingsFor(document.uri), emitEnvironment(document.uri), format);
      if (built.text === undefined) throw new ResponseError(LSPErrorCodes.RequestFailed, built.reason);
      return built.text;
    }
    const parameters = parametersOf(document.uri);
    const result = computeEmitRequestText(document, await settingsFor(document.uri), { parametersPath: parameters.path, parametersText: parameters.text }, format);
    if (result.text === undefined) throw new ResponseError(LSPErrorCodes.RequestFailed, result.reason);
    return result.text;
  });

  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    if (componentFormatOfUri(document.uri) === 'yaml') return computeComponentCompletion(document, params.position);
    const calls = computeComponentCallCompletion(document, params.position, await components.indexFor(document.uri));
    return calls.length > 0 ? calls : computeCompletion(document, params.position, { snippets: support.snippets });
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
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
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    if (componentFormatOfUri(document.uri) === 'yaml') {
      const symbols = computeComponentSymbols(document);
      return support.hierarchicalSymbols ? symbols : symbols.map((s) => ({ name: s.name, kind: s.kind, location: { uri: document.uri, range: s.range } }));
    }
    return support.hierarchicalSymbols ? computeDocumentSymbols(document) : computeSymbolInformation(document);
  });

  connection.onFoldingRanges((params) => {
    const document = templateDocument(params.textDocument.uri);
    return document ? computeFoldingRanges(document, { rangeLimit: support.foldingRangeLimit }) : [];
  });

  connection.languages.semanticTokens.on(async (params) => {
    const document = templateDocument(params.textDocument.uri);
    if (!document) return { data: [] };
    const settings = await settingsFor(document.uri);
    return computeSemanticTokens(document, { fromDeprecated: settings.from === 'ignored' });
  });

  connection.onDocumentFormatting((params) => {
    const document = templateDocument(params.textDocument.uri);
    return document ? computeFormatting(document) : [];
  });

  connection.onDocumentRangeFormatting((params) => {
    const document = templateDocument(params.textDocument.uri);
    return document ? computeRangeFormatting(document, params.range) : [];
  });

  connection.onDocumentLinks((params) => {
    const document = templateDocument(params.textDocument.uri);
    return document ? computeDocumentLinks(document) : [];
  });

  connection.onDefinition(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    if (componentFormatOfUri(document.uri) === 'yaml') return computeComponentDefinition(document, params.position);
    const calls = computeComponentCallDefinition(document, params.position, await components.indexFor(document.uri));
    return calls.length > 0 ? calls : computeDefinition(document, params.position);
  });

  connection.onReferences(async (params) => {
    const document = documents.get(params.textDocument.uri);
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

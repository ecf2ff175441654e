// Wiring only: LSP requests and notifications to the pure feature functions, plus the state the protocol
// needs (open documents, client capabilities, settings, file watching, diagnostics scheduling).
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
import { REQUEST_FORMATS, type RequestFormat } from '@buildcontent/core';
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

  /** `<name>.pipeline.json` beside the template, when it exists. */
  function parametersFileOf(uri: string): ParametersFile | undefined {
    const { path, text } = parametersOf(uri);
    return path !== undefined && text !== undefined ? { uri: uriOf(path), name: basename(path), text } : undefined;
  }

  /** The template's diagnostics with the parameters-file summary on line 1. */
  function templateDiagnostics(document: TextDocument, settings: ServerSettings, report: ParametersFileReport) {
    const diagnostics = computeDiagnostics(document, settings, diagnosticsContext(document.uri));
    return report.summary ? [report.summary, ...diagnostics] : diagnostics;
  }

  // Push clients (Neovim, Emacs) get the parameters file's own problems too; VS Code checks it with the schema.
  const publishedParameters = new Map<string, string>();
  function publishParametersFile(templateUri: string, report: ParametersFileReport | undefined): void {
    const file = report && parametersFileOf(templateUri);
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
      const settings = await settingsFor(uri);
      const current = documents.get(uri);
      if (!current) return;
      const report = computeParametersFileReport(current, settings, parametersFileOf(uri));
      const diagnostics = templateDiagnostics(current, settings, report);
      await connection.sendDiagnostics({ uri, version: current.version, diagnostics });
      publishParametersFile(uri, report);
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
    if (path.endsWith(RC_FILE)) {
      settingsCache.clear();
      revalidateAll();
      return;
    }
    if (!path.endsWith(PARAMETERS_SUFFIX)) return;
    // The blocked-request code lens depends on the parameters file too.
    if (support.codeLensRefresh) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
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

  function emitEnvironment(uri: string): EmitEnvironment {
    const templatePath = filePathOf(uri);
    const parameters = parametersOf(uri);
    return {
      templatePath,
      parametersPath: parameters.path,
      parametersText: parameters.text,
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
    if (support.configurationDynamic) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    if (support.watchedFilesDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/*${PARAMETERS_SUFFIX}` }, { globPattern: `**/${RC_FILE}` }],
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
  documents.onDidSave((event) => scheduleValidation(event.document.uri));
  documents.onDidClose((event) => {
    const state = validation.get(event.document.uri);
    if (state?.timer) clearTimeout(state.timer);
    validation.delete(event.document.uri);
    settingsCache.delete(event.document.uri);
    watchDirectoryOf(event.document.uri, -1);
    if (!support.pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    publishParametersFile(event.document.uri, undefined);
  });

  connection.languages.diagnostics.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const settings = await settingsFor(document.uri);
    const report = computeParametersFileReport(document, settings, parametersFileOf(document.uri));
    return { kind: DocumentDiagnosticReportKind.Full, items: templateDiagnostics(document, settings, report) };
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const settings = await settingsFor(document.uri);
    const only = params.context.only;
    const actions: CodeAction[] = computeCodeActions(
      document,
      { range: params.range, only, diagnostics: params.context.diagnostics },
      settings,
      diagnosticsContext(document.uri),
    );
    actions.push(...computeEmitRequestActions(document, settings, emitEnvironment(document.uri), only));
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
    const format = (REQUEST_FORMATS as readonly unknown[]).includes(argument.format) ? (argument.format as RequestFormat) : 'cli';
    const parameters = parametersOf(document.uri);
    const result = computeEmitRequestText(document, await settingsFor(document.uri), { parametersPath: parameters.path, parametersText: parameters.text }, format);
    if (result.text === undefined) throw new ResponseError(LSPErrorCodes.RequestFailed, result.reason);
    if (params.command === EMIT_REQUEST_COMMAND) return result.text;
    const templatePath = filePathOf(document.uri);
    if (!templatePath) throw new ResponseError(LSPErrorCodes.RequestFailed, 'Save the template to a file first: the request is written beside it');
    const path = requestPathOf(templatePath, FORMAT_EXTENSIONS[format]);
    try {
      writeFileAtomically(path, result.text);
    } catch (error) {
      throw new ResponseError(LSPErrorCodes.RequestFailed, (error as Error).message);
    }
    const uri = uriOf(path);
    // A notification, not showInformationMessage (a request some clients do not answer).
    const wrote = `Wrote the CreateImagePipeline request (${FORMAT_LABELS[format]}) to ${basename(path)}`;
    if (support.showDocument) {
      connection.window.showDocument({ uri, takeFocus: true }).catch((error: unknown) => log(`window/showDocument failed: ${(error as Error).message}`));
    } else void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: wrote });
    return { uri };
  });

  connection.onCodeLens(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return computeCodeLenses(document, await settingsFor(document.uri), emitEnvironment(document.uri));
  });

  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? computeCompletion(document, params.position, { snippets: support.snippets }) : [];
  });

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? computeHover(document, params.position, { markdown: support.hoverMarkdown }) : null;
  });

  connection.onSignatureHelp((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? computeSignatureHelp(document, params.position) : null;
  });

  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return support.hierarchicalSymbols ? computeDocumentSymbols(document) : computeSymbolInformation(document);
  });

  connection.onFoldingRanges((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? computeFoldingRanges(document, { rangeLimit: support.foldingRangeLimit, collapsedText: support.foldingCollapsedText }) : [];
  });

  connection.languages.semanticTokens.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { data: [] };
    const settings = await settingsFor(document.uri);
    return computeSemanticTokens(document, { fromDeprecated: settings.from === 'ignored' });
  });

  connection.onDocumentFormatting((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? computeFormatting(document, params.options) : [];
  });

  connection.onDocumentRangeFormatting((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? computeRangeFormatting(document, params.range, params.options) : [];
  });

  connection.onDocumentLinks((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? computeDocumentLinks(document) : [];
  });

  connection.onDefinition((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? computeDefinition(document, params.position) : [];
  });

  connection.onReferences((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? computeReferences(document, params.position, params.context.includeDeclaration) : [];
  });

  connection.onDocumentHighlight((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? computeDocumentHighlights(document, params.position) : [];
  });

  connection.onPrepareRename((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? computePrepareRename(document, params.position) : null;
  });

  connection.onRenameRequest((params) => {
    const document = documents.get(params.textDocument.uri);
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

// A minimal stand-in for the `vscode` module, enough for the bundled extension and vscode-languageclient
// to activate, start the server and exchange messages in plain Node. It records what the extension does
// (commands registered, documents opened, diagnostics received, output lines); anything it does not
// implement is listed in `recorded.missing` so that a gap shows up in the test output instead of failing
// somewhere deep inside the client.
'use strict';

const recorded = {
  commands: new Map(),
  diagnostics: new Map(),
  output: [],
  messages: [],
  openedDocuments: [],
  shownDocuments: [],
  clipboard: undefined,
  missing: new Set(),
  /** Every setting read through getConfiguration, as a full dotted key. */
  configurationReads: new Set(),
  /** Code action providers the extension registered itself: `{ selector, provider, metadata }`. */
  codeActionProviders: [],
};

class Disposable {
  constructor(onDispose) {
    this._onDispose = onDispose;
  }
  static from(...disposables) {
    return new Disposable(() => disposables.forEach((d) => d && d.dispose && d.dispose()));
  }
  dispose() {
    if (this._onDispose) this._onDispose();
    this._onDispose = undefined;
  }
}

class EventEmitter {
  constructor() {
    this._listeners = new Set();
    this.event = (listener, thisArgs, disposables) => {
      const bound = thisArgs ? listener.bind(thisArgs) : listener;
      this._listeners.add(bound);
      const disposable = new Disposable(() => this._listeners.delete(bound));
      if (Array.isArray(disposables)) disposables.push(disposable);
      return disposable;
    };
  }
  fire(value) {
    for (const listener of [...this._listeners]) listener(value);
  }
  dispose() {
    this._listeners.clear();
  }
}

const noEvent = (_listener, _thisArgs, disposables) => {
  const disposable = new Disposable();
  if (Array.isArray(disposables)) disposables.push(disposable);
  return disposable;
};

class Uri {
  constructor(scheme, authority, path, query, fragment) {
    this.scheme = scheme;
    this.authority = authority || '';
    this.path = path || '/';
    this.query = query || '';
    this.fragment = fragment || '';
  }
  static file(path) {
    return new Uri('file', '', path);
  }
  static parse(value) {
    const url = new URL(value);
    return new Uri(
      url.protocol.slice(0, -1),
      url.host,
      decodeURIComponent(url.pathname),
      url.search.slice(1),
      url.hash.slice(1),
    );
  }
  static joinPath(base, ...segments) {
    return base.with({ path: require('node:path').posix.join(base.path, ...segments) });
  }
  get fsPath() {
    return this.path;
  }
  with(change) {
    return new Uri(
      change.scheme ?? this.scheme,
      change.authority ?? this.authority,
      change.path ?? this.path,
      change.query ?? this.query,
      change.fragment ?? this.fragment,
    );
  }
  toString() {
    const path = this.path.split('/').map(encodeURIComponent).join('/');
    return `${this.scheme}://${this.authority}${path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
  toJSON() {
    return this.toString();
  }
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}

class Range {
  constructor(a, b, c, d) {
    if (typeof a === 'number') {
      this.start = new Position(a, b);
      this.end = new Position(c, d);
    } else {
      this.start = a;
      this.end = b;
    }
  }
}

class Selection extends Range {}

class Diagnostic {
  constructor(range, message, severity = 0) {
    this.range = range;
    this.message = message;
    this.severity = severity;
  }
}

// What a code action carries, as the client builds it from the server's answer.
class CodeAction {
  constructor(title, kind) {
    this.title = title;
    this.kind = kind;
  }
}

class TextEdit {
  constructor(range, newText) {
    this.range = range;
    this.newText = newText;
  }
}

class WorkspaceEdit {
  constructor() {
    this._entries = [];
  }
  set(uri, edits) {
    this._entries.push([uri, edits]);
  }
  entries() {
    return this._entries;
  }
}

class Location {
  constructor(uri, rangeOrPosition) {
    this.uri = uri;
    this.range = rangeOrPosition;
  }
}

class CodeActionKind {
  constructor(value) {
    this.value = value;
  }
  append(part) {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
  contains(other) {
    return this.value === other.value || other.value.startsWith(`${this.value}.`);
  }
  intersects(other) {
    return this.contains(other) || other.contains(this);
  }
}
for (const [name, value] of Object.entries({
  Empty: '',
  QuickFix: 'quickfix',
  Refactor: 'refactor',
  RefactorExtract: 'refactor.extract',
  RefactorInline: 'refactor.inline',
  RefactorRewrite: 'refactor.rewrite',
  Source: 'source',
  SourceOrganizeImports: 'source.organizeImports',
  SourceFixAll: 'source.fixAll',
  Notebook: 'notebook',
})) {
  CodeActionKind[name] = new CodeActionKind(value);
}

/** An editor tab showing a text document; the client pulls diagnostics only for documents in tabs. */
class TabInputText {
  constructor(uri) {
    this.uri = uri;
  }
}

class CancellationTokenSource {
  constructor() {
    const emitter = new EventEmitter();
    this._emitter = emitter;
    this.token = { isCancellationRequested: false, onCancellationRequested: emitter.event };
  }
  cancel() {
    this.token.isCancellationRequested = true;
    this._emitter.fire();
  }
  dispose() {
    this._emitter.dispose();
  }
}

function memento() {
  const values = new Map();
  return {
    keys: () => [...values.keys()],
    get: (key, fallback) => (values.has(key) ? values.get(key) : fallback),
    update: async (key, value) => void values.set(key, value),
    setKeysForSync: () => {},
  };
}

/** A namespace object whose unknown members are events (`on…`), registrations (`register…`) or recorded gaps. */
function namespace(name, members) {
  return new Proxy(members, {
    get(target, property) {
      if (property in target || typeof property === 'symbol') return target[property];
      if (/^on[A-Z]/.test(property)) return noEvent;
      if (/^register/.test(property)) return () => new Disposable();
      recorded.missing.add(`${name}.${String(property)}`);
      return undefined;
    },
  });
}

// Settings, as nested objects: `configuration.buildcontent.trace.server`.
let configuration = {};

function valueAt(path) {
  let node = configuration;
  for (const part of path.split('.').filter(Boolean)) {
    if (node === undefined || node === null || typeof node !== 'object') return undefined;
    node = node[part];
  }
  return node;
}

function getConfiguration(section) {
  const root = section ?? '';
  return {
    get(key, fallback) {
      recorded.configurationReads.add(root ? `${root}.${key}` : key);
      const value = valueAt(root ? `${root}.${key}` : key);
      return value === undefined ? fallback : JSON.parse(JSON.stringify(value));
    },
    has(key) {
      return valueAt(root ? `${root}.${key}` : key) !== undefined;
    },
    inspect() {
      return undefined;
    },
    update: async () => {},
    toJSON() {
      return valueAt(root);
    },
  };
}

function createTextDocument(uri, languageId, text) {
  const lines = text.split(/\r?\n/);
  return {
    uri,
    fileName: uri.fsPath,
    languageId,
    version: 1,
    isDirty: false,
    isClosed: false,
    isUntitled: uri.scheme === 'untitled',
    eol: 1,
    lineCount: lines.length,
    getText: () => text,
    lineAt: (line) => ({ text: lines[typeof line === 'number' ? line : line.line] }),
    save: async () => true,
  };
}

const textDocuments = [];
const openTabs = [];
const openDocumentEmitter = new EventEmitter();
let quickPickChoice = (items) => items[0];

function matchScore(selector, document) {
  const selectors = Array.isArray(selector) ? selector : [selector];
  let best = 0;
  for (const item of selectors) {
    if (typeof item === 'string') {
      if (item === document.languageId || item === '*') best = Math.max(best, 10);
      continue;
    }
    if (item.language && item.language !== document.languageId) continue;
    if (item.scheme && item.scheme !== document.uri.scheme) continue;
    if (item.pattern) continue; // glob selectors are not needed here
    best = Math.max(best, 10);
  }
  return best;
}

function logOutputChannel(name) {
  const line = (level) => (message) => recorded.output.push(`[${name}] ${level} ${message}`);
  return {
    name,
    // Trace: vscode-languageclient 11 traces (and reads <id>.trace.server) only at this log level.
    logLevel: 1,
    onDidChangeLogLevel: noEvent,
    trace: line('trace'),
    debug: line('debug'),
    info: line('info'),
    warn: line('warn'),
    error: (message) => recorded.output.push(`[${name}] error ${message instanceof Error ? message.message : message}`),
    append: (text) => recorded.output.push(`[${name}] ${text}`),
    appendLine: (text) => recorded.output.push(`[${name}] ${text}`),
    replace: () => {},
    clear: () => {},
    show: () => recorded.messages.push(`show output ${name}`),
    hide: () => {},
    dispose: () => {},
  };
}

const message =
  (kind) =>
  async (text, ..._items) => {
    recorded.messages.push(`${kind}: ${text}`);
    return undefined;
  };

const vscode = {
  // The bundle's ESM interop copies a module's own keys unless it is marked as ES module; marked, it
  // reads members through the proxy below, which fills the gaps.
  __esModule: true,
  version: '1.100.3',
  Disposable,
  EventEmitter,
  Uri,
  Position,
  Range,
  Selection,
  Diagnostic,
  Location,
  CodeAction,
  TextEdit,
  WorkspaceEdit,
  CodeActionKind,
  CancellationTokenSource,
  TabInputText,
  CancellationError: class CancellationError extends Error {},
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
  ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
  ExtensionMode: { Production: 1, Development: 2, Test: 3 },
  EndOfLine: { LF: 1, CRLF: 2 },
  TextDocumentSaveReason: { Manual: 1, AfterDelay: 2, FocusOut: 3 },
  FileChangeType: { Changed: 1, Created: 2, Deleted: 3 },
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  UIKind: { Desktop: 1, Web: 2 },
  LogLevel: { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 },
  commands: namespace('commands', {
    registerCommand(id, handler) {
      if (recorded.commands.has(id)) throw new Error(`command '${id}' already exists`);
      recorded.commands.set(id, handler);
      return new Disposable(() => recorded.commands.delete(id));
    },
    executeCommand: async (id, ...args) => {
      const handler = recorded.commands.get(id);
      if (!handler) throw new Error(`command '${id}' not found`);
      return handler(...args);
    },
    getCommands: async () => [...recorded.commands.keys()],
  }),
  workspace: namespace('workspace', {
    workspaceFolders: undefined,
    textDocuments,
    notebookDocuments: [],
    getConfiguration,
    getWorkspaceFolder: () => undefined,
    onDidOpenTextDocument: openDocumentEmitter.event,
    createFileSystemWatcher: () => ({ onDidCreate: noEvent, onDidChange: noEvent, onDidDelete: noEvent, dispose() {} }),
    async openTextDocument(target) {
      if (target instanceof Uri) {
        const existing = textDocuments.find((d) => d.uri.toString() === target.toString());
        if (existing) return existing;
        throw new Error(`not open: ${target}`);
      }
      const document = createTextDocument(
        new Uri('untitled', '', `/Untitled-${recorded.openedDocuments.length + 1}`),
        target.language,
        target.content,
      );
      recorded.openedDocuments.push({ languageId: target.language, content: target.content });
      return document;
    },
  }),
  window: namespace('window', {
    activeTextEditor: undefined,
    visibleTextEditors: [],
    visibleNotebookEditors: [],
    tabGroups: {
      all: [{ tabs: openTabs, isActive: true, viewColumn: 1 }],
      activeTabGroup: { tabs: openTabs },
      onDidChangeTabs: noEvent,
      onDidChangeTabGroups: noEvent,
    },
    createOutputChannel: (name) => logOutputChannel(name),
    showInformationMessage: message('info'),
    showWarningMessage: message('warning'),
    showErrorMessage: message('error'),
    showQuickPick: async (items) => quickPickChoice(await items),
    showTextDocument: async (document, options) => {
      recorded.shownDocuments.push({ languageId: document.languageId, viewColumn: options && options.viewColumn });
      return { document };
    },
    setStatusBarMessage: () => new Disposable(),
  }),
  languages: namespace('languages', {
    match: matchScore,
    registerCodeActionsProvider(selector, provider, metadata) {
      const entry = { selector, provider, metadata };
      recorded.codeActionProviders.push(entry);
      return new Disposable(() => recorded.codeActionProviders.splice(recorded.codeActionProviders.indexOf(entry), 1));
    },
    createDiagnosticCollection(name) {
      const set = (uri, diagnostics) => {
        if (Array.isArray(uri)) {
          for (const [u, d] of uri) set(u, d);
          return;
        }
        recorded.diagnostics.set(uri.toString(), { collection: name, diagnostics: diagnostics || [] });
      };
      return {
        name,
        set,
        delete: (uri) => recorded.diagnostics.delete(uri.toString()),
        clear: () => {},
        forEach: () => {},
        get: (uri) => recorded.diagnostics.get(uri.toString())?.diagnostics,
        has: (uri) => recorded.diagnostics.has(uri.toString()),
        dispose: () => {},
      };
    },
  }),
  env: namespace('env', {
    appName: 'vscode stand-in',
    appRoot: __dirname,
    language: 'en',
    machineId: 'stand-in',
    sessionId: 'stand-in',
    uiKind: 1,
    clipboard: {
      readText: async () => recorded.clipboard ?? '',
      writeText: async (text) => void (recorded.clipboard = text),
    },
  }),
  extensions: namespace('extensions', { all: [], getExtension: () => undefined }),
  l10n: {
    t: (message, ...args) =>
      typeof message === 'string' ? message.replace(/\{(\d+)\}/g, (_, i) => String(args[i])) : message.message,
  },
};

// Classes the client only extends or constructs (CompletionItem, CodeAction, InlayHint, …) get a generic
// class that keeps its constructor arguments; other unknown members are undefined.
const genericClasses = new Map();
function genericClass(name) {
  if (!genericClasses.has(name)) {
    genericClasses.set(
      name,
      {
        [name]: class {
          constructor(...args) {
            this.constructorArgs = args;
          }
        },
      }[name],
    );
  }
  return genericClasses.get(name);
}

const standIn = new Proxy(vscode, {
  get(target, property) {
    if (property in target || typeof property === 'symbol') return target[property];
    recorded.missing.add(String(property));
    return /^[A-Z]/.test(property) ? genericClass(property) : undefined;
  },
});

module.exports = {
  vscode: standIn,
  recorded,
  Uri,
  memento,
  /** Opens a document before activation, as if the editor had it open. */
  openDocument(uri, languageId, text) {
    const document = createTextDocument(uri, languageId, text);
    textDocuments.push(document);
    openTabs.push({ input: new TabInputText(uri), label: uri.path.split('/').pop(), isActive: true });
    openDocumentEmitter.fire(document);
    return document;
  },
  setConfiguration(value) {
    configuration = value;
  },
  setQuickPickChoice(choose) {
    quickPickChoice = choose;
  },
};

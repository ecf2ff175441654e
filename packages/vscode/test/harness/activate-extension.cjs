// Activates the bundled extension (dist/extension.js) in plain Node, with the `vscode` stand-in, as an
// editor would on opening a template: the language client forks dist/server.js over IPC, the server
// answers initialize, the open template gets diagnostics, and the emit command fetches the request.
// With a parameters file, also asks the extension's own code action provider for the quick fixes of its first
// `from-parameters-mismatch` finding (the client does not sync parameters files).
// Usage: node activate-extension.cjs <extensionDir> <template> [format] [parametersFile]
// Prints one JSON object on stdout; the test asserts on it.
'use strict';

const Module = require('node:module');
const childProcess = require('node:child_process');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const standIn = require('./vscode-stand-in.cjs');

const [extensionDir, templatePath, format = 'json', parametersPath] = process.argv.slice(2);
const { recorded } = standIn;

// `require('vscode')` inside the bundle gets the stand-in.
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? standIn.vscode : load.call(this, request, ...rest);
};

// Record how the client starts the server.
const forks = [];
const fork = childProcess.fork;
childProcess.fork = function (modulePath, args, _options) {
  forks.push({ modulePath, args: Array.isArray(args) ? args : [] });
  return fork.apply(this, arguments);
};

async function waitFor(condition, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = condition();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

/** The titles the extension's parameters-file provider offers for the file's first FROM mismatch. */
async function parametersFileActions(file) {
  const uri = standIn.Uri.file(path.resolve(file));
  const published = await waitFor(() => {
    const entry = recorded.diagnostics.get(uri.toString());
    const codeOf = (d) => (typeof d.code === 'object' && d.code !== null ? d.code.value : d.code);
    return entry && entry.diagnostics.find((d) => codeOf(d) === 'from-parameters-mismatch');
  }, 15000);
  if (!published) {
    const seen = [...recorded.diagnostics].map(
      ([key, entry]) => `${key}: ${entry.diagnostics.map((d) => JSON.stringify(d.code)).join(' ')}`,
    );
    return { error: `no from-parameters-mismatch published for the parameters file; published: ${seen.join('; ')}` };
  }
  const document = standIn.openDocument(uri, 'json', readFileSync(file, 'utf8'));
  const providers = recorded.codeActionProviders.filter((entry) => entry.selector.pattern?.endsWith('.pipeline.json'));
  const token = new standIn.vscode.CancellationTokenSource().token;
  const titles = [];
  for (const { provider } of providers) {
    const context = { diagnostics: [published], triggerKind: 1, only: undefined };
    const actions = await provider.provideCodeActions(document, published.range, context, token);
    titles.push(...actions.map((action) => action.title));
  }
  return { providers: providers.length, titles };
}

async function main() {
  const result = { timings: {} };
  standIn.setConfiguration({ buildcontent: { trace: { server: 'off' }, from: 'override', severity: {}, request: {} } });
  const templateUri = standIn.Uri.file(path.resolve(templatePath));
  standIn.openDocument(templateUri, 'buildcontent', readFileSync(templatePath, 'utf8'));

  const started = performance.now();
  const extension = require(path.join(extensionDir, 'dist', 'extension.js'));
  const context = {
    subscriptions: [],
    extensionPath: extensionDir,
    extensionUri: standIn.Uri.file(extensionDir),
    asAbsolutePath: (relative) => path.join(extensionDir, relative),
    workspaceState: standIn.memento(),
    globalState: standIn.memento(),
    extensionMode: 1,
    logUri: standIn.Uri.file(path.join(extensionDir, '.logs')),
    storageUri: undefined,
    globalStorageUri: standIn.Uri.file(path.join(extensionDir, '.storage')),
    environmentVariableCollection: {},
    secrets: {
      get: async () => undefined,
      store: async () => {},
      delete: async () => {},
      onDidChange: () => ({ dispose() {} }),
    },
  };
  const api = extension.activate(context);
  result.timings.activateMs = Math.round(performance.now() - started);
  result.commands = [...recorded.commands.keys()].sort();
  await api.ready;
  result.timings.initializedMs = Math.round(performance.now() - started);
  result.forks = forks.map((f) => ({ module: path.relative(extensionDir, f.modulePath), args: f.args }));
  const initializeResult = api.client.initializeResult;
  result.serverInfo = initializeResult && initializeResult.serverInfo;
  result.capabilities = initializeResult ? Object.keys(initializeResult.capabilities).sort() : [];
  result.executeCommands = (initializeResult && initializeResult.capabilities.executeCommandProvider?.commands) || [];

  const diagnostics = await waitFor(() => {
    const entry = recorded.diagnostics.get(templateUri.toString());
    return entry && entry.diagnostics.length > 0 ? entry : undefined;
  }, 15000);
  result.timings.firstDiagnosticsMs = diagnostics ? Math.round(performance.now() - started) : null;
  result.diagnostics = diagnostics
    ? diagnostics.diagnostics.map((d) => ({
        line: d.range.start.line,
        severity: d.severity,
        code: typeof d.code === 'object' && d.code !== null ? d.code.value : d.code,
        source: d.source,
        message: d.message,
      }))
    : [];

  if (parametersPath) result.parametersFileActions = await parametersFileActions(parametersPath);

  standIn.setQuickPickChoice((items) => items.find((item) => item.format === format));
  await recorded.commands.get('buildcontent.showEmittedRequest')(templateUri);
  result.emitted = recorded.openedDocuments;
  result.shown = recorded.shownDocuments;
  result.messages = recorded.messages;

  await extension.deactivate();
  result.missing = [...recorded.missing].sort();
  result.configurationReads = [...recorded.configurationReads].sort();
  result.output = recorded.output;
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stdout.write(
      `${JSON.stringify({ error: error && error.stack ? error.stack : String(error), output: recorded.output })}\n`,
    );
    process.exit(1);
  },
);

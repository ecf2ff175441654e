// The VS Code side: starts the bundled language server (dist/server.js) over Node IPC and adds the
// commands that need the editor (open the emitted request beside the template, restart, output, the syntax
// diagram in a webview).
// Diagnostics, completion, hover, quick fixes and the rest come from the server through the client.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  LSPErrorCodes,
  ResponseError,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  COMMANDS,
  CONFIGURATION_SECTION,
  LANGUAGE_ID,
  REQUEST_FORMATS,
  SERVER_EMIT_COMMAND,
  SYNTAX_DIAGRAM_VIEW_TYPE,
  type RequestFormat,
} from './ids';
import { registerParametersFileActions } from './parameters-file-actions';

// workspaceState key (not a setting).
const LAST_FORMAT_KEY = 'lastRequestFormat';

/** What activate returns: used by tests, and by other extensions that want the running client. */
export interface BuildContentApi {
  client: LanguageClient;
  /** Settles when the server has answered `initialize` (or failed to start). */
  ready: Promise<void>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): BuildContentApi {
  const output = vscode.window.createOutputChannel('BuildContent', { log: true });
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6019'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      // YAML image components: VS Code opens them as yaml; the server knows them by name.
      { scheme: 'file', language: 'yaml', pattern: '**/*.component.{yaml,yml}' },
    ],
    outputChannel: output,
    diagnosticCollectionName: LANGUAGE_ID,
  };
  const languageClient = new LanguageClient(
    CONFIGURATION_SECTION,
    'BuildContent Language Server',
    serverOptions,
    clientOptions,
  );
  client = languageClient;

  context.subscriptions.push(
    registerParametersFileActions(languageClient),
    vscode.commands.registerCommand(COMMANDS.showEmittedRequest, (uri?: vscode.Uri) =>
      showEmittedRequest(context, languageClient, uri),
    ),
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      output.info('Restarting the language server.');
      await languageClient.restart();
      output.info(`Language server restarted: ${serverDescription(languageClient)}.`);
    }),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(COMMANDS.showSyntaxDiagram, () => showSyntaxDiagram(context)),
  );

  // Not awaited: activation returns at once, and the first diagnostics follow the server's start.
  const ready = languageClient
    .start()
    .then(() => output.info(`Language server started: ${serverDescription(languageClient)}.`))
    .catch((error: unknown) => {
      output.error(`The language server did not start: ${describe(error)}`);
      void vscode.window
        .showErrorMessage(`BuildContent: the language server did not start (${describe(error)}).`, 'Show Output')
        .then((choice) => {
          if (choice) output.show(true);
        });
    });
  return { client: languageClient, ready };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

/** `buildcontent-language-server 0.1.0, transport Node IPC`: what the output channel says on (re)start. */
function serverDescription(languageClient: LanguageClient): string {
  const info = languageClient.initializeResult?.serverInfo;
  return `${info?.name ?? 'unknown server'} ${info?.version ?? ''}`.trimEnd() + ', transport Node IPC';
}

let diagramPanel: vscode.WebviewPanel | undefined;

/**
 * The syntax diagram (grammar/diagram.html, copied into dist/ by the bundle) in a webview: self-contained, its
 * scripts inline, so the policy allows inline scripts and styles and nothing from outside.
 */
function showSyntaxDiagram(context: vscode.ExtensionContext): void {
  if (diagramPanel) {
    diagramPanel.reveal(vscode.ViewColumn.Beside);
    return;
  }
  const html = readFileSync(context.asAbsolutePath(path.join('dist', 'diagram.html')), 'utf8');
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:;">`;
  diagramPanel = vscode.window.createWebviewPanel(
    SYNTAX_DIAGRAM_VIEW_TYPE,
    'BuildContent syntax diagram',
    vscode.ViewColumn.Beside,
    {
      enableScripts: true,
      localResourceRoots: [],
    },
  );
  diagramPanel.webview.html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n${policy}`);
  diagramPanel.onDidDispose(() => (diagramPanel = undefined), undefined, context.subscriptions);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The formats, the last one used first. */
function orderedFormats(last: RequestFormat | undefined) {
  const items = REQUEST_FORMATS.map((f) => ({
    label: f.label,
    detail: f.detail,
    format: f.format,
    languageId: f.languageId,
  }));
  const index = items.findIndex((item) => item.format === last);
  if (index > 0) items.unshift(...items.splice(index, 1));
  return items;
}

/**
 * Asks for a format, has the server build the CreateImagePipeline request for the template (with its
 * `<name>.pipeline.json` and the request settings), opens it in a new editor beside the template and
 * offers to copy it.
 */
async function showEmittedRequest(
  context: vscode.ExtensionContext,
  languageClient: LanguageClient,
  uri?: vscode.Uri,
): Promise<void> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  const document = target ? await vscode.workspace.openTextDocument(target) : undefined;
  if (!document || document.languageId !== LANGUAGE_ID) {
    void vscode.window.showWarningMessage(
      'BuildContent: open a template (.buildcontent or .imagebuilder) to emit its request.',
    );
    return;
  }
  const picked = await vscode.window.showQuickPick(
    orderedFormats(context.workspaceState.get<RequestFormat>(LAST_FORMAT_KEY)),
    {
      title: 'Emit CreateImagePipeline request',
      placeHolder: 'Form of the request',
    },
  );
  if (!picked) return;
  await context.workspaceState.update(LAST_FORMAT_KEY, picked.format);

  let emitted: EmittedRequest;
  try {
    if (!languageClient.isRunning()) await languageClient.start();
    emitted = await fetchRequest(languageClient, document, picked.format);
  } catch (error) {
    void vscode.window.showErrorMessage(`BuildContent: could not emit the request: ${describe(error)}`);
    return;
  }
  if (emitted.text === undefined) {
    void vscode.window.showErrorMessage(
      `BuildContent: no request for ${path.basename(document.uri.path)}: ${emitted.reason}`,
    );
    return;
  }
  const text = emitted.text;

  const requestDocument = await vscode.workspace.openTextDocument({ language: picked.languageId, content: text });
  await vscode.window.showTextDocument(requestDocument, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  const copy = 'Copy to Clipboard';
  void vscode.window
    .showInformationMessage(
      `CreateImagePipeline request (${picked.label}) for ${path.basename(document.uri.path)}.`,
      copy,
    )
    .then(async (choice) => {
      if (choice !== copy) return;
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage('BuildContent: request copied to the clipboard', 3000);
    });
}

type EmittedRequest = { text: string; reason?: undefined } | { text?: undefined; reason: string };

/** The request text from the server's `buildcontent.emitRequest` command, or the reason there is none. */
async function fetchRequest(
  languageClient: LanguageClient,
  document: vscode.TextDocument,
  format: RequestFormat,
): Promise<EmittedRequest> {
  const uri = languageClient.code2ProtocolConverter.asUri(document.uri);
  try {
    const text: unknown = await languageClient.sendRequest(ExecuteCommandRequest.type, {
      command: SERVER_EMIT_COMMAND,
      arguments: [{ uri, format }],
    });
    return typeof text === 'string' && text !== '' ? { text } : { reason: 'the language server returned no request' };
  } catch (error) {
    // RequestFailed carries the reason there is no request (errors in the template or its parameters).
    if (error instanceof ResponseError && error.code === LSPErrorCodes.RequestFailed) return { reason: error.message };
    throw error;
  }
}

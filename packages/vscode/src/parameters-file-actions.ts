// Quick fixes in parameters files (`<name>.pipeline.json`). The client does not sync these files to the server:
// it would take them for templates, and completion, hover and the rest would answer inside JSON. So VS Code would
// never ask the server for their code actions, yet the server has some (the FROM fixes of
// `from-parameters-mismatch`, published on the file). This provider asks for those alone.
import * as vscode from 'vscode';
import { CodeActionRequest, type LanguageClient } from 'vscode-languageclient/node';

/** The parameters files beside templates; the server publishes their findings and answers their code actions. */
const PARAMETERS_FILE_SELECTOR: vscode.DocumentFilter = { scheme: 'file', pattern: '**/*.pipeline.json' };

export function registerParametersFileActions(client: LanguageClient): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    PARAMETERS_FILE_SELECTOR,
    {
      async provideCodeActions(document, range, context, token) {
        // The server reads the file from disk: its edits fit the saved text only.
        if (document.isDirty || !client.isRunning()) return [];
        const converter = client.code2ProtocolConverter;
        const actions = await client.sendRequest(
          CodeActionRequest.type,
          {
            textDocument: { uri: converter.asUri(document.uri) },
            range: converter.asRange(range),
            context: converter.asCodeActionContextSync(context),
          },
          token,
        );
        return actions ? client.protocol2CodeConverter.asCodeActionResult(actions, token) : [];
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
}

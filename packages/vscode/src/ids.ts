// Every identifier the extension shares with its manifest (package.json) or with the language server.
// packages/vscode/test/manifest.test.ts checks the manifest against this module and the reverse.

/** The language id contributed in package.json (`contributes.languages`). */
export const LANGUAGE_ID = 'buildcontent';

/** The settings section the server reads through `workspace/configuration`; also the client id, so that
 *  vscode-languageclient reads `buildcontent.trace.server`. */
export const CONFIGURATION_SECTION = 'buildcontent';

/** Commands contributed in package.json, registered by the extension. */
export const COMMANDS = {
  showEmittedRequest: 'buildcontent.showEmittedRequest',
  restartServer: 'buildcontent.restartServer',
  showOutput: 'buildcontent.showOutput',
  showSyntaxDiagram: 'buildcontent.showSyntaxDiagram',
} as const;

/** The webview panel of "Show syntax diagram" (its viewType). */
export const SYNTAX_DIAGRAM_VIEW_TYPE = 'buildcontent.syntaxDiagram';

/**
 * The server's `workspace/executeCommand` that builds the CreateImagePipeline request:
 * arguments `[{ uri, format }]`, result the request text. Not a VS Code command of ours: the client
 * sends it to the server directly. A template with errors gets a RequestFailed error whose message says why.
 */
export const SERVER_EMIT_COMMAND = 'buildcontent.emitRequest';

/**
 * The forms the server can emit the request in (core's REQUEST_FORMATS), with the editor language of each. The
 * labels are the server's (its source actions read "Emit CreateImagePipeline request (<label>)"), so the
 * picker, the source actions and the docs name each form the same way.
 */
export const REQUEST_FORMATS = [
  { format: 'json', label: 'JSON', detail: 'The request parameters as JSON (API names).', languageId: 'json' },
  {
    format: 'cli',
    label: 'aliyun CLI',
    detail: 'An `aliyun ecs CreateImagePipeline` command line.',
    languageId: 'shellscript',
  },
  {
    format: 'query',
    label: 'query',
    detail: 'The flattened wire parameters (query string), as the SDK sends them.',
    languageId: 'plaintext',
  },
  {
    format: 'sdk',
    label: 'TypeScript SDK',
    detail: 'A CreateImagePipelineRequest for @alicloud/ecs20140526.',
    languageId: 'typescript',
  },
] as const;

export type RequestFormat = (typeof REQUEST_FORMATS)[number]['format'];

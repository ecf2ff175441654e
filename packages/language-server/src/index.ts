// Public API: the pure feature functions (usable without a connection, e.g. in a browser editor or a test)
// and startServer for embedding the server on a connection of one's own.
export { startServer, SERVER_NAME, SERVER_VERSION, type StartServerOptions } from './server.js';
export * from './settings.js';
export {
  COMMAND_REFERENCE,
  commandReference,
  COMMANDS_DOC_URL,
  type CommandReference,
  type CommandForm,
} from '@buildcontent/core';
export * from './features/diagnostics.js';
export * from './features/code-actions.js';
export * from './features/emit-request.js';
export * from './features/completion.js';
export * from './features/hover.js';
export * from './features/signature-help.js';
export * from './features/document-symbols.js';
export * from './features/folding.js';
export * from './features/semantic-tokens.js';
export * from './features/formatting.js';
export * from './features/document-links.js';
export * from './features/variables.js';

// Requests that do real work first give `$/cancelRequest` a chance to arrive.
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';

export const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled');

/** Pull diagnostics: the client asks again for the document's new version. */
export const cancelledRetrigger = () =>
  new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled', { retriggerRequest: true });

/** A turn of the event loop, so that a `$/cancelRequest` sent meanwhile is read before long work starts. */
export const nextTurn = () => new Promise<void>((resolveTurn) => setImmediate(resolveTurn));

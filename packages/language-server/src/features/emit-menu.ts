// The emit-request menu, shared by templates (CreateImagePipeline) and component files (CreateImageComponent):
// one action per requested format, in the order users run them, each carrying the `buildcontent.writeRequest`
// command; while no request can be built, the same actions disabled with the reason, or, for clients without
// disabled actions, one short "unavailable: N errors" entry whose command (`buildcontent.emitRequest`) says why.
import { REQUEST_FORMATS, type RequestFormat } from '@buildcontent/core';
import type { CodeAction } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EMIT_REQUEST_COMMAND, EMIT_REQUEST_KIND, WRITE_REQUEST_COMMAND } from '../protocol-ids.js';
import { kindRequested } from './code-actions.js';

export const FORMAT_LABELS: Record<RequestFormat, string> = {
  cli: 'aliyun CLI',
  json: 'JSON',
  query: 'query',
  sdk: 'TypeScript SDK',
};

/** The order of the actions in the menu: the forms users run first. */
const MENU_ORDER: RequestFormat[] = ['cli', 'json', 'query', 'sdk'];

/** Why no request can be emitted: the full reason, and a few words for a menu title. */
export interface EmitBlocked {
  reason: string;
  short: string;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `Emit <action> request (<format>)`, the title of one format's action. */
export function emitTitle(action: string, format: RequestFormat): string {
  return `Emit ${action} request (${FORMAT_LABELS[format]})`;
}

/** The one entry clients without disabled actions get while no request can be emitted. */
export function unavailableEmitTitle(action: string, short: string): string {
  return `Emit ${action} request: unavailable: ${short}`;
}

export interface EmitMenu {
  document: TextDocument;
  /** The request's API action: `CreateImagePipeline`, `CreateImageComponent`. */
  action: string;
  /** The client shows disabled code actions (`codeAction.disabledSupport`). */
  disabledSupport: boolean;
  /** The file is saved (the request is written beside it); otherwise the menu asks to save it. */
  saved: boolean;
  /** What the file is called in the "save first" reason: `template`, `component`. */
  noun: string;
  /** Why no request can be built now; undefined when one can. Called only when the menu is shown. */
  blocked: () => EmitBlocked | undefined;
  /** The requested kinds (`CodeActionContext.only`). */
  only?: readonly string[];
}

export function emitMenuActions(menu: EmitMenu): CodeAction[] {
  const formats = MENU_ORDER.filter(
    (format) => REQUEST_FORMATS.includes(format) && kindRequested(`${EMIT_REQUEST_KIND}.${format}`, menu.only),
  );
  if (formats.length === 0) return [];
  const kind = (format: RequestFormat) => `${EMIT_REQUEST_KIND}.${format}`;
  const unavailable = ({ reason, short }: EmitBlocked, explain: boolean): CodeAction[] => {
    if (menu.disabledSupport)
      return formats.map((format) => ({
        title: emitTitle(menu.action, format),
        kind: kind(format),
        disabled: { reason },
      }));
    // One entry, not one per format; choosing it runs buildcontent.emitRequest, whose error is the full reason.
    const title = unavailableEmitTitle(menu.action, short);
    const command = {
      title,
      command: EMIT_REQUEST_COMMAND,
      arguments: [{ uri: menu.document.uri, format: formats[0] }],
    };
    return [{ title, kind: kind(formats[0]), ...(explain ? { command } : {}) }];
  };
  if (!menu.saved)
    return unavailable(
      {
        reason: `Save the ${menu.noun} to a file first: the request is written beside it`,
        short: `save the ${menu.noun} first`,
      },
      false,
    );
  const blocked = menu.blocked();
  if (blocked) return unavailable(blocked, true);
  return formats.map((format): CodeAction => {
    const title = emitTitle(menu.action, format);
    return {
      title,
      kind: kind(format),
      command: { title, command: WRITE_REQUEST_COMMAND, arguments: [{ uri: menu.document.uri, format }] },
    };
  });
}

// The blocked-request code lens reaches a client that did not ask for it (VS Code drops its pending code lens
// request when the editor loses focus): the server asks for workspace/codeLens/refresh until an answer has
// carried the current lens, and no more once it has.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeLensRefreshRequest, CodeLensRequest, FoldingRangeRequest } from 'vscode-languageserver-protocol/node';
import { afterAll, describe, expect, it } from 'vitest';
import { LspTestClient, modernCapabilities } from './lsp-client.js';

describe('the blocked-request code lens is delivered', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bc-lens-'));
  const templatePath = join(dir, 'web.buildcontent');
  const uri = pathToFileURL(templatePath).href;
  const textDocument = { uri };
  let client: LspTestClient;
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks again until the client has fetched the lens, then stops', async () => {
    const TEXT = 'EXPOSE 80\nRUN echo hi\n';
    writeFileSync(templatePath, TEXT);
    writeFileSync(
      join(dir, 'web.pipeline.json'),
      '{ "RegionId": "cn-hangzhou", "BaseImageType": "IMAGE", "BaseImage": "m-1" }',
    );
    const capabilities = modernCapabilities();
    capabilities.workspace!.codeLens = { refreshSupport: true };
    client = await LspTestClient.start({ capabilities });
    let refreshes = 0;
    client.connection.onRequest(CodeLensRefreshRequest.type, () => {
      refreshes++;
    });
    await client.open(uri, TEXT);
    // The client never asks: the server asks it to, more than once.
    await expect.poll(() => refreshes, { timeout: 15000 }).toBeGreaterThanOrEqual(2);

    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument });
    expect(lenses?.map((lens) => [lens.range, lens.command?.title])).toEqual([
      [
        { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        'Emit CreateImagePipeline request: unavailable: 1 error',
      ],
    ]);
    const afterDelivery = refreshes;
    // An edit that keeps the lens as it is: analysed, published, and no refresh follows.
    await client.change(uri, [
      { range: { start: { line: 1, character: 11 }, end: { line: 1, character: 11 } }, text: ' there' },
    ]);
    await client.waitForDiagnostics(uri, (params) => params.version === client.version(uri), 15000);
    // A round trip after the publication: a refresh sent with it would have arrived before this answer.
    await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument });
    expect(refreshes).toBe(afterDelivery);
  });
});

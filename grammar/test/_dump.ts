import { createTokenizer, renderTokens } from '/work/main/grammar/test/textmate.ts';
import { readFileSync } from 'node:fs';
const emb = process.argv[3] ? { 'source.shell': process.argv[3] } : {};
const tok = await createTokenizer(emb);
process.stdout.write(renderTokens(tok(readFileSync(process.argv[2], 'utf8'))));

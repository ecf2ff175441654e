// The project the browser test lints, in Chromium and in Node.
export const files: Record<string, string> = {
  '/ws/.buildcontentrc.json': '{ "severity": { "keyword-case": "error" } }',
  '/ws/app/web.buildcontent': 'FROM IMAGE:m-1\nrun echo hi\nCOPY https://example.com/a.tgz /tmp/a.tgz\nRESTART now\n',
  '/ws/app/web.pipeline.json': '{ "Name": "web" }',
};

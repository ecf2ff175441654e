// The server's name and version, as `initialize` and `--version` report them (kept apart from the server so
// that `--help` and `--version` load nothing else).
export const SERVER_NAME = 'buildcontent-language-server';
export const SERVER_VERSION = '0.1.0';

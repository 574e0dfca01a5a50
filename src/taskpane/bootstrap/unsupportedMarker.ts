/**
 * The id of the bootstrap's message: where it is in the page, the bootstrap judged that the pane
 * cannot run here, and the pane does not start over it (where its bundle parses at all).
 * ES5 (`var`): the bootstrap imports it.
 */
// eslint-disable-next-line no-var -- ES5 on purpose (see oldWebview.ts)
export var unsupportedWebviewId = 'ctg-unsupported-webview';

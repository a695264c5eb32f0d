// The VS Code client of `residency lsp` (docs/editors.md).  The server does
// the work; this file starts it, and serves the built-in library's files
// (residency-lib:/laws/eu_gdpr.rpl, the targets of go-to-definition) read-only
// by asking the server for their text.
'use strict';
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const cfg = vscode.workspace.getConfiguration('residency');
  const args = ['lsp'];
  for (const dir of cfg.get('libraryPaths', [])) args.push('-L', dir);
  const asOf = cfg.get('asOf', '');
  if (asOf) args.push('--as-of', asOf);
  const command = cfg.get('path', 'residency');
  client = new LanguageClient('residency', 'residency', { command, args }, {
    documentSelector: [
      { scheme: 'file', language: 'rpl' },
      { scheme: 'untitled', language: 'rpl' },
      { scheme: 'residency-lib', language: 'rpl' },
    ],
  });
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider('residency-lib', {
    provideTextDocumentContent: async (uri) => {
      const r = await client.sendRequest('residency/libraryFile', { uri: uri.toString(true) });
      return r.text;
    },
  }));
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };

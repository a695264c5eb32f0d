// smoke.js RESIDENCY — the VS Code extension's protocol library speaking to
// `residency lsp`: the same vscode-languageserver-protocol connection that
// vscode-languageclient uses inside the editor (that package's `vscode`
// half needs the editor itself, so the test drives its protocol layer).
// Opens tests/lsp/typo.rpl, waits for the diagnostic, asks for its quick
// fix and for a hover on EU_ADEQUATE, then shuts the server down.
'use strict';
const path = require('path');
const fs = require('fs');
const cp = require('child_process');
const rpc = require('vscode-languageserver-protocol/node');

const bin = path.resolve(process.argv[2] || 'build/residency');
const root = path.resolve(__dirname, '..', '..');
const file = path.join(root, 'tests', 'lsp', 'typo.rpl');
const uri = 'file://' + file;

function fail(msg) {
  console.log('smoke: FAIL ' + msg);
  process.exit(1);
}
setTimeout(() => fail('timed out'), 20000).unref();

const child = cp.spawn(bin, ['lsp', '--as-of', '2026-12-01'], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = rpc.createProtocolConnection(
  new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));

async function main() {
  const diags = new Promise((resolve) =>
    conn.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => resolve(p)));
  conn.listen();
  const init = await conn.sendRequest(rpc.InitializeRequest.type,
    { processId: process.pid, rootUri: 'file://' + root, capabilities: {} });
  if (!init.capabilities.hoverProvider) fail('no hoverProvider');
  await conn.sendNotification(rpc.InitializedNotification.type, {});
  await conn.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'rpl', version: 1, text: fs.readFileSync(file, 'utf8') },
  });
  const pub = await diags;
  if (pub.diagnostics.length !== 1 || !/did you mean 'customer_record'/.test(pub.diagnostics[0].message))
    fail('diagnostics: ' + JSON.stringify(pub.diagnostics));
  const actions = await conn.sendRequest(rpc.CodeActionRequest.type, {
    textDocument: { uri }, range: pub.diagnostics[0].range, context: { diagnostics: pub.diagnostics },
  });
  if (!actions.length || actions[0].edit.changes[uri][0].newText !== 'customer_record')
    fail('quick fix: ' + JSON.stringify(actions));
  const hover = await conn.sendRequest(rpc.HoverRequest.type,
    { textDocument: { uri }, position: { line: 7, character: 30 } });
  if (!/Countries on 2026-12-01/.test(hover.contents.value) || !/JP Japan \(since/.test(hover.contents.value))
    fail('hover: ' + JSON.stringify(hover));
  await conn.sendRequest(rpc.ShutdownRequest.type);
  await conn.sendNotification(rpc.ExitNotification.type);
  child.on('exit', (code) => {
    if (code !== 0) fail('exit status ' + code);
    console.log('smoke: diagnostic, quick fix and hover through vscode-languageserver-protocol');
    process.exit(0);
  });
}
main().catch((e) => fail(String(e)));

// Preview latency: the time from saving one page of a synthetic site to the new HTML being served,
// median of 20 edits, for a preview server started as a child process. The same measure for ours and
// for `hugo server`: append a unique line to the page's source, then poll the page until it shows it.
// Usage: node bench/preview-latency.mjs NAME SITE_FOLDER SOURCE_FILE PAGE_PATH READY_TEXT -- COMMAND ARGS...
//   {port} in ARGS is replaced by a free port. Prints one line: "NAME median NN ms".
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';

const [name, folder, sourceFile, pagePath, readyText, separator, command, ...rawArgs] = process.argv.slice(2);
if (separator !== '--' || !command) {
  console.error('usage: preview-latency.mjs NAME SITE_FOLDER SOURCE_FILE PAGE_PATH READY_TEXT -- COMMAND ARGS...');
  process.exit(2);
}
const edits = 20;

const port = await new Promise(resolve => {
  const probe = createServer().listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
});
const args = rawArgs.map(arg => arg.replaceAll('{port}', String(port)));
const server = spawn(command, args, { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
await new Promise((resolve, reject) => {
  const look = chunk => { output += chunk; if (output.includes(readyText)) resolve(); };
  server.stdout.on('data', look);
  server.stderr.on('data', look);
  server.on('exit', code => reject(new Error(`${name} exited with ${code} before it was ready:\n${output}`)));
});

const fetchText = path => new Promise((resolve, reject) =>
  get({ host: '127.0.0.1', port, path, headers: { 'Cache-Control': 'no-cache' } }, response => {
    let body = '';
    response.setEncoding('utf8');
    response.on('data', d => body += d);
    response.on('end', () => resolve(body));
  }).on('error', reject));

// Warm up: the first request may compile code paths; it is not an edit.
await fetchText(pagePath);
await new Promise(resolve => setTimeout(resolve, 500));

const latencies = [];
for (let i = 0; i < edits; i++) {
  const token = `edit-${i}-${Date.now()}`;
  const start = process.hrtime.bigint();
  appendFileSync(`${folder}/${sourceFile}`, `\nLatest edit: ${token}\n`);
  while (!(await fetchText(pagePath)).includes(token)) { /* poll until the new page is served */ }
  latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
  // Let the server settle, so one edit's rebuild does not overlap the next.
  await new Promise(resolve => setTimeout(resolve, 300));
}
server.kill('SIGINT');
const sorted = [...latencies].sort((a, b) => a - b);
const median = (sorted[edits / 2 - 1] + sorted[edits / 2]) / 2;
console.log(`${name} median ${Math.round(median)} ms`);
console.error(`${name}: ${latencies.map(l => l.toFixed(0)).join(' ')} ms`);

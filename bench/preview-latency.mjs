// Preview latency: the time from saving one page of a 1,000-page site to (a) the server's reload
// event and (b) the new HTML being served, median of 20 edits.
// Usage: node bench/preview-latency.mjs PATH/TO/site.dll SITE_FOLDER (made by make-synthetic-site.py)
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { get } from 'node:http';

const [siteDll, folder] = process.argv.slice(2);
const port = 5000 + Math.floor(Math.random() * 1000);
const server = spawn('dotnet', [siteDll, 'serve', '--port', String(port)], { cwd: folder, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise(resolve => server.stdout.on('data', chunk => { if (String(chunk).includes('Serving ')) resolve(); }));

const fetchText = path => new Promise((resolve, reject) =>
  get({ host: '127.0.0.1', port, path }, response => { let body = ''; response.on('data', d => body += d); response.on('end', () => resolve(body)); }).on('error', reject));

let onReload = null;
get({ host: '127.0.0.1', port, path: '/__preview/events' }, response => {
  response.on('data', chunk => { if (String(chunk).includes('event: reload') && onReload) onReload(); });
});
await new Promise(resolve => setTimeout(resolve, 300));

const toEvent = [], toHtml = [];
for (let i = 0; i < 20; i++) {
  const token = `edit-${i}-${Date.now()}`;
  const reloaded = new Promise(resolve => { onReload = resolve; });
  const start = process.hrtime.bigint();
  appendFileSync(`${folder}/input/p500.md`, `\nLatest edit: ${token}\n`);
  await reloaded;
  toEvent.push(Number(process.hrtime.bigint() - start) / 1e6);
  while (!(await fetchText('/p500/')).includes(token)) { /* the event came first: poll until served */ }
  toHtml.push(Number(process.hrtime.bigint() - start) / 1e6);
  await new Promise(resolve => setTimeout(resolve, 150));
}
const median = values => { const s = [...values].sort((a, b) => a - b); return (s[9] + s[10]) / 2; };
console.log(`preview, 1,000 pages, median of 20 edits: ${median(toEvent).toFixed(1)} ms to the reload event, ${median(toHtml).toFixed(1)} ms to the new HTML served`);
server.kill('SIGINT');

// A static server for the Lighthouse run, with GitHub Pages' behaviour: /x/ serves x/index.html,
// unknown paths serve 404.html, files are gzipped when the client accepts it (as Pages does).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const [root, port] = [process.argv[2], Number(process.argv[3])];
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain' };

async function find(path) {
  let file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(normalize(root))) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch { return null; }
}

createServer(async (request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  let file = await find(path);
  let status = 200;
  if (!file) { status = 404; file = join(root, '404.html'); }
  let body = await readFile(file);
  const headers = { 'Content-Type': types[extname(file)] || 'application/octet-stream', 'Cache-Control': 'max-age=600' };
  if (/\bgzip\b/.test(request.headers['accept-encoding'] || '') && /text|json|javascript|svg|xml/.test(headers['Content-Type'])) {
    body = gzipSync(body);
    headers['Content-Encoding'] = 'gzip';
  }
  response.writeHead(status, headers);
  response.end(body);
}).listen(port, '127.0.0.1');

// Minimal static file server for the end-to-end tests: serves dist/ at "/" and, to prove that
// the app works under a sub-path of any web server, also at "/unterpfad/tief/".
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export const UNTERPFAD = '/unterpfad/tief/';

export async function starteServer(verzeichnis = resolve('dist')) {
  const server = createServer(async (anfrage, antwort) => {
    let pfad = decodeURIComponent(new URL(anfrage.url, 'http://x').pathname);
    if (pfad.startsWith(UNTERPFAD)) pfad = '/' + pfad.slice(UNTERPFAD.length);
    if (pfad.endsWith('/')) pfad += 'index.html';
    const datei = normalize(join(verzeichnis, pfad));
    if (!datei.startsWith(verzeichnis)) {
      antwort.writeHead(403).end();
      return;
    }
    try {
      const inhalt = await readFile(datei);
      antwort.writeHead(200, {
        'content-type': MIME[extname(datei)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      antwort.end(inhalt);
    } catch {
      antwort.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('nicht gefunden');
    }
  });
  await new Promise((fertig) => server.listen(0, '127.0.0.1', fertig));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    schliessen: () => new Promise((fertig) => server.close(fertig)),
  };
}

import fs from 'node:fs';
import path from 'node:path';
import type { Context, Next } from 'koa';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built react-admin panel (admin/dist) at /panel. Paths without a file fall back to
 * index.html so that the panel's own routes survive a reload. Files are resolved inside the
 * dist folder only, so "../" in a path cannot reach anything else.
 */
export default (config: { root?: string }) => {
  const root = path.resolve(config.root ?? path.join(__dirname, '..', '..', '..', '..', 'admin', 'dist'));
  return async (ctx: Context, next: Next) => {
    // Staff start at the panel; Strapi's admin UI stays at /admin for catalog administrators.
    if (ctx.method === 'GET' && ctx.path === '/') {
      ctx.redirect('/panel/');
      return;
    }
    if (ctx.method !== 'GET' || !(ctx.path === '/panel' || ctx.path.startsWith('/panel/'))) {
      return next();
    }
    if (!fs.existsSync(path.join(root, 'index.html'))) {
      ctx.status = 503;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = 'Panelis nav uzbūvēts: palaidiet "npm run build". / The panel is not built: run "npm run build".';
      return;
    }
    const relative = decodeURIComponent(ctx.path.slice('/panel'.length)).replace(/^\/+/, '');
    let file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      file = path.join(root, 'index.html');
    }
    const extension = path.extname(file);
    ctx.type = CONTENT_TYPES[extension] ?? 'application/octet-stream';
    // Built assets have content hashes in their names; index.html must always be fresh.
    ctx.set('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    ctx.body = fs.createReadStream(file);
  };
};

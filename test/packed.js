// The package as an app gets it from npm: `npm pack` of the built repository, unpacked into the
// app's node_modules. Other packages come from this repository's node_modules by symlink, so that
// nothing is downloaded; bundlers follow the links to the real files, as they would in an install.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve('.');

/** Packs the repository into `app` and installs it there, with `links` (package or scope names) beside it. */
export function installPacked(app, links) {
  const tarball = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', app], { encoding: 'utf8' }),
  )[0].filename;
  const modules = join(app, 'node_modules');
  mkdirSync(join(modules, 'privacy-elements'), { recursive: true });
  for (const name of links) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  execFileSync('tar', ['-xzf', join(app, tarball), '-C', join(modules, 'privacy-elements'), '--strip-components=1']);
  return join(modules, 'privacy-elements');
}

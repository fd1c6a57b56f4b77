import { describe, expect, it } from 'vitest';
import { isModuleMissing, isPackageSpecifier, packageNameOf } from '../../src/registry/module-importer.js';

describe('isModuleMissing', () => {
  it('recognises the messages of Node, Bun and Deno for the module itself', () => {
    const node = new Error("Cannot find package '@acme/adapter' imported from /srv/app/index.js");
    expect(isModuleMissing(node, '@acme/adapter/provider')).toBe(true);
    expect(
      isModuleMissing(
        new Error("Cannot find module '/srv/acme.mjs' imported from /srv/x.js"),
        'file:///srv/acme.mjs',
      ),
    ).toBe(true);
    expect(isModuleMissing(new Error('Cannot find package "acme" from "/srv/app/index.ts"'), 'acme')).toBe(
      true,
    );
    expect(
      isModuleMissing(new Error('Module not found "file:///srv/acme.mjs".'), 'file:///srv/acme.mjs'),
    ).toBe(true);
    expect(isModuleMissing(new Error('Import "acme" not a dependency and not in import map'), 'acme')).toBe(
      true,
    );
  });

  it('does not mistake a missing dependency of the module, or another failure, for the module', () => {
    const dependency = new Error(
      "Cannot find package 'left-pad' imported from /srv/node_modules/acme/index.js",
    );
    expect(isModuleMissing(dependency, 'acme')).toBe(false);
    expect(isModuleMissing(new SyntaxError('Unexpected token'), 'acme')).toBe(false);
  });
});

describe('specifiers', () => {
  it('tells package names from URLs and paths', () => {
    expect(isPackageSpecifier('switchboard-acme')).toBe(true);
    expect(isPackageSpecifier('@acme/switchboard')).toBe(true);
    expect(isPackageSpecifier('file:///srv/acme.mjs')).toBe(false);
    expect(isPackageSpecifier('./acme.mjs')).toBe(false);
    expect(isPackageSpecifier('/srv/acme.mjs')).toBe(false);
    expect(packageNameOf('@acme/switchboard/provider')).toBe('@acme/switchboard');
    expect(packageNameOf('switchboard-acme/provider')).toBe('switchboard-acme');
  });
});

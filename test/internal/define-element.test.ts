import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/internal/define-element.js';
import { VERSION } from '../../src/version.js';

describe('defineElement', () => {
  it('should define a tag once, keep the first definition, and say in the console which one won', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    const tag = `idv-test-define-${Math.random().toString(36).slice(2)}`;
    const logged: unknown[][] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => void logged.push(args);
    try {
      defineElement(tag, First);
      expect(() => defineElement(tag, Second)).to.not.throw();
      defineElement(tag, First);
    } finally {
      console.info = info;
    }
    expect(customElements.get(tag)).to.equal(First);
    expect(logged).to.deep.equal([[`idv-pricing ${VERSION}: <${tag}> is already defined by idv-pricing ${VERSION}; that definition is used.`]]);
  });

  it('should keep the version equal to package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});

/**
 * What only the <idv-estimate> and <idv-compare> browser tests need; the DOM helpers every element's tests
 * share (queries inside a line or a column, typing, picking, focus, events) are in dom.ts.
 */
import * as dom from './dom.js';

/**
 * Nothing broken on an estimate's or a comparison's screen: dom.ts's expectSane with their figures, the
 * definitions (dd) and the big totals (.big).
 */
export const expectSane = (el: Element): void => dom.expectSane(el, 'dd, .big');

// Build plugin: leaves out the parts of decimal.js the engine never calls (trigonometry, logarithms, roots,
// random numbers, other bases), about 4.5 KB off each gzip-ed bundle. What remains is decimal.js's own
// code, unchanged. Safe because the engine's Decimal is private (src/engine/decimal.ts) and:
// - the build fails if a name below is not found (a decimal.js upgrade moved it) or if the bundle still
//   touches one of them (`.name` or `['name']`; destructuring `{ name }` is not caught, and nothing does it);
// - test/engine/built-engine.test.ts checks the built dist/engine.js against the source engine (full
//   decimal.js) on every public function.
import { parseAst } from 'vite';

const FAMILIES = {
  trigonometry: 'acos acosh asin asinh atan atanh atan2 cos cosh sin sinh tan tanh cosine sine tangent',
  hyperbolic: 'hyperbolicCosine hyperbolicSine hyperbolicTangent inverseCosine inverseHyperbolicCosine inverseHyperbolicSine inverseHyperbolicTangent inverseSine inverseTangent',
  logarithms: 'exp ln log log2 log10 logarithm naturalExponential naturalLogarithm',
  roots: 'sqrt squareRoot cbrt cubeRoot hypot',
  random: 'random',
  bases: 'toBinary toHexadecimal toHex toOctal',
  other: 'toFraction toNearest mod modulo divToInt dividedToIntegerBy sum clamp clampedTo sign toExponential toPrecision toSignificantDigits toSD',
};
export const LEFT_OUT = new Set(Object.values(FAMILIES).flatMap((names) => names.split(' ')));

/** `P.a = P.b = fn` or `Decimal.a = a`: the property names it assigns on P (the prototype) or Decimal. */
function assignedNames(statement) {
  if (statement.type !== 'ExpressionStatement') return [];
  const names = [];
  let e = statement.expression;
  while (e.type === 'AssignmentExpression' && e.left.type === 'MemberExpression' && !e.left.computed) {
    if (!['P', 'Decimal'].includes(e.left.object.name)) return [];
    names.push(e.left.property.name);
    e = e.right;
  }
  return names;
}

export function slimDecimal() {
  return {
    name: 'idv-slim-decimal',
    transform(code, id) {
      if (!/[\\/]decimal\.js[\\/]decimal\.mjs$/.test(id)) return null;
      const cuts = [];
      const found = new Set();
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        const names = assignedNames(node);
        if (names.length > 0 && names.every((n) => LEFT_OUT.has(n))) {
          cuts.push([node.start, node.end]);
          names.forEach((n) => found.add(n));
          return;
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(parseAst(code));
      const missing = [...LEFT_OUT].filter((n) => !found.has(n));
      if (missing.length) this.error(`slim-decimal: decimal.js no longer assigns ${missing.join(', ')}; review scripts/slim-decimal.mjs`);
      let out = code;
      for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
      return { code: out, map: null };
    },
    // After tree-shaking: nothing in the bundle (decimal.js's remaining code or ours) may still touch a method
    // left out: no `.name` access (a call, `.call`, `?.()`, a reference) and no `['name']`. `Math.log10` and
    // `console.log` are the platform's.
    renderChunk(code) {
      const touched = [...LEFT_OUT].filter((n) =>
        new RegExp(`(?<!\\b(?:Math|console))\\.${n}\\b|\\[\\s*["'\`]${n}["'\`]\\s*\\]`).test(code),
      );
      if (touched.length) this.error(`slim-decimal: the bundle still uses ${touched.join(', ')}, which are left out`);
      return null;
    },
  };
}

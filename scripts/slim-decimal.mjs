// Build plugin: leaves out the parts of decimal.js the engine never calls (trigonometry, logarithms, roots,
// random numbers, other bases, powers) and its 1,025-digit constants, about 6 KB off each gzip-ed bundle. What remains is decimal.js's own
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
  powers: 'pow toPower',
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
      // ln(10) and π to 1,025 digits (about 900 B gzip) serve only logarithms, powers and trigonometry, all left
      // out above. Set to '0' (precision 0), any call that still reached them would throw "Precision limit exceeded"
      // rather than compute with a wrong constant.
      // Strings that are not plain decimals ('Infinity', 'NaN', hexadecimal, binary and octal, with their binary
      // exponents) go to parseOther, which the engine never reaches: parseDecimal and parseUnits accept plain
      // decimals only, and the elements pass the engine's own decimal strings. Refused like any invalid argument,
      // parseOther and its base conversions fall away.
      const other = 'return isDecimal.test(v) ? parseDecimal(x, v) : parseOther(x, v);';
      if (!out.includes(other)) this.error('slim-decimal: the Decimal constructor no longer calls parseOther as expected; review scripts/slim-decimal.mjs');
      out = out.replace(other, 'if (isDecimal.test(v)) return parseDecimal(x, v);\n      throw Error(invalidArgument + v);');
      for (const name of ['LN10', 'PI']) {
        const literal = new RegExp(`\\b${name} = '[0-9.]{1000,}'`);
        if (!literal.test(out)) this.error(`slim-decimal: decimal.js no longer defines ${name} as a literal; review scripts/slim-decimal.mjs`);
        out = out.replace(literal, `${name} = '0'`);
      }
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

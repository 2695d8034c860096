// Loaded first by the prerendered pages in prerendered.test.ts (an external script, which a strict CSP allows):
// records from the page's start what the spec judges once the drop-in has taken over: layout shifts, console
// errors and warnings, uncaught errors, and CSP violations.
window.__probe = { shifts: [], errors: [], violations: [] };
new window.PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.__probe.shifts.push(entry.value);
  }
}).observe({ type: 'layout-shift', buffered: true });
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => {
    window.__probe.errors.push(`console.${level}: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
}
window.addEventListener('error', (e) => window.__probe.errors.push(`error: ${e.message || e.target?.src || e.target?.href || 'a resource'}`), true);
window.addEventListener('unhandledrejection', (e) => window.__probe.errors.push(`unhandled rejection: ${e.reason}`));
document.addEventListener('securitypolicyviolation', (e) => window.__probe.violations.push(`${e.violatedDirective} ${e.blockedURI}`));

// Loaded first (as an external script, which the CSP allows) by the strict-CSP page in csp.test.ts, so that
// every violation from the page's start is recorded where the test can read it.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
});

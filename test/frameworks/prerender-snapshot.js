// Loaded last in the prerendered pages' body by prerendered.test.ts: a classic script at the end of the body
// runs once the page is parsed and before any module script, so this is the page as the server's HTML shows
// it before the drop-in runs: each idv element's shadow root, its text, and whether its styles apply.
window.__beforeScript = [...document.querySelectorAll('idv-pricing-calculator, idv-estimate, idv-compare, idv-cost-chart, idv-quota-planner, idv-refund-estimator, idv-billing-calendar')].map((el) => {
  const base = el.shadowRoot && el.shadowRoot.querySelector('[part~="base"]');
  return {
    tag: el.localName,
    defined: customElements.get(el.localName) !== undefined,
    shadowRoot: el.shadowRoot !== null,
    text: el.shadowRoot ? el.shadowRoot.textContent.replace(/\s+/g, ' ') : '',
    styled: base !== null && window.getComputedStyle(base).paddingTop !== '0px',
    height: el.getBoundingClientRect().height,
  };
});

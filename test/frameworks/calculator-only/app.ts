// A Vite app that uses only the calculator: it imports its own entry, so the bundle holds no other element's
// code up front (the six tools are separate chunks, fetched when a visitor opens one).
import 'idv-pricing/calculator';

const root = document.getElementById('root')!;
const calculator = document.createElement('idv-pricing-calculator');
calculator.setAttribute('lang', 'en');
root.append(calculator);

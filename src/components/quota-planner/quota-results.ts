/**
 * The quota planner's results for a plan: when the alert fires and when the packs run out or expire, the units
 * bought, used and lost, the timeline (a chart of the units left with the threshold and the marks where the
 * alert fires, the packs end and packs expire, its legend and the list of what happens when) and the table of
 * the packs. Plain functions of the engine's plan. Not API.
 */
import { html, nothing, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import type { QuotaEvent, QuotaPlan } from '../../engine/lifecycle.js';
import { formatCount, formatPercent } from '../../i18n/format.js';
import type { Locale } from '../../i18n/format.js';
import { formatDate, formatDateTime } from '../../i18n/format-date.js';
import type { QuotaPlannerStrings } from '../../i18n/sections/quota-planner.js';

const DAY_MS = 86_400_000;

/** What the results read from the planner. */
export interface QuotaView {
  readonly s: QuotaPlannerStrings;
  readonly locale: Locale;
  /** Prefix for ids in the planner's shadow root. */
  readonly uid: string;
}

const count = (v: QuotaView, units: number | string): string => formatCount(String(units), v.locale);
const dateText = (v: QuotaView, iso: string): string => formatDate(iso, v.locale);

/** When the alert fires (or that it never does), as the summary and the announcement say it. */
export function alertText(v: QuotaView, plan: QuotaPlan): string {
  const s = v.s;
  const a = plan.alert;
  if (!a) return s.alertNever(formatPercent(plan.thresholdPercent, v.locale));
  if (a.day === 0) return s.alertAtStart(dateText(v, a.date));
  return s.alertOn(dateText(v, a.date), String(a.day), count(v, a.remaining), count(v, a.total));
}

/** When the packs run out or expire. */
export function endText(v: QuotaView, plan: QuotaPlan): string {
  const end = plan.end;
  return end.kind === 'run-out'
    ? v.s.runsOut(dateText(v, end.date), String(end.day))
    : v.s.expires(formatDateTime(end.at ?? end.date, v.locale), String(end.day));
}

function renderSummary(v: QuotaView, plan: QuotaPlan): TemplateResult {
  const s = v.s;
  const end = plan.end;
  return html`
    <div class="summary" part="summary">
      <div class="headline">
        <h4>${s.alertTitle}</h4>
        <p class="when ${plan.alert ? 'alert' : ''}">${alertText(v, plan)}</p>
        ${plan.alert && plan.alert.day > 0 ? html`<p class="muted small">${s.alertNote}</p>` : nothing}
      </div>
      <div class="headline">
        <h4>${s.endTitle}</h4>
        <p class="when end">${endText(v, plan)}</p>
        <p class="muted small">
          ${end.kind === 'run-out' ? s.runsOutNote : s.expiresNote(count(v, lostAt(plan, end.date)))}
        </p>
      </div>
    </div>
  `;
}

/** Units lost by the packs that expire at the end's midnight. */
function lostAt(plan: QuotaPlan, date: string): string {
  let lost = 0n;
  for (const e of plan.events) if (e.type === 'expire' && e.date === date) lost += BigInt(e.lostUnits);
  return lost.toString();
}

function renderFacts(v: QuotaView, plan: QuotaPlan): TemplateResult {
  const s = v.s;
  return html`
    <dl class="facts card" part="card">
      <div><dt>${s.bought}</dt><dd>${s.units(count(v, plan.totalUnits))}</dd></div>
      <div><dt>${s.used}</dt><dd>${s.units(count(v, plan.usedUnits))}</dd></div>
      <div><dt>${s.lost}</dt><dd class=${plan.lostUnits === 0 ? '' : 'warn'}>${s.units(count(v, plan.lostUnits))}</dd></div>
      <div>
        <dt>${s.uncovered}</dt>
        <dd>${s.units(count(v, plan.uncoveredUnits))}</dd>
        <dd class="muted small note">${s.uncoveredHint}</dd>
      </div>
    </dl>
  `;
}

/** The plan: when the alert fires and the packs end, the units, the timeline and the packs; `stale` while an input is invalid. */
export function renderResults(v: QuotaView, plan: QuotaPlan, stale: boolean): TemplateResult {
  const s = v.s;
  return html`
    <section role="group" class="results ${stale ? 'stale' : ''}" part="results" aria-labelledby=${`${v.uid}-results`}>
      <h3 id=${`${v.uid}-results`}>${s.resultsTitle}</h3>
      ${stale ? html`<p class="stale-note">${s.keptLast}</p>` : nothing}
      ${renderSummary(v, plan)} ${renderFacts(v, plan)} ${renderTimeline(v, plan)} ${renderPackTable(v, plan)}
      <p class="muted small">${s.beijing}</p>
    </section>
  `;
}

/**
 * Days the timeline shows from the horizon's start: up to where the packs end and the last purchase or
 * expiry that loses units, plus a margin, so the alert and end marks stand apart. Packs that run out in
 * weeks would otherwise crowd into the first pixels of a year-long axis; later expiries (nothing left to
 * lose) stay in the list of events.
 */
function timelineDays(plan: QuotaPlan): number {
  const from = Date.parse(`${plan.horizon.from}T00:00:00Z`);
  const day = (date: string): number => (Date.parse(`${date}T00:00:00Z`) - from) / DAY_MS;
  let last = day(plan.end.date) + 1;
  for (const e of plan.events) {
    if (e.type === 'buy' || e.type === 'alert' || (e.type === 'expire' && String(e.lostUnits) !== '0')) last = Math.max(last, day(e.date) + 1);
  }
  const days = Math.ceil(last + Math.max(3, last * 0.15));
  return Math.min(plan.horizon.days, days);
}

function renderTimeline(v: QuotaView, plan: QuotaPlan): TemplateResult {
  const s = v.s;
  const W = 1000;
  const H = 100;
  const from = Date.parse(`${plan.horizon.from}T00:00:00Z`);
  const span = timelineDays(plan);
  const toDate = new Date(from + (span - 1) * DAY_MS).toISOString().slice(0, 10);
  // Chart coordinates only: counts and days as numbers are fine here (no money).
  const x = (date: string, plusDays = 0): number => ((Date.parse(`${date}T00:00:00Z`) - from) / DAY_MS + plusDays) * (W / span);
  const max = Math.max(1, ...plan.series.map((p) => Number(p.total)));
  const y = (units: number | string): number => H - (Number(units) / max) * (H - 4);
  // The series up to the window's end: the line between two bends is straight, so it is cut where it crosses W.
  const xy: [number, number][] = [];
  for (const p of plan.series) {
    const px = x(p.date);
    const py = y(p.remaining);
    const prev = xy.at(-1);
    if (px <= W || !prev) xy.push([Math.min(px, W), py]);
    else {
      xy.push([W, prev[1] + ((py - prev[1]) * (W - prev[0])) / (px - prev[0])]);
      break;
    }
  }
  const line = `M${xy.map(([px, py]) => `${px.toFixed(2)},${py.toFixed(2)}`).join('L')}`;
  const area = `${line}L${xy.at(-1)![0].toFixed(2)},${H}L0,${H}Z`;
  const share = Number(plan.thresholdPercent) / 100;
  let threshold = '';
  plan.series.forEach((p, i) => {
    const next = plan.series[i + 1];
    if (!next || Number(p.total) === 0 || x(p.date) >= W) return;
    const yy = y(Number(p.total) * share).toFixed(2);
    threshold += `M${x(p.date).toFixed(2)},${yy}H${Math.min(W, x(next.date)).toFixed(2)}`;
  });
  const alert = plan.alert;
  const alertX = alert ? x(alert.date, alert.day === 0 ? 0 : 1) : null;
  const endX = plan.end.kind === 'run-out' ? x(plan.end.date, 1) : x(plan.end.date);
  // Marks on the axis only (an expiry after the window is in the list of events).
  const expiries = plan.events.filter((e) => e.type === 'expire').map((e) => x(e.date)).filter((at) => at <= W);
  const marker = (at: number, cls: string): SVGTemplateResult =>
    svg`<line class=${cls} x1=${at.toFixed(2)} x2=${at.toFixed(2)} y1="0" y2=${H} vector-effect="non-scaling-stroke"></line>`;
  const summary = s.timelineSummary(
    dateText(v, plan.horizon.from),
    dateText(v, toDate),
    alert ? dateText(v, alert.date) : null,
    endText(v, plan),
  );
  return html`
    <section role="group" class="card timeline" part="card timeline" aria-labelledby=${`${v.uid}-timeline`}>
      <h4 id=${`${v.uid}-timeline`}>${s.timelineTitle}</h4>
      <svg class="chart" viewBox=${`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label=${summary}>
        <path class="area" d=${area}></path>
        ${expiries.map((at) => marker(at, 'expiry'))}
        <path class="threshold" d=${threshold} vector-effect="non-scaling-stroke"></path>
        <path class="left" d=${line} vector-effect="non-scaling-stroke"></path>
        ${alertX !== null ? marker(alertX, 'alert-mark') : nothing} ${marker(endX, 'end-mark')}
      </svg>
      <div class="axis small muted" aria-hidden="true">
        <span>${dateText(v, plan.horizon.from)}</span>
        <span>${dateText(v, toDate)}</span>
      </div>
      <ul class="legend small" aria-hidden="true">
        <li><span class="swatch left"></span>${s.legend.left}</li>
        <li><span class="swatch threshold"></span>${s.legend.threshold}</li>
        ${alert ? html`<li><span class="swatch alert-mark"></span>${s.legend.alert}</li>` : nothing}
        <li><span class="swatch end-mark"></span>${s.legend.end}</li>
        ${expiries.length > 0 ? html`<li><span class="swatch expiry"></span>${s.legend.expiry}</li>` : nothing}
      </ul>
      <h4 class="events-title">${s.eventsTitle}</h4>
      <ol class="events" part="events">
        ${plan.events.map((e) => renderEvent(v, e))}
      </ol>
    </section>
  `;
}

function renderEvent(v: QuotaView, e: QuotaEvent): TemplateResult {
  const ev = v.s.events;
  let text: string;
  let when = dateText(v, e.date);
  switch (e.type) {
    case 'buy':
      text = ev.buy(e.pack + 1, count(v, e.units));
      break;
    case 'alert':
      text = e.day === 0 ? ev.alertAtStart(count(v, e.remaining), count(v, e.total)) : ev.alert(count(v, e.remaining), count(v, e.total), String(e.day));
      break;
    case 'run-out':
      text = ev.runOut(String(e.day));
      break;
    case 'expire':
      when = formatDateTime(e.at, v.locale);
      text = ev.expire(e.pack + 1, count(v, e.lostUnits));
      break;
  }
  return html`<li class=${`event ${e.type}`}><span class="event-date">${when}</span> <span>${text}</span></li>`;
}

function renderPackTable(v: QuotaView, plan: QuotaPlan): TemplateResult {
  const s = v.s;
  const t = s.table;
  return html`
    <div class="table-wrap" tabindex="0" role="group" aria-labelledby=${`${v.uid}-table`}>
      <table>
        <caption id=${`${v.uid}-table`}>${t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.pack}</th>
            <th scope="col">${t.bought}</th>
            <th scope="col">${t.expires}</th>
            <th scope="col" class="num">${t.used}</th>
            <th scope="col" class="num">${t.lost}</th>
          </tr>
        </thead>
        <tbody>
          ${plan.packs.map(
            (p, i) => html`<tr>
              <th scope="row">${s.pack(i + 1)} <span class="muted">(${s.units(count(v, p.units))})</span></th>
              <td>${formatDate(p.boughtAt, v.locale)}</td>
              <td>${formatDateTime(p.expiresAt, v.locale)}</td>
              <td class="num">${count(v, p.used)}</td>
              <td class="num">${count(v, p.lostAtExpiry)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
}

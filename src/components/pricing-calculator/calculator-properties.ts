/**
 * The calculator's public attributes and properties, declared apart from its behaviour
 * (pricing-calculator.ts) so each file reads as one thing. Not a class of its own for pages: only
 * `<idv-pricing-calculator>` is defined.
 */
import { property } from 'lit/decorators.js';
import type { Period, PlanId } from '../../engine/index.js';
import { IdvElement } from '../../internal/idv-element.js';

export class CalculatorProperties extends IdvElement {
  /** Plan id (`app`, `h5`, `server`, `alipay-mini`, `alipay-h5`, `liveness-verify`, `liveness-detect`, `face-compare`). */
  @property({ attribute: 'plan', useDefault: true }) plan: PlanId = 'app';

  /** Completed verifications in `period`, as a whole-number string (`'10000'`); text like `1.2万` is parsed. */
  @property({ attribute: 'volume', useDefault: true }) volume = '10000';

  /** What `volume` counts: `day`, `month` or `year`. */
  @property({ attribute: 'period', useDefault: true }) period: Period = 'day';

  /** Percent of verifications that pass (0–100); used by plans billed per passed verification. */
  @property({ attribute: 'pass-rate', useDefault: true }) passRate = '100';

  /** Average face photo size in MB (the document's example: 0.1); used by plans that store photos. */
  @property({ attribute: 'photo-size', useDefault: true }) photoSize = '0.1';

  /** Days each photo is kept in OSS (one month = 30). */
  @property({ attribute: 'retention-days', useDefault: true }) retentionDays = '30';

  /** The account's first pack purchase: the free trial pack may be used. */
  @property({ type: Boolean, attribute: 'first-purchase' }) firstPurchase = false;

  /** Percent of a day's volume in its busiest hour, for the QPS estimate; empty for none. */
  @property({ attribute: 'peak-share', useDefault: true }) peakShare = '';

  /** Where "contact sales about QPS billing" links to; without it the advice shows as text. */
  @property({ attribute: 'contact-href', useDefault: true }) contactHref = '';

  /**
   * A whole scenario as a share string (`v1;app:10000/day,photo:0.1;first`): setting it sets every field.
   * A malformed string shows a message and leaves the fields as they were.
   */
  @property({ attribute: 'scenario', useDefault: true }) scenario = '';

  /** Keep the scenario in the page URL (`?idv=…`, replaced, never pushed) and open it from there on load. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Hide the share toolbar (copy link, copy quote, downloads, print) everywhere, details included. */
  @property({ type: Boolean, attribute: 'no-toolbar' }) noToolbar = false;

  /** Show the share toolbar on the first screen, under the figures (it is otherwise inside "details"). */
  @property({ type: Boolean, attribute: 'toolbar' }) toolbar = false;

  /**
   * Tools shown on the first screen, under the figures: a space-separated list of `chart`, `estimate`,
   * `compare`, `quota`, `refund`, `billing`, or `all`. The others stay inside "details".
   */
  @property({ attribute: 'tools', useDefault: true }) tools = '';

  /**
   * Read-only figures of a fixed scenario, for worked examples in documentation: the scenario is shown as
   * text with a button that opens the inputs.
   */
  @property({ type: Boolean, attribute: 'readonly' }) readonly = false;

  /**
   * A call-to-action link under the figures: `{scenario}` is replaced by the scenario string, URL-encoded
   * (`https://example.com/contact?quote={scenario}`). Only web and mail links are rendered.
   */
  @property({ attribute: 'cta-href', useDefault: true }) ctaHref = '';
}

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/billing-calendar/billing-calendar.js';
import type { IdvBillingCalendar } from '../../../src/components/billing-calendar/billing-calendar.js';
import { DEFAULT_RULES } from '../../../src/engine/index.js';
import { billingCalendar } from '../../../src/engine/statement.js';
import type { IdvBillingChangeEvent } from '../../../src/events/idv-billing-change.js';
import {
  chooseWithKeys,
  control,
  describeFocus,
  expectSane,
  fixtureOf,
  messageText,
  part,
  parts,
  record,
  root,
  settle,
  text,
  typeInto,
} from '../../helpers/dom.js';
import { billingCalendarStrings } from '../../helpers/strings.js';

const en = billingCalendarStrings.en;
const zh = billingCalendarStrings['zh-CN'];

/** A calendar in English for January 2020 (unless given). */
const make = (attributes: Readonly<Record<string, string>> = {}): Promise<IdvBillingCalendar> =>
  fixtureOf<IdvBillingCalendar>('idv-billing-calendar', { lang: 'en', month: '2020-01', ...attributes });

const outcome = (el: IdvBillingCalendar): string => text(part(el, 'summary'));
const windowText = (el: IdvBillingCalendar): string => text(root(el).querySelector('.window-card'));
const days = (el: IdvBillingCalendar, kind: string): string[] =>
  [...root(el).querySelectorAll(`[part~="day"].${kind}`)].map((d) => text(d.querySelector('.sr-only')));
const bill = (el: IdvBillingCalendar): HTMLInputElement => control(el, `${en.dailyBill} (${en.optional})`);
const balance = (el: IdvBillingCalendar): HTMLInputElement => control(el, `${en.balance} (${en.optional})`);

describe('<idv-billing-calendar>', () => {
  describe('accessibility', () => {
    for (const [name, attributes] of [
      ['no amounts', {}],
      ['arrears', { 'daily-bill': '100', balance: '250' }],
      ['every bill paid', { 'daily-bill': '100', balance: '5000' }],
      ['an error', { balance: '-1' }],
      ['Chinese and arrears', { lang: 'zh-CN', 'daily-bill': '100', balance: '250' }],
    ] as const) {
      it(`should be accessible with ${name}`, async () => {
        const el = await make(attributes);
        expectSane(el);
        await expect(el).to.be.accessible();
      });
    }

    it('should be accessible with every bill listed', async () => {
      const el = await make({ 'daily-bill': '100', balance: '250' });
      root(el).querySelector('summary')!.click();
      await settle(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('statement window (R8)', () => {
    it('should show the document’s January 2020 window: 2019-12-31 to 2020-01-30', async () => {
      const el = await make();
      expect(windowText(el)).to.include(en.window('Dec 31, 2019', 'Jan 30, 2020', en.dayCount('31')));
      expect(windowText(el)).to.include(en.lastDayOut('Jan 31, 2020'));
      const inWindow = days(el, 'in');
      expect(inWindow).to.have.length(31);
      expect(inWindow[0]).to.equal(`Dec 31, 2019, ${en.cell.fromPrevious}`);
      expect(inWindow.at(-1)).to.equal(`Jan 30, 2020, ${en.cell.inWindow}`);
      expect(days(el, 'next')).to.deep.equal([`Jan 31, 2020, ${en.cell.nextStatement}`]);
      // Weeks start on Monday: 2019-12-30 (a Monday) is the first cell, outside the window.
      expect(days(el, 'outside')[0]).to.equal(`Dec 30, 2019, ${en.cell.outside}`);
    });

    it('should say when each day is billed', async () => {
      const el = await make();
      expect(text(root(el).querySelector('.side'))).to.include(en.billTimes('10:00', '12:00'));
    });

    it('should step months with the buttons and announce the month', async () => {
      const el = await make();
      control<HTMLButtonElement>(el, en.next).click();
      await settle(el);
      expect(el.month).to.equal('2020-02');
      // Leap February: 2020-02-29 goes to March's statement.
      expect(windowText(el)).to.include(en.window('Jan 31, 2020', 'Feb 28, 2020', en.dayCount('29')));
      await new Promise((r) => setTimeout(r, 150));
      expect(text(root(el).querySelector('[role="status"]'))).to.equal(en.monthChanged('February 2020'));
      control<HTMLButtonElement>(el, en.previous).click();
      control<HTMLButtonElement>(el, en.previous).click();
      await settle(el);
      expect(el.month).to.equal('2019-12');
      expect(control(el, en.year).value).to.equal('2019');
    });

    it('should pick a month and type a year', async () => {
      const el = await make();
      await chooseWithKeys(el, control<HTMLSelectElement>(el, en.month), '3');
      expect(el.month).to.equal('2020-03');
      await typeInto(el, control(el, en.year), '2021');
      expect(el.month).to.equal('2021-03');
      expect(windowText(el)).to.include(en.window('Feb 28, 2021', 'Mar 30, 2021', en.dayCount('31')));
    });

    it('should refuse a year it cannot show, keeping the last calendar', async () => {
      const el = await make();
      const year = control(el, en.year);
      await typeInto(el, year, '1969');
      expect(messageText(el, year)).to.equal(en.errors['year-range']);
      expect(year.getAttribute('aria-invalid')).to.equal('true');
      expect(el.calendar!.year).to.equal(2020);
      await typeInto(el, year, 'next');
      expect(messageText(el, year)).to.equal(en.errors['not-a-number']);
      await typeInto(el, year, '2024');
      expect(messageText(el, year)).to.equal('');
      expect(el.month).to.equal('2024-01');
    });
  });

  describe('arrears (R8)', () => {
    it('should put arrears at the first bill the balance cannot pay, suspension 24 hours later', async () => {
      const el = await make();
      expect(outcome(el)).to.include(en.noAmounts);
      await typeInto(el, bill(el), '100');
      await typeInto(el, balance(el), '250');
      expect(outcome(el)).to.include(en.arrearsFrom('Jan 3, 2020, 10:00–12:00'));
      expect(outcome(el)).to.include(en.arrearsDetail(en.billCount('2'), 'Jan 2', 'CN¥100.00', 'CN¥50.00', 'CN¥50.00'));
      expect(outcome(el)).to.include(en.suspendedFrom('Jan 4, 2020, 10:00–12:00', en.hourCount('24')));
      expect(outcome(el)).to.include(en.statementTotal('CN¥3,100.00'));
      expect(days(el, 'unpaid').map((d) => d.slice(0, 12))).to.deep.equal(['Jan 2, 2020,', 'Jan 3, 2020,']);
      expect(days(el, 'suspended')[0]).to.equal(`Jan 4, 2020, ${en.cell.inWindow}, ${en.cell.suspended}`);
    });

    it('should say when the balance pays every bill, and what is left', async () => {
      const el = await make({ 'daily-bill': '0.006', balance: '¥1' });
      expect(el.balance).to.equal('1');
      // 31 bills of ¥0.006 = ¥0.186, exactly: ¥0.814 is left, shown truncated to the fen.
      expect(outcome(el)).to.include(en.allPaid(en.billCount('31'), 'CN¥0.81', 'Jan 31, 10:00–12:00'));
      expect(el.calendar!.balanceLeft).to.equal('0.814');
    });

    it('should list every bill with the balance after it', async () => {
      const el = await make({ 'daily-bill': '1,000', balance: '2500' });
      root(el).querySelector('summary')!.click();
      await settle(el);
      const rows = [...root(el).querySelectorAll('.bills tbody tr')].map(text);
      expect(rows).to.have.length(31);
      expect(rows[0]).to.equal('Dec 31 Jan 1, 10:00–12:00 CN¥1,500.00');
      expect(rows[2]).to.equal(`Jan 2 Jan 3, 10:00–12:00 ${en.bills.unpaid}`);
      expect(rows[4]).to.equal(`Jan 4 Jan 5, 10:00–12:00 ${en.bills.suspended}`);
    });

    it('should draw the month and its fields even when the page gives an amount it cannot read', async () => {
      const el = await make({ balance: '-5', 'daily-bill': '100' });
      expect(messageText(el, balance(el))).to.equal(en.errors.negative);
      expect(windowText(el)).to.include(en.window('Dec 31, 2019', 'Jan 30, 2020', en.dayCount('31')));
      expect(outcome(el)).to.include(en.noAmounts);
      await typeInto(el, balance(el), '250');
      expect(outcome(el)).to.include(en.arrearsFrom('Jan 3, 2020, 10:00–12:00'));
    });

    it('should explain amounts it cannot read and keep the last result', async () => {
      const el = await make({ 'daily-bill': '100', balance: '250' });
      await typeInto(el, balance(el), '-3');
      expect(messageText(el, balance(el))).to.equal(en.errors.negative);
      expect(text(root(el).querySelector('.side'))).to.include(en.keptLast);
      expect(el.calendar!.balance).to.equal('250');
      await typeInto(el, balance(el), '');
      expect(outcome(el)).to.include(en.noAmounts);
      expectSane(el);
    });
  });

  describe('keyboard', () => {
    it('should reach every control with Tab, in order', async () => {
      const el = await make();
      control<HTMLButtonElement>(el, en.previous).focus();
      const seen = [describeFocus(el)];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        seen.push(describeFocus(el));
      }
      expect(seen).to.deep.equal([
        `button: ${en.previous}`,
        `select: ${en.month}`,
        `input: ${en.year}`,
        `button: ${en.next}`,
        `input: ${en.dailyBill} (${en.optional})`,
        `input: ${en.balance} (${en.optional})`,
        `summary: ${en.billsTitle(en.billCount('31'))}`,
      ]);
    });

    it('should change the month with Enter on the next button and the arrow keys on the month', async () => {
      const el = await make();
      control<HTMLButtonElement>(el, en.next).focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.month).to.equal('2020-02');
      control<HTMLSelectElement>(el, en.month).focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(el.month).to.equal('2020-03');
    });
  });

  describe('properties and attributes', () => {
    it('should show the month, bill and balance set from code, firing nothing', async () => {
      const el = await make();
      const log = record('idv-billing-change');
      el.month = '2021-02';
      el.dailyBill = '10';
      el.balance = '100';
      await settle(el);
      log.stop();
      expect(log.events).to.have.length(0);
      expect(control<HTMLSelectElement>(el, en.month).value).to.equal('2');
      expect(bill(el).value).to.equal('10');
      expect(el.calendar).to.deep.equal(billingCalendar({ year: 2021, month: 2, dailyBill: '10', balance: '100' }));
    });

    it('should default to the month of `today`, and explain a month that does not exist', async () => {
      const el = await make({ month: '', today: '2024-02-10' });
      expect(el.calendar!.from).to.equal('2024-01-31');
      el.month = '2024-13';
      await settle(el);
      expect(messageText(el, control(el, en.year))).to.equal(en.errors['bad-month']);
      expectSane(el);
    });

    it('should follow the rules’ bill hours, and show a rules error for bad rules', async () => {
      const el = await make();
      el.rules = { ...DEFAULT_RULES, settlement: { ...DEFAULT_RULES.settlement, billAfterHours: [8, 9] } };
      await settle(el);
      expect(text(root(el).querySelector('.side'))).to.include(en.billTimes('08:00', '09:00'));
      el.rules = { ...DEFAULT_RULES, settlement: {} };
      await settle(el);
      expect(text(root(el).querySelector('[role="alert"]'))).to.include(en.rulesErrorTitle);
    });
  });

  describe('events', () => {
    it('should fire idv-billing-change after a visitor’s change, with the calendar', async () => {
      const el = await make();
      const log = record<IdvBillingChangeEvent>('idv-billing-change');
      await typeInto(el, bill(el), '100');
      await typeInto(el, balance(el), '250');
      control<HTMLButtonElement>(el, en.next).click();
      await settle(el);
      log.stop();
      const last = log.events.at(-1)!;
      expect(last.bubbles && last.composed).to.equal(true);
      expect(last.detail).to.deep.equal({
        month: '2020-02',
        dailyBill: '100',
        balance: '250',
        calendar: billingCalendar({ year: 2020, month: 2, dailyBill: '100', balance: '250' }),
        currency: 'CNY',
      });
      expect(log.events).to.have.length(7);
    });
  });

  describe('parts and custom properties', () => {
    it('should expose its parts', async () => {
      const el = await make({ 'daily-bill': '1', balance: '1' });
      for (const name of ['base', 'header', 'nav', 'form', 'field', 'input', 'button', 'calendar', 'day', 'results', 'summary', 'card']) {
        expect(parts(el, name).length, name).to.be.at.least(1);
      }
    });

    it('should mark the statement’s days with --idv-color-accent-surface', async () => {
      const el = await fixture<IdvBillingCalendar>(html`<idv-billing-calendar
        lang="en"
        month="2020-01"
        style="--idv-color-accent-surface: rgb(1, 2, 3)"
      ></idv-billing-calendar>`);
      await settle(el);
      expect(getComputedStyle(root(el).querySelector('.day.in')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('i18n', () => {
    it('should speak Chinese with lang="zh-CN"', async () => {
      const el = await make({ lang: 'zh-CN', 'daily-bill': '100', balance: '250' });
      expect(text(root(el).querySelector('h2'))).to.equal(zh.title);
      expect(windowText(el)).to.include(zh.window('2019年12月31日', '2020年1月30日', zh.dayCount('31')));
      expect(outcome(el)).to.include(zh.arrearsFrom('2020年1月3日 10:00–12:00'));
      expect(text(root(el).querySelector('thead'))).to.include('周一');
    });
  });

  describe('dates, figures and units on one line, 320 to 1,440 px', () => {
    /** What a visitor reads as one figure: the grid's day labels, and each date, amount and count with its unit. */
    const FIGURES = '.day .num, .day .mon, .fig, .bills tbody th';
    /** The box a figure must stay inside: its grid cell, table cell, paragraph, heading or summary. */
    const holder = (figure: Element): Element => figure.closest('td, th, p, h3, h4, summary, li, label') ?? figure.parentElement!;
    const lineHeight = (e: Element): number => {
      const style = getComputedStyle(e);
      const px = parseFloat(style.lineHeight);
      return Number.isFinite(px) ? px : parseFloat(style.fontSize) * 1.2;
    };

    /** Every problem at the current width: a figure on two lines, past its box, or anything wider than the card. */
    function problems(el: IdvBillingCalendar, where: string): string[] {
      const out: string[] = [];
      const figures = [...root(el).querySelectorAll(FIGURES)].filter((f) => f.checkVisibility() && !f.closest('.sr-only'));
      for (const figure of figures) {
        const range = document.createRange();
        range.selectNodeContents(figure);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        const box = range.getBoundingClientRect();
        const oneLine = rects.every((r) => Math.abs(r.top - rects[0]!.top) < 1) || box.height <= 1.6 * lineHeight(figure);
        const text = text0(figure);
        if (!oneLine) out.push(`${where}: “${text}” on ${new Set(rects.map((r) => Math.round(r.top))).size} lines`);
        const room = holder(figure).getBoundingClientRect();
        if (box.left < room.left - 0.5 || box.right > room.right + 0.5) {
          out.push(`${where}: “${text}” (${box.left.toFixed(1)}–${box.right.toFixed(1)}) overflows its box (${room.left.toFixed(1)}–${room.right.toFixed(1)})`);
        }
      }
      for (const scroller of [part(el, 'base'), ...root(el).querySelectorAll('.table-wrap, .card, .summary')]) {
        if (scroller.scrollWidth > scroller.clientWidth + 1) out.push(`${where}: ${scroller.className} scrolls sideways (${scroller.scrollWidth} > ${scroller.clientWidth})`);
      }
      return out;
    }
    const text0 = (n: Element): string => (n.textContent ?? '').replace(/\s+/g, ' ').trim();

    for (const lang of ['en', 'zh-CN'] as const) {
      it(`should keep every date, amount and count whole at every 40 px from 320 to 1,440 (${lang})`, async () => {
        const found: string[] = [];
        for (const [name, amounts] of [
          ['arrears', { 'daily-bill': '1234567.89', balance: '2500000.5' }],
          ['every bill paid', { 'daily-bill': '123456.78', balance: '10000000' }],
        ] as const) {
          const attrs = Object.entries({ lang, month: '2024-01', ...amounts })
            .map(([k, v]) => `${k}="${v}"`)
            .join(' ');
          const host = await fixture<HTMLElement>(`<div style="width:320px"><idv-billing-calendar ${attrs}></idv-billing-calendar></div>`);
          const el = host.querySelector('idv-billing-calendar')!;
          await settle(el);
          root(el).querySelector('details')!.open = true;
          await settle(el);
          // The grid labels the month's first day and the statement's first (the previous month's last) by month.
          expect(root(el).querySelectorAll('.day .num').length).to.be.at.least(35);
          expect(root(el).querySelectorAll('.fig').length, 'figures marked in the text').to.be.at.least(10);
          for (let width = 320; width <= 1440; width += 40) {
            host.style.width = `${width}px`;
            found.push(...problems(el, `${lang} ${name} ${width} px`));
          }
        }
        expect(found).to.deep.equal([]);
      });
    }
  });

  describe('month picker after a visitor\'s pick', () => {
    it('should keep the month select on the month shown when the arrows move away and back', async () => {
      const el = await make();
      const select = control<HTMLSelectElement>(el, en.month);
      await chooseWithKeys(el, select, '3');
      const [prev, next] = [...root(el).querySelectorAll<HTMLButtonElement>('button.step')];
      next!.click();
      await settle(el);
      expect(select.value).to.equal('4');
      prev!.click();
      await settle(el);
      expect(select.value, 'the select follows the month, not the first option').to.equal('3');
      expect(windowText(el)).to.include('March');
    });
  });
});

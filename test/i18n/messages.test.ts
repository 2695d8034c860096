/**
 * Input → code → message, in both locales: each message must describe the problem the input actually has
 * (a volume above 10^18 is "too large" and names the maximum, never "not a whole number"; a text over the
 * cap says it is too long and names the cap).
 */
import { expect } from '@open-wc/testing';
import { parseDecimalInput, parseVolume } from '../../src/i18n/parse.js';
import type { ParseResult } from '../../src/i18n/parse.js';
import { parseScenarioString } from '../../src/share/scenario-string.js';
import { pick, billingCalendarStrings, quotaPlannerStrings, refundEstimatorStrings, en, zhCN } from '../helpers/strings.js';

const code = (r: ParseResult): string => (r.ok ? `ok:${r.value}` : r.code);

describe('error messages say what is wrong', () => {
  // [what is typed, how it is read, the code, a pattern the English and the Chinese message must match]
  const volume = (t: string) => code(parseVolume(t));
  const percent = (t: string) => code(parseDecimalInput(t, { percent: true, maxPlaces: 4 }));
  const ROWS: [string, (t: string) => string, string, RegExp, RegExp][] = [
    ['10000000000000000001', volume, 'too-large', /more than 10\^18: too large/, /超过 10\^18.*过大/],
    ['1000000000000000000.5', volume, 'too-large', /10\^18/, /10\^18/],
    ['1.5万亿万', volume, 'not-a-number', /can’t read/, /无法识别/],
    ['10000000000.00000000001亿', volume, 'too-large', /10\^18/, /10\^18/],
    ['99999999999999999999999999999', volume, 'too-large', /10\^18/, /10\^18/],
    ['1.5', volume, 'not-whole', /whole number/, /整数/],
    ['-5', volume, 'negative', /negative/, /负/],
    ['1,2', volume, 'grouping', /separators/, /分隔符/],
    ['', volume, 'empty', /Enter a number/, /请输入/],
    ['abc', volume, 'not-a-number', /can’t read/, /无法识别/],
    ['1' + '0'.repeat(64), volume, 'too-long', /too long: at most 64 characters/, /过长.*64/],
    ['1' + ' '.repeat(100000) + 'z', volume, 'too-long', /too long: at most 64 characters/, /过长.*64/],
    ['0.12345', percent, 'too-precise', /decimal places/, /小数/],
    ['1000000000000000000.1', percent, 'too-large', /10\^18/, /10\^18/],
  ];
  for (const [input, read, expected, enPattern, zhPattern] of ROWS) {
    it(`should read ${JSON.stringify(input.slice(0, 30))} as ${expected} and say so in both locales`, () => {
      const got = read(input);
      expect(got).to.equal(expected);
      const key = got as keyof typeof en.errors;
      expect(en.errors[key]).to.match(enPattern);
      expect(zhCN.errors[key]).to.match(zhPattern);
    });
  }

  it('should name the maximum in every "too large" and the cap in every "too long" message', () => {
    const tables = [
      en.errors,
      zhCN.errors,
      ...(['en', 'zh-CN'] as const).flatMap((l) => [
        pick(quotaPlannerStrings, l).errors,
        pick(refundEstimatorStrings, l).errors,
        pick(billingCalendarStrings, l).errors,
      ]),
    ];
    for (const errors of tables) {
      expect(errors['too-large']).to.contain('10^18');
      expect(errors['too-long']).to.contain('64');
    }
  });

  describe('shared links', () => {
    const LINKS: [string, string, RegExp, RegExp][] = [
      ['v1;app:10000000000000000001/day', 'volume-too-large', /above the largest we price \(10\^18\)/, /超过.*10\^18/],
      ['v1;app:99999999999999999999/day', 'volume-too-large', /10\^18/, /10\^18/],
      ['v1;app:1.5/day', 'bad-volume', /cannot be read as a whole number/, /无法识别为整数/],
      ['v1;app:-5/day', 'bad-volume', /cannot be read/, /无法识别/],
      ['v1;app:1/day,foo:1', 'bad-option', /unknown or its value cannot be read/, /无法识别/],
      [`v1;app:1/day;${'x'.repeat(2000)}`, 'too-long', /more than 2,000 characters/, /超过 2000 个字符/],
    ];
    for (const [link, expected, enPattern, zhPattern] of LINKS) {
      it(`should read ${JSON.stringify(link.slice(0, 40))} as ${expected} and say so in both locales`, () => {
        const r = parseScenarioString(link);
        expect(r.ok ? 'ok' : r.code).to.equal(expected);
        const key = expected as keyof typeof en.share.linkReasons;
        expect(en.share.linkReasons[key]).to.match(enPattern);
        expect(zhCN.share.linkReasons[key]).to.match(zhPattern);
      });
    }
  });
});

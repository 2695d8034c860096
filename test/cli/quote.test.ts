/**
 * The command line `idv-pricing quote` (src/cli/quote.ts), driven through runCli with an io in memory. Each
 * format is checked against the real engine's quote() of the scenario written by hand as an engine Scenario,
 * passed through the real exporters; bad input of every kind exits 2 with one stderr line naming the problem.
 * bin/idv-pricing.js from the packed tarball is checked by test/frameworks/packed.test.ts.
 */
import { expect } from '@open-wc/testing';
import { runCli } from '../../src/cli/index.js';
import type { CliIo } from '../../src/cli/index.js';
import { DEFAULT_RULES, loadRules, quote } from '../../src/engine/index.js';
import type { Quote, Scenario } from '../../src/engine/index.js';
import { DEFAULT_RULES_DATA } from '../../src/rules/default-rules.js';
import { quoteToCsv, quoteToMarkdown, quoteToText } from '../../src/share/export.js';
import { readCsv } from '../helpers/csv.js';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: readonly string[];
}

/** Runs the command line with `files` as the only readable files (anything else: ENOENT, as Node says it). */
function run(argv: readonly string[], files: Readonly<Record<string, string>> = {}): Run {
  let out = '';
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => {
      if (!Object.prototype.hasOwnProperty.call(files, path)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return files[path]!;
    },
    out: (text) => {
      out += text;
    },
    err: (line) => {
      err.push(line);
    },
  };
  // Everything but `prerender` (test/cli/prerender.test.ts) returns its exit code as a number, not a promise.
  return { code: runCli(argv, io) as number, out, err };
}

/** A successful run's output. */
function ok(argv: readonly string[], files?: Readonly<Record<string, string>>): string {
  const r = run(argv, files);
  expect(r.err, `stderr of ${argv.join(' ')}`).to.deep.equal([]);
  expect(r.code, `exit code of ${argv.join(' ')}`).to.equal(0);
  return r.out;
}

/** A refused run: exit 2, nothing on stdout, one line on stderr, which is returned. */
function refused(argv: readonly string[], files?: Readonly<Record<string, string>>): string {
  const r = run(argv, files);
  expect(r.code, `exit code of ${JSON.stringify(argv)} (stderr: ${r.err.join(' | ')})`).to.equal(2);
  expect(r.out, 'nothing on stdout').to.equal('');
  expect(r.err, 'one line on stderr').to.have.length(1);
  expect(r.err[0], 'one line on stderr').not.to.match(/[\r\n]/);
  expect(r.err[0]).to.match(/^idv-pricing: /);
  return r.err[0]!;
}

const ONE = 'v1;app:10000/day';
const oneQuote = (): Quote => quote({ plan: 'app', volume: '10000', period: 'day' });
/** What a terminal shows: the exporter's text, ending with a line break. */
const printed = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);
/** The Quote as JSON carries it (no undefined properties). */
const asJson = (q: Quote): unknown => JSON.parse(JSON.stringify(q));

describe('idv-pricing quote (src/cli)', () => {
  describe('formats', () => {
    it('should print plain text by default, exactly the text export of the engine quote, in English', () => {
      const out = ok(['quote', ONE]);
      expect(out).to.equal(printed(quoteToText(oneQuote(), 'en')));
      expect(out).to.contain(DEFAULT_RULES.plans.app.name.en);
      expect(out).to.contain('Financial-grade ID Verification quote (pricing document 20210112)');
      expect(out.endsWith('\n')).to.equal(true);
      expect(ok(['quote', ONE, '--text'])).to.equal(out);
      expect(ok(['quote', '--text', ONE, '--lang', 'en'])).to.equal(out);
    });

    it('should print the Markdown export with --markdown', () => {
      const out = ok(['quote', ONE, '--markdown']);
      expect(out).to.equal(printed(quoteToMarkdown(oneQuote(), 'en')));
      expect(out).to.contain('| item | units | amount (CNY) |');
      expect(out).to.contain(`### ${DEFAULT_RULES.plans.app.name.en}`);
    });

    it('should print the CSV export with --csv: a header row, the plan, five cells a row, CRLF line ends', () => {
      const out = ok(['quote', ONE, '--csv']);
      const q = oneQuote();
      expect(out).to.equal(quoteToCsv(q, 'en'));
      const rows = readCsv(out);
      expect(rows[0]).to.deep.equal(['section', 'item', 'units', 'amount (CNY)', 'CNY']);
      expect(rows.every((row) => row.length === 5)).to.equal(true);
      expect(rows.some((row) => row[0]!.includes(DEFAULT_RULES.plans.app.name.en))).to.equal(true);
      expect(rows.at(-1)![4], 'the year with packs, at the fen').to.equal('2590000.00');
      expect(out.endsWith('\r\n')).to.equal(true);
    });

    it("should print the engine's Quote as JSON, indented by 2 spaces, with --json", () => {
      const out = ok(['quote', ONE, '--json']);
      const q = oneQuote();
      expect(out).to.equal(`${JSON.stringify(q, null, 2)}\n`);
      const parsed = JSON.parse(out) as Quote;
      expect(parsed).to.deep.equal(asJson(q));
      expect(parsed.totals).to.deep.equal(q.totals);
      expect(parsed.lines.map((l) => l.plan)).to.deep.equal(['app']);
      expect(out.startsWith('{\n  "schema": 1,\n')).to.equal(true);
    });

    it('should price every line, the options, first and alert as the engine does', () => {
      const text = 'v1;alipay-mini:333/day,pass:85;app:1.2万/month,photo:0.2,ret:60,peak:12;face-compare:2000000/month;first;alert:25';
      const scenario: Scenario = {
        lines: [
          { plan: 'alipay-mini', volume: '333', period: 'day', passRate: '85', peakHourShare: null },
          { plan: 'app', volume: '12000', period: 'month', photoSizeMB: '0.2', retentionDays: '60', peakHourShare: '12' },
          { plan: 'face-compare', volume: '2000000', period: 'month', peakHourShare: null },
        ],
        firstPurchase: true,
        alertThreshold: '25',
      };
      const q = quote(scenario);
      const parsed = JSON.parse(ok(['quote', text, '--json'])) as Quote;
      expect(parsed).to.deep.equal(asJson(q));
      expect(parsed.lines.map((l) => l.plan)).to.deep.equal(['alipay-mini', 'app', 'face-compare']);
      expect(parsed.lines[0]!.unitsBeforeRounding, '333 × 85 %').to.equal('283.05');
      expect(parsed.lines[1]!.input.photoSizeMB).to.equal('0.2');
      expect(parsed.firstPurchase).to.equal(true);
      expect(parsed.families[0]!.alert?.thresholdPercent).to.equal('25');
      expect(ok(['quote', text, '--csv'])).to.equal(quoteToCsv(q, 'en'));
    });

    it('should leave out an option the plan does not use, as the calculator does', () => {
      // app is billed per call; alipay-mini stores no photos.
      expect(ok(['quote', 'v1;app:10000/day,pass:50', '--json'])).to.equal(ok(['quote', ONE, '--json']));
      const mini = JSON.parse(ok(['quote', 'v1;alipay-mini:333/day,photo:5', '--json'])) as Quote;
      expect(mini).to.deep.equal(asJson(quote({ plan: 'alipay-mini', volume: '333', period: 'day' })));
      expect(mini.lines[0]!.storage).to.equal(null);
    });
  });

  describe('--lang', () => {
    it('should write Chinese with --lang zh-CN (and --lang=zh-CN), the export in that locale', () => {
      const q = oneQuote();
      const out = ok(['quote', ONE, '--lang', 'zh-CN']);
      expect(out).to.equal(printed(quoteToText(q, 'zh-CN')));
      expect(out).to.contain('金融级实人认证报价（定价文档 20210112）');
      expect(out).to.contain(DEFAULT_RULES.plans.app.name.zh);
      expect(out).not.to.contain(DEFAULT_RULES.plans.app.name.en);
      expect(ok(['quote', ONE, '--lang=zh-CN', '--csv'])).to.equal(quoteToCsv(q, 'zh-CN'));
      expect(ok(['quote', '--markdown', '--lang', 'zh-CN', ONE])).to.equal(printed(quoteToMarkdown(q, 'zh-CN')));
    });

    it('should print the same JSON in both languages', () => {
      expect(ok(['quote', ONE, '--json', '--lang', 'zh-CN'])).to.equal(ok(['quote', ONE, '--json']));
    });
  });

  describe('--rules', () => {
    // Twice the OSS price per GB-month: a valid change that moves the storage figures.
    const custom = { ...DEFAULT_RULES_DATA, version: 'cli-test', oss: { ...DEFAULT_RULES_DATA.oss, pricePerGBMonth: '0.24' } };
    const files = { 'rules.json': JSON.stringify(custom, null, 2) };

    it('should price with custom rules from a JSON file, as loadRules reads them', () => {
      const rules = loadRules(custom);
      const q = quote({ plan: 'app', volume: '10000', period: 'day' }, rules);
      const parsed = JSON.parse(ok(['quote', ONE, '--json', '--rules', 'rules.json'], files)) as Quote;
      expect(parsed).to.deep.equal(asJson(q));
      expect(parsed.rulesVersion).to.equal('cli-test');
      const before = oneQuote().lines[0]!.storage!.monthlyFee;
      expect(parsed.lines[0]!.storage!.monthlyFee, 'the storage price changed').to.not.equal(before);
      expect(parsed.lines[0]!.storage!.monthlyFee).to.equal(q.lines[0]!.storage!.monthlyFee);
      const text = ok(['quote', ONE, '--rules=rules.json'], files);
      expect(text).to.equal(printed(quoteToText(q, 'en', '', rules)));
      expect(text).to.contain('(pricing document cli-test)');
      expect(ok(['quote', ONE, '--csv', '--rules', 'rules.json'], files)).to.equal(quoteToCsv(q, 'en', rules));
    });

    it('should take the plan names from the custom rules', () => {
      const named = { ...DEFAULT_RULES_DATA, plans: { ...DEFAULT_RULES_DATA.plans, app: { ...DEFAULT_RULES_DATA.plans.app, name: { zh: '自定义', en: 'Custom app' } } } };
      const out = ok(['quote', ONE, '--rules', 'named.json'], { 'named.json': JSON.stringify(named) });
      expect(out).to.contain('Custom app: 10,000 verifications a day');
    });

    it('should accept a rules file that starts with a byte order mark', () => {
      const parsed = JSON.parse(ok(['quote', ONE, '--json', '--rules', 'bom.json'], { 'bom.json': `\uFEFF${files['rules.json']}` })) as Quote;
      expect(parsed.rulesVersion).to.equal('cli-test');
    });
  });

  describe('bad input: exit 2 and one stderr line that names the problem', () => {
    it('should refuse a malformed scenario, naming the part and what is wrong', () => {
      expect(refused(['quote', 'v1;app10000/day'])).to.contain('"app10000/day"').and.contain('unknown-part');
      expect(refused(['quote', 'app:10000/day'])).to.contain('no format version');
      expect(refused(['quote', 'v1;app:lots/day'])).to.contain('volume');
      expect(refused(['quote', 'v1;app:10000/week'])).to.contain('period');
      expect(refused(['quote', 'v9;app:10000/day'])).to.contain('newer version');
      expect(refused(['quote', 'v1;first'])).to.contain('names no plan');
      expect(refused(['quote', ''])).to.contain('empty');
      expect(refused(['quote', `v1;${'app:1/day;'.repeat(250)}`])).to.contain('too long');
    });

    it('should refuse an unknown plan, naming it', () => {
      const line = refused(['quote', 'v1;no-such-plan:100/day']);
      expect(line).to.contain('no-such-plan').and.contain('plan');
    });

    it('should refuse a scenario the engine refuses, with its field', () => {
      expect(refused(['quote', 'v1;alipay-mini:100/day,pass:150'])).to.contain('passRate').and.contain('out-of-range');
      expect(refused(['quote', 'v1;app:100/day,photo:5000'])).to.contain('photoSizeMB');
    });

    it('should refuse an unknown option or command, naming it', () => {
      expect(refused(['quote', ONE, '--xml'])).to.contain('--xml').and.contain('unknown option');
      expect(refused(['quote', ONE, '-x'])).to.contain('"-x"');
      expect(refused(['quote', ONE, '--json=yes'])).to.contain('--json');
      expect(refused(['price', ONE])).to.contain('"price"').and.contain('unknown command');
    });

    it('should refuse a missing command, scenario or value', () => {
      expect(refused([])).to.contain('missing command');
      expect(refused(['quote'])).to.contain('missing SCENARIO');
      expect(refused(['quote', '--json'])).to.contain('missing SCENARIO');
      expect(refused(['quote', ONE, '--lang'])).to.contain('--lang needs a value');
      expect(refused(['quote', ONE, '--lang', '--csv'])).to.contain('--lang needs a value');
      expect(refused(['quote', ONE, '--rules'])).to.contain('--rules needs a FILE');
      expect(refused(['quote', ONE, '--rules='])).to.contain('--rules needs a FILE');
    });

    it('should refuse an unknown language, two formats, an option given twice and a second scenario', () => {
      expect(refused(['quote', ONE, '--lang', 'fr'])).to.contain('"fr"').and.contain('--lang');
      expect(refused(['quote', ONE, '--json', '--csv'])).to.contain('--json').and.contain('--csv');
      expect(refused(['quote', ONE, '--lang', 'en', '--lang', 'zh-CN'])).to.contain('--lang was given twice');
      expect(refused(['quote', ONE, 'v1;h5:1/day'])).to.contain('"v1;h5:1/day"').and.contain('unexpected argument');
    });

    it('should refuse a rules file that cannot be read, is not JSON, or holds rules loadRules refuses', () => {
      expect(refused(['quote', ONE, '--rules', 'missing.json'])).to.contain('"missing.json"').and.contain('ENOENT');
      expect(refused(['quote', ONE, '--rules', 'bad.json'], { 'bad.json': '{ "version": ' })).to.contain('"bad.json"').and.contain('not JSON');
      const packs = DEFAULT_RULES_DATA.families.idv.packs.map((p) => (p.units === 100000 ? { ...p, price: '95000' } : p));
      const wrong = { ...DEFAULT_RULES_DATA, families: { ...DEFAULT_RULES_DATA.families, idv: { ...DEFAULT_RULES_DATA.families.idv, packs } } };
      const line = refused(['quote', ONE, '--rules', 'wrong.json'], { 'wrong.json': JSON.stringify(wrong) });
      expect(line).to.contain('families.idv.packs[2].price').and.contain('price-mismatch');
      expect(refused(['quote', ONE, '--rules', 'array.json'], { 'array.json': '[]' })).to.contain('not valid');
    });

    it('should keep control characters from the input out of the stderr line', () => {
      const line = refused(['quote', 'v1;app:1/day;\u001b[31mx\ny\u202e']);
      expect(line).not.to.match(/[\p{Cc}\u202e]/u);
    });
  });

  describe('--help', () => {
    it('should print help on stdout and exit 0 from --help, -h, help and quote --help, naming every flag and default', () => {
      const help = ok(['--help']);
      for (const argv of [['help'], ['-h'], ['quote', '--help'], ['quote', ONE, '--json', '--help']]) expect(ok(argv), argv.join(' ')).to.equal(help);
      for (const flag of ['quote SCENARIO', '--text', '--markdown', '--csv', '--json', '--lang', 'en', 'zh-CN', '--rules FILE', '--help', '-h']) {
        expect(help, flag).to.contain(flag);
      }
      expect(help).to.contain('the default is --text');
      expect(help).to.contain('en (the default)');
      for (const code of ['0  ', '1  ', '2  ']) expect(help, `exit code ${code}`).to.contain(`\n  ${code}`);
      for (const plan of Object.keys(DEFAULT_RULES.plans)) expect(help, plan).to.contain(plan);
    });
  });

  describe('internal errors', () => {
    it('should exit 1 with one stderr line when something unexpected throws', () => {
      const err: string[] = [];
      const io: CliIo = {
        readFile: () => '',
        out: () => {
          throw new TypeError('stdout is closed');
        },
        err: (line) => err.push(line),
      };
      expect(runCli(['quote', ONE], io)).to.equal(1);
      expect(err).to.have.length(1);
      expect(err[0]).to.contain('internal error').and.contain('stdout is closed');
    });
  });
});

/**
 * Today's date in the billing time zone (Beijing, UTC+8 in the bundled rules), `YYYY-MM-DD`. Only the UI reads
 * the clock, to prefill a date a visitor can change; the engine always takes "today" as a parameter.
 */
export function todayIn(offsetHours: number, now: number = Date.now()): string {
  return new Date(now + offsetHours * 3_600_000).toISOString().slice(0, 10);
}

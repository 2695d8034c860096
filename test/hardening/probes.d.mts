/** 20 KB of text with markup inside. */
export declare const LONG_TEXT: string;
/** 5,000 digits. */
export declare const LONG_DIGITS: string;
/** Text that would run, inject markup or styles, or break a naive renderer if it were not handled as text. */
export declare const PROBES: readonly string[];

/** Options over defaults, where an option given as undefined keeps the default (CLI and API pass unset flags so). */
export function withDefaults<T extends object>(defaults: T, options: Partial<T> = {}): T {
  const out = { ...defaults };
  for (const k of Object.keys(options) as Array<keyof T>)
    if (options[k] !== undefined) out[k] = options[k] as T[keyof T];
  return out;
}

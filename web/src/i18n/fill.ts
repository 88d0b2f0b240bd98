/**
 * Puts the values into a text: {n} is the value; {n|firm|firms} the value
 * with the word that agrees with it ("1 firm", "3 firms"; a value is one
 * when it reads 1, formatted or not).
 */
export function fill(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
    (_, k: string, one?: string, many?: string) => {
      const v = vars[k];
      if (v === undefined) return `{${k}}`;
      if (one === undefined) return String(v);
      return `${String(v)} ${String(v).replace(/,/g, '').trim() === '1' ? one : many}`;
    },
  );
}

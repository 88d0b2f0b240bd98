import loaderModule, { type Highs } from 'highs';

// The package's types describe its CommonJS build; Node's `import` loads its
// ES build, whose default export is the loader itself.
const highsLoader = loaderModule as unknown as typeof loaderModule.default;

let runtime: Promise<Highs> | undefined;

/** HiGHS's WebAssembly runtime, loaded once per process on first use (≈ 0.1 s). */
export function highsRuntime(): Promise<Highs> {
  runtime ??= highsLoader();
  return runtime;
}

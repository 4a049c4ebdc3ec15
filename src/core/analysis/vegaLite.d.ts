// vega-lite publishes its types behind package exports, which this project's module resolution
// ("node", for the CommonJS build) does not read: what the charts use of it, declared here.
declare module 'vega-lite' {
  export function compile(spec: Record<string, unknown>): { spec: import('vega').Spec };
}

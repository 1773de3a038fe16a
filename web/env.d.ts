/// <reference types="vite/client" />

declare module 'virtual:prevalidated-scenarios' {
  const scenarios: readonly import('./worker/prevalidated.js').PrevalidatedScenario[];
  export default scenarios;
}

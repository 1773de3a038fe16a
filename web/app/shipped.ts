// The scenarios shipped in scenarios/*.yaml, bundled as raw text so the static build works
// offline. A scenario's name is its file name without .yaml.
const files = import.meta.glob('../../scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface ScenarioSource {
  name: string;
  file: string;
  text: string;
  shipped: boolean;
}

export const DEFAULT_SCENARIO = 'versicherung';

export const SHIPPED: readonly ScenarioSource[] = Object.entries(files)
  .map(([path, text]) => {
    const file = path.slice(path.lastIndexOf('/') + 1);
    return { name: file.replace(/\.yaml$/, ''), file, text, shipped: true };
  })
  .sort((a, b) => (a.name === DEFAULT_SCENARIO ? -1 : b.name === DEFAULT_SCENARIO ? 1 : a.name.localeCompare(b.name)));

export function shippedByName(name: string | null): ScenarioSource | null {
  return SHIPPED.find((s) => s.name === name) ?? null;
}

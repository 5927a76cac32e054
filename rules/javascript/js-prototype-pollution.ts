// The same shapes with TypeScript annotations and modifiers.
type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null;

export function deepMerge<T extends Dict>(target: T, source: Dict): T {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (isDict(value) && isDict(target[key])) {
      deepMerge(target[key] as Dict, value);
    } else {
      // ruleid: js-prototype-pollution
      (target as Dict)[key] = value;
    }
  }
  return target;
}

export class ConfigStore {
  private data: Dict = {};

  private mergeInto(into: Dict, patch: Dict): Dict {
    for (const [name, value] of Object.entries(patch)) {
      if (isDict(value)) {
        // ok: js-prototype-pollution
        into[name] = into[name] ?? {};
        this.mergeInto(into[name] as Dict, value);
      } else {
        // ruleid: js-prototype-pollution
        into[name] = value;
      }
    }
    return into;
  }

  public set(path: string, value: unknown): void {
    const parts = path.split('.');
    let cur: Dict = this.data;
    for (const p of parts.slice(0, -1)) cur = (cur[p] ??= {}) as Dict;
    // ruleid: js-prototype-pollution
    cur[parts[parts.length - 1]] = value;
  }

  public setChecked(path: string, value: unknown): void {
    const parts = path.split('.');
    if (parts.includes('__proto__') || parts.includes('constructor') || parts.includes('prototype')) return;
    let cur: Dict = this.data;
    for (const p of parts.slice(0, -1)) cur = (cur[p] ??= {}) as Dict;
    // ok: js-prototype-pollution
    cur[parts[parts.length - 1]] = value;
  }

  apply(patch: Dict): Dict { return this.mergeInto(this.data, patch); }
}

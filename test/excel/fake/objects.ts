/**
 * Base of every fake API object: queued sets and calls, loads delivered at sync, properties that
 * throw until loaded, and a strict wrapper so that touching a member the fake does not model throws
 * (as calling an API the host lacks would fail) instead of silently returning undefined.
 */
import type { FakeContext } from './context';
import { fail, unsupported } from './errors';

/** Names JavaScript itself probes on any object (await, JSON, Jest). */
const probes = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'inspect', '_isMockFunction', 'constructor']);

export function strict<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (value !== undefined || typeof property === 'symbol' || property in object) return value;
      if (probes.has(property) || property.startsWith('@@')) return undefined;
      return unsupported(`le membre « ${property} » de ${(object as { kind?: string }).kind ?? 'cet objet'}`);
    },
    set(object, property, value, receiver) {
      if (typeof property === 'symbol' || property in object) return Reflect.set(object, property, value, receiver);
      return unsupported(`l'écriture de « ${String(property)} » sur ${(object as { kind?: string }).kind ?? 'cet objet'}`);
    },
  });
}

export abstract class FakeObject {
  abstract readonly kind: string;
  // Created on first use: the adapter makes many short-lived proxies.
  private loadedValues: Map<string, unknown> | undefined;
  private localValues: Map<string, unknown> | undefined;
  private childObjects: Map<string, unknown> | undefined;
  private get loaded(): Map<string, unknown> {
    return (this.loadedValues ??= new Map());
  }
  private get local(): Map<string, unknown> {
    return (this.localValues ??= new Map());
  }

  constructor(
    readonly ctx: FakeContext,
    readonly path: string,
  ) {}

  /** A navigation property returns the same object every time (so what was loaded on it stays). */
  protected child<T>(name: string, make: () => T): T {
    const children = (this.childObjects ??= new Map());
    if (!children.has(name)) children.set(name, make());
    return children.get(name) as T;
  }

  /** True when this object stands for nothing (an *OrNullObject that found nothing). */
  protected isNull(): boolean {
    return false;
  }

  /** The value of a loadable property, read from the state at sync time. */
  protected snapshot(property: string): unknown {
    return unsupported(`le chargement de « ${property} » sur ${this.kind}`);
  }

  /** A navigation property or collection items, for loads such as « protection/protected ». */
  protected navigate(property: string): FakeObject | FakeObject[] {
    return unsupported(`le chargement de « ${property}/… » sur ${this.kind}`);
  }

  protected read<T>(property: string): T {
    if (this.local.has(property)) return this.local.get(property) as T;
    if (!this.loaded.has(property)) {
      return fail(
        'PropertyNotLoaded',
        `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this.path}.${property}`,
      );
    }
    if (property !== 'isNullObject' && this.loaded.get('isNullObject') === true) {
      return fail('InvalidObjectPath', `« ${property} » : l'objet ${this.kind} est nul.`, this.path);
    }
    return this.loaded.get(property) as T;
  }

  protected write(property: string, value: unknown, apply: () => void, minVersion = '1.1'): void {
    this.local.set(property, value);
    this.ctx.enqueue({ path: this.path, name: property, args: [value], minVersion, apply });
  }

  protected call(name: string, args: unknown[], apply: () => void | Promise<void>, minVersion = '1.1'): void {
    this.ctx.enqueue({ path: this.path, name, args, minVersion, apply });
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  load(propertyNames: string | string[]): this {
    const paths = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(',')).map((p) => p.trim()).filter((p) => p !== '');
    if (paths.length === 0) unsupported('load() sans nom de propriété (charger tout est exclu : nommer les propriétés)');
    this.ctx.enqueue({ path: this.path, name: 'load', args: [paths], minVersion: '1.1', apply: () => this.applyLoad(paths) });
    return this;
  }

  /** At sync time: reads the state into staged values (delivered if the sync succeeds). */
  applyLoad(paths: readonly string[]): void {
    const isNull = this.isNull();
    this.ctx.stageLoad(isNull, () => this.loaded.set('isNullObject', isNull));
    if (isNull) return;
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head = '', ...rest] = path.split('/');
      if (rest.length === 0) {
        // isNullObject is set by Office.js from the answer to any load; it is not loaded by name.
        if (head === 'isNullObject') unsupported('load("isNullObject") (charger une autre propriété, puis lire isNullObject)');
        if (head === 'items') unsupported('load("items") sans propriété nommée');
        const value = this.snapshot(head);
        this.ctx.stageLoad(value, () => {
          this.loaded.set(head, value);
          this.local.delete(head);
        });
      } else {
        nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
      }
    }
    for (const [head, rest] of nested) {
      const target = this.navigate(head);
      if (Array.isArray(target)) {
        this.ctx.stageLoad(null, () => this.loaded.set(head, target));
        for (const item of target) item.applyLoad(rest);
      } else {
        target.applyLoad(rest);
      }
    }
  }
}

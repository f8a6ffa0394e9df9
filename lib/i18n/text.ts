import type { Text } from '../model';

type UntypedT = (key: string, ...args: unknown[]) => string;

/** Words of a Text, given a translate function (the typed i18n.t in the extension, a stand-in in tests). */
export function sayWith(t: unknown): (value: Text) => string {
  const translate = t as UntypedT;
  const say = (value: Text): string => {
    const params = (value.params ?? []).map((p) => (typeof p === 'object' ? say(p) : String(p)));
    return value.count === undefined ? translate(value.key, params) : translate(value.key, value.count, params);
  };
  return say;
}

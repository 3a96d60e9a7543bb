/** The named properties of an object, in the order named (a row's fields for a presenter, a table's columns for a selection). */
export const pick = <T, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> => Object.fromEntries(keys.map((k) => [k, from[k]])) as Pick<T, K>;

// The widget's standalone record types must be the schema's types exactly: a field added, removed, made optional or
// retyped on either side fails the type check (npm run typecheck), not only one that makes them incompatible.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as Schema from '../../data/schema/relations-record.ts';
import type * as Widget from '../../widget/src/record.ts';
import { alDk } from './fixtures/al-dk.ts';

/** A type with intersections flattened into one object, all the way down, so equal shapes compare as identical. */
type Flat<T> = T extends (...args: never[]) => unknown ? T : T extends object ? { [K in keyof T]: Flat<T[K]> } : T;

/**
 * True only when A and B are identical, as TypeScript's own check decides (optional and readonly modifiers, extra
 * optional fields and all). Mutual assignability would not do: `{ a: string }` and `{ a: string; b?: string }` are
 * assignable both ways.
 */
type Identical<A, B> = (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false;

/** Fails to compile unless `T` is `true`. */
const assert = <T extends true>(value: T) => value;

describe('the record types published with the npm package', () => {
  it('are exactly the schema’s, field by field', () => {
    expect(assert<Identical<Schema.RelationsRecord, Widget.RelationsRecord>>(true)).toBe(true);
    assert<Identical<Schema.RelationsRecord['events'], Widget.RelationsRecord['events']>>(true);
    assert<Identical<Schema.RelationsRecord['missions'], Widget.RelationsRecord['missions']>>(true);
    assert<Identical<Schema.RelationsRecord['memberships'], Widget.RelationsRecord['memberships']>>(true);
    assert<Identical<Schema.RelationsRecord['agreements'], Widget.RelationsRecord['agreements']>>(true);
    assert<Identical<Schema.RelationsRecord['visits'], Widget.RelationsRecord['visits']>>(true);
    assert<Identical<Schema.RelationsRecord['assistance'], Widget.RelationsRecord['assistance']>>(true);
    assert<Identical<Schema.RelationsRecord['diaspora'], Widget.RelationsRecord['diaspora']>>(true);
    assert<Identical<Schema.RelationsRecord['borders'], Widget.RelationsRecord['borders']>>(true);
    assert<Identical<Schema.RelationsRecord['sources'], Widget.RelationsRecord['sources']>>(true);
    assert<Identical<Schema.RelationsRecord['seeAlso'], Widget.RelationsRecord['seeAlso']>>(true);
    expectTypeOf(alDk).toExtend<Widget.RelationsRecord>();
  });

  it('tell a missing optional field from a present one (the check itself)', () => {
    assert<Identical<{ a: string }, { a: string }>>(true);
    // @ts-expect-error an optional field added on one side makes the types differ
    assert<Identical<{ a: string }, { a: string; b?: string }>>(true);
    // @ts-expect-error so does a field made optional
    assert<Identical<{ a: string }, { a?: string }>>(true);
    assert<Identical<{ a: string } & { b: number }, { a: string; b: number }>>(true);
  });
});

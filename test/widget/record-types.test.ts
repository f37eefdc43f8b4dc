// The widget's standalone record types must stay the schema's types, checked by the type checker and at run time.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as Schema from '../../data/schema/relations-record.ts';
import type * as Widget from '../../widget/src/record.ts';
import { alDk } from './fixtures/al-dk.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('the record types published with the npm package', () => {
  it('accept exactly what the schema accepts', () => {
    const same: Same<Schema.RelationsRecord, Widget.RelationsRecord> = true;
    expect(same).toBe(true);
    expectTypeOf(alDk).toExtend<Widget.RelationsRecord>();
  });
});

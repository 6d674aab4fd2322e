/**
 * The guided forms (explorer/src/guided-templates.ts) take their fields from curationModel: a
 * template names only the relationship type, the other end's kinds and which fields come first.
 * A property added to MEMBER_OF in the model appears in the RCP and IOM guided forms with no UI
 * change, and the coverage step follows what the model lets COVERS point at.
 */
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildCurationModel } from '../../src/curation/form-model.js';
import { KINDS, RELATIONSHIPS } from '../../src/model/model.js';
import { readTypeDefs } from '../../src/schema.js';
import { coveragePlan, GUIDED_TEMPLATES, guidedControls, kindOfId, otherKindsOf } from '../../explorer/src/guided-templates.js';

const schema = buildSchema(readTypeDefs());
const model = buildCurationModel({ kinds: KINDS, relationships: RELATIONSHIPS }, schema);
const template = (id: string) => GUIDED_TEMPLATES.find((t) => t.id === id)!;
const paths = (controls: { path: string }[]) => controls.map((c) => c.path);

describe('guided templates', () => {
  it('show the template fields first, in its order, then every other field of the type, all from curationModel', () => {
    const rcp = guidedControls(model, template('rcp-membership'), true);
    expect(paths(rcp.first)).toEqual(['membership.role', 'membership.since', 'membership.until', 'membership.roleAsWritten']);
    const memberOf = model.relationshipTypes.find((t) => t.type === 'MEMBER_OF')!;
    // Every MEMBER_OF field is in the form once, except the two the coverage step asks for.
    expect([...paths(rcp.first), ...paths(rcp.more)].sort()).toEqual(
      memberOf.fields
        .map((f) => f.inputPath)
        .filter((p) => p !== 'membership.listComplete' && p !== 'membership.asOf')
        .sort(),
    );
    const role = rcp.first[0]!;
    expect(role.kind).toBe('select');
    expect(role.options).toEqual(memberOf.fields.find((f) => f.name === 'role')!.enumValues);
    expect(role.options).toEqual(expect.arrayContaining(['MEMBER', 'OBSERVER', 'CHAIR', 'SECRETARIAT']));
    const ilo = guidedControls(model, template('ilo-ratification'));
    expect(paths(ilo.first)).toEqual(['ratification.action', 'ratification.date', 'ratification.datePrecision', 'ratification.asOf']);
    expect(paths(guidedControls(model, template('iom-membership')).first)).toContain('membership.basis');
  });

  it('a property added to MEMBER_OF in the model appears in the RCP and IOM guided forms with no UI change', () => {
    const changed = buildCurationModel(
      {
        kinds: KINDS,
        relationships: {
          ...RELATIONSHIPS,
          MEMBER_OF: { ...RELATIONSHIPS.MEMBER_OF!, fields: { ...RELATIONSHIPS.MEMBER_OF!.fields, delegationSize: { type: 'number' as const } } },
        },
      },
      schema,
    );
    for (const id of ['rcp-membership', 'iom-membership']) {
      const { first, more } = guidedControls(changed, template(id), id === 'rcp-membership');
      expect(paths(more), id).toContain('membership.delegationSize');
      expect(more.find((c) => c.path === 'membership.delegationSize')!.kind).toBe('number');
      expect(paths(first), id).not.toContain('membership.delegationSize');
      expect(paths(guidedControls(model, template(id)).more)).not.toContain('membership.delegationSize');
    }
  });

  it('offer the other-end kinds the model allows opposite a State', () => {
    expect(otherKindsOf(model, template('rcp-membership'))).toEqual(['RCP', 'FORUM']);
    expect(otherKindsOf(model, template('ilo-ratification'))).toEqual(['INSTRUMENT']);
    expect(otherKindsOf(model, template('iom-membership'))).toEqual(['ORGANIZATION']);
    expect(kindOfId(model, 'org:iom')).toBe('ORGANIZATION');
    expect(kindOfId(model, 'rcp:bali-process')).toBe('RCP');
    expect(kindOfId(model, 'nothing')).toBeNull();
  });

  it("the coverage step writes COVERS where the model lets it point, else the membership edge's own listComplete and asOf", () => {
    const toInstrument = coveragePlan(model, template('ilo-ratification'), 'INSTRUMENT');
    expect(toInstrument.mode).toBe('covers');
    expect(paths(toInstrument.controls)).toEqual(expect.arrayContaining(['coverage.complete', 'coverage.participants', 'coverage.asOf', 'coverage.note']));
    expect(coveragePlan(model, template('iom-membership'), 'ORGANIZATION').mode).toBe('covers');
    expect(coveragePlan(model, template('rcp-membership'), 'FORUM').mode).toBe('covers');
    const toRcp = coveragePlan(model, template('rcp-membership'), 'RCP');
    expect(toRcp.mode).toBe('edge');
    expect(paths(toRcp.controls)).toEqual(['membership.listComplete', 'membership.asOf']);
    // Were COVERS allowed to point at an RCP, the step would write it: the model decides.
    const widened = buildCurationModel(
      { kinds: KINDS, relationships: { ...RELATIONSHIPS, COVERS: { ...RELATIONSHIPS.COVERS!, to: [...RELATIONSHIPS.COVERS!.to, 'rcp'] } } },
      schema,
    );
    expect(coveragePlan(widened, template('rcp-membership'), 'RCP').mode).toBe('covers');
  });
});

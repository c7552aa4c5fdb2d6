import {
  RELATION_CONSUMES_DPI,
  RELATION_COORDINATED_BY,
  applicationsRelatedTo,
} from './relations';

describe('applicationsRelatedTo', () => {
  it('filters SPBE applications on one forward relation', () => {
    expect(
      applicationsRelatedTo(
        RELATION_COORDINATED_BY,
        'group:default/kemenko-pmk',
      ),
    ).toEqual({
      kind: 'component',
      'spec.type': 'aplikasi',
      'relations.coordinatedBy': 'group:default/kemenko-pmk',
    });
    expect(
      applicationsRelatedTo(RELATION_CONSUMES_DPI, 'resource:default/dpi-ikd'),
    ).toMatchObject({ 'relations.consumesDpi': 'resource:default/dpi-ikd' });
  });
});

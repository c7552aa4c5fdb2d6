import { entityPath, refName, techDocsPath } from './entityRefs';

describe('entity refs', () => {
  it.each([
    ['component:default/srikandi', '/catalog/default/component/srikandi'],
    ['group:kemenkes', '/catalog/default/group/kemenkes'],
    ['Component:other/a b', '/catalog/other/component/a%20b'],
  ])('entityPath(%s) is %s', (ref, path) => {
    expect(entityPath(ref)).toBe(path);
  });

  it('builds TechDocs paths', () => {
    expect(techDocsPath('component:default/srikandi')).toBe(
      '/docs/default/component/srikandi',
    );
  });

  it.each([
    ['group:default/kemenkes', 'kemenkes'],
    [null, ''],
    ['not a ref:', 'not a ref:'],
  ])('refName(%s) is %s', (ref, name) => {
    expect(refName(ref)).toBe(name);
  });
});

import { lifecycleOf } from './rowMappings';

describe('lifecycleOf', () => {
  it.each([
    ['aktif', 'production'],
    ['Pengembangan', 'experimental'],
    ['nonaktif', 'deprecated'],
    [undefined, 'production'],
    ['', 'production'],
    ['rusak', 'production'],
  ])('maps status %p to %p', (status, lifecycle) => {
    expect(lifecycleOf(status)).toBe(lifecycle);
  });
});

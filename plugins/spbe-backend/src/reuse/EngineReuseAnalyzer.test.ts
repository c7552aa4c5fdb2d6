import { EngineReuseAnalyzer } from './EngineReuseAnalyzer';

describe('EngineReuseAnalyzer.inferDpi', () => {
  const analyzer = new EngineReuseAnalyzer();
  const query = { name: 'Retribusi Pasar', description: 'Pedagang membayar retribusi dengan kode billing', functions: [], referenceCodes: [] };

  it('adds the blocks a proposal declares to those its text implies, once each', () => {
    const blocks = analyzer.inferDpi({ ...query, dpiBlocks: ['dpi-pembayaran', 'DPI Identitas Digital'] });
    expect(blocks.map(b => b.block)).toEqual(['pembayaran', 'identitas-digital']);
    expect(blocks[0].reason).toMatch(/implied by: .*kode billing/);
    expect(blocks[1].reason).toBe('declared by the proposal');
  });
});

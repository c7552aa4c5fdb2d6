import { detectDelimiter } from './delimiter';

describe('detectDelimiter', () => {
  it.each([
    ['id,nama,deskripsi\n1,A,B', ','],
    ['id;nama;deskripsi\n1;A;"B, C"', ';'],
    ['\uFEFFid;nama;"desk, ripsi"\n', ';'],
    ['"a,b";nama;x\n', ';'],
    ['id\tnama\tdeskripsi\n', '\t'],
    ['\n\nid;nama\n', ';'],
    ['id\n1', ','],
  ])('%j -> %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

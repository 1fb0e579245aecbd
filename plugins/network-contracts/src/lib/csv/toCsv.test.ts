import { toCsv } from './toCsv';

describe('toCsv', () => {
  it('quotes cells with commas, quotes and line breaks', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          [1, undefined],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n1,');
  });
});

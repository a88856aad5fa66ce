import { amountInWords, formatAmount } from './amount-in-words';

describe(amountInWords.name, () => {
  it.each([
    [150_000, 'Một trăm năm mươi nghìn đồng'],
    [1_250_000, 'Một triệu hai trăm năm mươi nghìn đồng'],
    [105, 'Một trăm lẻ năm đồng'],
    [1_010_000, 'Một triệu không trăm mười nghìn đồng'],
    [0, 'Không đồng'],
  ])('should write %i as "%s"', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it('should refuse an amount that is not whole đồng', () => {
    expect(() => amountInWords(1.5)).toThrow(expect.objectContaining({ code: 'DOCUMENT_INVALID_AMOUNT' }));
  });
});

describe(formatAmount.name, () => {
  it('should group thousands with dots', () => {
    expect(formatAmount(1_250_000)).toBe('1.250.000 đồng');
  });
});

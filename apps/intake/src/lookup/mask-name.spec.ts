import { maskName } from './mask-name';

describe('maskName', () => {
  it('should keep only the first letter of each word when a Vietnamese name has diacritics', () => {
    expect(maskName('Nguyễn Văn Ánh')).toBe('N***** V** Á**');
  });

  it('should collapse extra spaces when the name was typed carelessly', () => {
    expect(maskName('  Lê   Thị Hồng ')).toBe('L* T** H***');
  });
});

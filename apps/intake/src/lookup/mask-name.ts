/** Keeps the first letter of each word of a name: `Nguyễn Văn An` → `N***** V** A*`. */
export function maskName(fullName: string): string {
  return fullName
    .trim()
    .split(/\s+/)
    .map((word) => {
      const letters = [...word];
      return letters[0] + '*'.repeat(letters.length - 1);
    })
    .join(' ');
}

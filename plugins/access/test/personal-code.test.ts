import { generatePersonalCode, isValidPersonalCode, normalizePersonalCode, personalCodeCheckDigit, personalCodeProblem } from '../src';

describe('personal code validation', () => {
  it.each([
    ['32000000000', null, 'new format without date or check digit'],
    ['39999999999', null, 'new format, upper end of the prefix range'],
    [generatePersonalCode(new Date(Date.UTC(2010, 6, 15)), 123), null, 'generated 2000s code'],
    [generatePersonalCode(new Date(Date.UTC(1985, 11, 31)), 7), null, 'generated 1900s code'],
    [generatePersonalCode(new Date(Date.UTC(1899, 0, 1)), 1), null, 'generated 1800s code'],
    [generatePersonalCode(new Date(Date.UTC(2000, 1, 29)), 5), null, 'leap day 2000'],
    ['1234567890', 'format', 'ten digits'],
    ['123456789012', 'format', 'twelve digits'],
    ['12345a78901', 'format', 'a letter'],
    ['', 'format', 'empty'],
    ['31020012345', 'date', '31 February'],
    ['29020112345', 'date', '29 February 2001, not a leap year'],
    ['00010012345', 'date', 'day zero'],
    ['01130012345', 'date', 'month 13'],
    ['01010032345', 'date', 'century digit 3'],
  ])('%s is %s (%s)', (code, problem) => {
    expect(personalCodeProblem(code)).toBe(problem);
  });

  it('rejects a wrong check digit', () => {
    const valid = generatePersonalCode(new Date(Date.UTC(2011, 3, 9)), 456);
    const wrong = `${valid.slice(0, 10)}${(Number(valid[10]) + 1) % 10}`;
    expect(isValidPersonalCode(valid)).toBe(true);
    expect(personalCodeProblem(wrong)).toBe('check_digit');
  });

  it('rejects codes whose check digit would be 10', () => {
    let found = 0;
    for (let serial = 0; serial < 1000 && found < 3; serial += 1) {
      const firstTen = `150710${2}${String(serial).padStart(3, '0')}`;
      if (personalCodeCheckDigit(firstTen) === null) {
        found += 1;
        for (let digit = 0; digit <= 9; digit += 1) {
          expect(personalCodeProblem(`${firstTen}${digit}`)).toBe('check_digit');
        }
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('computes the published check digit formula', () => {
    // 1101 - (1*1 + 6*2 + 3*0 + 7*1 + 9*9 + 10*0 + 5*1 + 8*2 + 4*3 + 2*4) = 959; 959 mod 11 = 2.
    expect(personalCodeCheckDigit('1201901234')).toBe(2);
    expect(isValidPersonalCode('12019012342')).toBe(true);
  });

  it('removes the hyphen people type', () => {
    expect(normalizePersonalCode('120190-12342')).toBe('12019012342');
  });
});

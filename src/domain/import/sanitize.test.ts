import { expect, test } from 'vitest';
import { sanitizeProperties, type SanitizeReport } from './sanitize';

test('dangerous keys are renamed into a null-prototype object and nothing is polluted', () => {
  const input = JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"a":1}');
  const report: SanitizeReport = { renamed: [], truncated: false };
  const out = sanitizeProperties(input, report);
  expect(Object.getPrototypeOf(out)).toBeNull();
  expect(Object.keys(out)).toEqual(['__proto___', 'constructor_', 'a']);
  expect(report.renamed).toEqual(['__proto__', 'constructor']);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  // Copying the result the careless way is safe too: no key can reach a prototype setter.
  expect(Object.getPrototypeOf(Object.assign({}, out))).toBe(Object.prototype);
});

test('values become plain text, numbers or booleans; long text is cut; markup is left as text', () => {
  const out = sanitizeProperties({
    n: Infinity,
    d: new Date('2024-05-06T00:00:00Z'),
    nested: { a: [1, 2] },
    html: '<img src=x onerror=alert(1)>',
    long: 'x'.repeat(5000),
    nfd: 'Ha\u0300 No\u0302\u0323i',
  });
  expect(out.n).toBeNull();
  expect(out.d).toBe('2024-05-06');
  expect(out.nested).toBe('{"a":[1,2]}');
  expect(out.html).toBe('<img src=x onerror=alert(1)>');
  expect(String(out.long).length).toBe(2001);
  expect(out.nfd).toBe('Hà Nội');
});

test('non-objects give an empty property object', () => {
  expect(Object.keys(sanitizeProperties(null))).toEqual([]);
  expect(Object.keys(sanitizeProperties([1, 2]))).toEqual([]);
});

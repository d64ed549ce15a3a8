/** Short display names for labels and lists: "Khu công nghiệp Thăng Long" → "KCN Thăng Long". */
const SHORT_FORMS: readonly [RegExp, string][] = [
  [/^Khu công nghiệp hỗ trợ /i, 'KCN hỗ trợ '],
  [/^Khu công nghiệp /i, 'KCN '],
  [/^Cụm công nghiệp /i, 'CCN '],
  [/^Khu công nghệ cao /i, 'Khu CNC '],
  [/^Khu công nghệ thông tin tập trung /i, 'Khu CNTT tập trung '],
  [/ Industrial Park\b/, ' IP'],
  [/ Industrial Cluster\b/, ' IC'],
];

export function shortName(name: string): string {
  for (const [pattern, replacement] of SHORT_FORMS)
    if (pattern.test(name)) return name.replace(pattern, replacement);
  return name;
}

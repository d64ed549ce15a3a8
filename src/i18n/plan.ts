/** Strings of the plan-against-actual view: targets, progress, what the data can see, and how each row is counted. */
import type { Lang } from '../domain/lang';
import type { Table } from './table';

const planVi = {
  'plan.title': 'Kế hoạch và thực tế',
  'plan.intro':
    'Chỉ tiêu của thành phố về khu, cụm công nghiệp, đặt cạnh những gì dữ liệu bản đồ cho thấy. Bản đồ chỉ có các khu được nguồn nêu tên, nên con số thấp hơn kế hoạch có thể một phần do thiếu dữ liệu: mỗi dòng nói dữ liệu thấy được bao nhiêu.',
  'plan.year': 'đến năm {year}',
  'plan.period': '{from}–{to}',
  'plan.noYear': 'không ghi năm',
  'plan.planned': 'Kế hoạch',
  'plan.value.count': '{n} {noun}',
  'plan.value.range': 'từ {min} đến {max} {noun}',
  'plan.value.above': 'trên {n} {noun}',
  'plan.value.atLeast': 'ít nhất {n} {noun}',
  'plan.noun.parks': 'khu công nghiệp',
  'plan.noun.clusters': 'cụm công nghiệp',
  'plan.noun.zones': 'khu',
  'plan.noun.hitech': 'khu công nghệ cao',
  'plan.noun.ha': 'ha',
  'plan.progress': '{value} trên {goal} ({pct} %)',
  'plan.progressLabel': 'Tiến độ: {value} trên {goal}',
  'plan.seen': 'Dữ liệu thấy được: {count} trên {of} mục của kế hoạch',
  'plan.areaUnknown': '{count} khu chưa rõ diện tích, không được tính là 0.',
  'plan.segment.unknown': 'có, chưa rõ tình trạng',
  'plan.notMeasurable': 'Dữ liệu bản đồ không trả lời được chỉ tiêu này.',
  'plan.other': 'Các chỉ tiêu khác của chương trình',
  'plan.otherIntro': 'Bản đồ không đo được các chỉ tiêu này; chúng được ghi kèm nguồn để tiện đối chiếu.',
  'plan.zoneTargets': 'Mục tiêu từng khu',
  'plan.zoneWanted': 'Cần đạt: {status}',
  'plan.zoneNow': 'Hiện nay: {status}',
  'plan.zoneMissing': 'Khu này không có trong dữ liệu',
  'plan.met': 'đã đạt',
  'plan.notMet': 'chưa đạt',
  'plan.loading': 'Đang tải chỉ tiêu…',
  'plan.sourcesDiffer': 'Các nguồn khác nhau',
  'plan.counts.kcn-count': 'khu đã thành lập trở lên',
  'plan.counts.kcn-area': 'ha của các khu đã thành lập trở lên',
  'plan.counts.kcn-new': 'khu mới thành lập trong giai đoạn',
  'plan.counts.ccn-planned-count': 'cụm có trong dữ liệu',
  'plan.counts.ccn-planned-area': 'ha đã biết của các cụm',
  'plan.counts.ccn-to-build': 'cụm khởi công từ năm 2021',
  'plan.counts.ccn-new': 'cụm thành lập từ năm 2021',
  'plan.counts.plan-1668-zone-count': 'khu có trong dữ liệu',
  'plan.counts.plan-1668-hitech-count': 'khu công nghệ cao có trong dữ liệu',
  'plan.counts.plan-1668-kcn-count': 'khu công nghiệp có trong dữ liệu',
  'plan.method.kcn-count':
    'Đếm các khu công nghiệp trong danh sách 24 khu của thành phố mà bản đồ có. Các giai đoạn và phần mở rộng của một khu được tính là một khu (Hỗ trợ Nam Hà Nội giai đoạn I và II; Phú Nghĩa và Phú Nghĩa II; Phụng Hiệp và phần mở rộng), theo tình trạng xa nhất của khu. Thanh tiến độ là các khu đã thành lập, đang xây dựng hoặc đang hoạt động.',
  'plan.method.kcn-area':
    'Cộng diện tích chính thức mới nhất của các khu trong danh sách 24 khu; mỗi giai đoạn có diện tích riêng nên được cộng riêng. Thanh tiến độ là diện tích của các khu đã thành lập trở lên.',
  'plan.method.kcn-new':
    'Đếm các khu trong danh sách 24 khu có nguồn cho thấy được thành lập hoặc khởi công trong giai đoạn, và không có nguồn nào cho thấy đã thành lập trước đó. Một khu chỉ được biết là đang hoạt động thì không được coi là mới.',
  'plan.method.ccn-planned-count':
    'Đếm mọi cụm công nghiệp mà bản đồ có, trừ cụm không còn hoạt động và cụm có thể trùng với cụm khác. Cụm chỉ biết qua cổng thông tin hoặc OpenStreetMap, chưa rõ tình trạng, vẫn được tính là đang có. Danh sách đủ 159 cụm của quy hoạch chưa được công bố ở nguồn nào đọc được.',
  'plan.method.ccn-planned-area':
    'Cộng diện tích chính thức mới nhất của các cụm đó. Diện tích vẽ trên OpenStreetMap không được dùng thay diện tích chính thức.',
  'plan.method.ccn-to-build':
    'Đếm các cụm có nguồn cho thấy bắt đầu xây dựng từ năm 2021 đến năm mục tiêu. Cụm đã hoạt động hoặc đã xây dựng trước năm 2021 không thuộc số cụm còn phải xây.',
  'plan.method.ccn-new':
    'Đếm các cụm có nguồn cho thấy được thành lập hoặc khởi công trong giai đoạn, và không có nguồn nào cho thấy đã thành lập trước đó.',
  'plan.method.plan-1668-zone-count':
    'Cộng các khu công nghiệp của danh sách 24 khu (mỗi khu một lần) với các khu công nghệ cao dưới đây.',
  'plan.method.plan-1668-hitech-count':
    'Đếm các khu công nghệ cao (Trung tâm Đổi mới sáng tạo Quốc gia nằm trong Khu công nghệ cao Hòa Lạc nên không tính thêm) và Công viên phần mềm Hà Nội, mà nguồn nói là một trong 4 khu, dù đang đình trệ.',
  'plan.method.plan-1668-kcn-count':
    'Đếm các khu công nghiệp của danh sách 24 khu mà bản đồ có, mỗi khu một lần.',
} as const;

const planEn: Table<typeof planVi> = {
  'plan.title': 'Plan against actual',
  'plan.intro':
    'The city’s targets for industrial parks and clusters, next to what the map’s data shows. The map holds only the zones that sources name, so a figure below the plan may partly be a gap in the data: each row says how much of the plan the data can see.',
  'plan.year': 'by {year}',
  'plan.period': '{from}–{to}',
  'plan.noYear': 'no year given',
  'plan.planned': 'Plan',
  'plan.value.count': '{n} {noun}',
  'plan.value.range': '{min} to {max} {noun}',
  'plan.value.above': 'more than {n} {noun}',
  'plan.value.atLeast': 'at least {n} {noun}',
  'plan.noun.parks': 'industrial parks',
  'plan.noun.clusters': 'industrial clusters',
  'plan.noun.zones': 'zones',
  'plan.noun.hitech': 'high-tech zones',
  'plan.noun.ha': 'ha',
  'plan.progress': '{value} of {goal} ({pct} %)',
  'plan.progressLabel': 'Progress: {value} of {goal}',
  'plan.seen': 'The data can see {count} of the plan’s {of} items',
  'plan.areaUnknown': '{count} {count|zone|zones} of unknown area, not counted as 0.',
  'plan.segment.unknown': 'exists, status unknown',
  'plan.notMeasurable': 'The map’s data cannot answer this target.',
  'plan.other': 'The programme’s other targets',
  'plan.otherIntro': 'The map cannot measure these; they are listed with their sources for reference.',
  'plan.zoneTargets': 'Targets for single zones',
  'plan.zoneWanted': 'Wanted: {status}',
  'plan.zoneNow': 'Now: {status}',
  'plan.zoneMissing': 'This zone is not in the data',
  'plan.met': 'met',
  'plan.notMet': 'not met',
  'plan.loading': 'Loading the targets…',
  'plan.sourcesDiffer': 'Sources differ',
  'plan.counts.kcn-count': 'parks established or further',
  'plan.counts.kcn-area': 'ha of parks established or further',
  'plan.counts.kcn-new': 'parks newly established in the period',
  'plan.counts.ccn-planned-count': 'clusters in the data',
  'plan.counts.ccn-planned-area': 'known ha of the clusters',
  'plan.counts.ccn-to-build': 'clusters whose construction began in 2021 or later',
  'plan.counts.ccn-new': 'clusters established in 2021 or later',
  'plan.counts.plan-1668-zone-count': 'zones in the data',
  'plan.counts.plan-1668-hitech-count': 'high-tech zones in the data',
  'plan.counts.plan-1668-kcn-count': 'industrial parks in the data',
  'plan.method.kcn-count':
    'Counts the parks of the city’s 24-park list that the map holds. The phases and expansion of one park count as one park (the southern Hanoi supporting-industry park, phases I and II; Phú Nghĩa and Phú Nghĩa II; Phụng Hiệp and its expansion), at the furthest status any of them has reached. The bar is the parks established, under construction or operating.',
  'plan.method.kcn-area':
    'Adds up the newest official area of the parks on the 24-park list; each phase has its own area, so each is added. The bar is the area of the parks established or further.',
  'plan.method.kcn-new':
    'Counts the parks of the 24-park list that a source shows being established or started within the period, and that no source shows established before it. A park known only to be operating is not taken as new.',
  'plan.method.ccn-planned-count':
    'Counts every industrial cluster the map holds, except those no longer in use and those that may duplicate another. Clusters known only from the portal or from OpenStreetMap, whose status is unknown, still count as existing. No readable source publishes the plan’s full list of 159 clusters.',
  'plan.method.ccn-planned-area':
    'Adds up the newest official area of those clusters. An area drawn in OpenStreetMap is never used in place of the official one.',
  'plan.method.ccn-to-build':
    'Counts the clusters a source shows beginning construction from 2021 to the target year. A cluster operating or being built before 2021 is not one of those still to build.',
  'plan.method.ccn-new':
    'Counts the clusters a source shows being established or started within the period, and that no source shows established before it.',
  'plan.method.plan-1668-zone-count':
    'Adds the parks of the 24-park list (one each) to the high-tech zones below.',
  'plan.method.plan-1668-hitech-count':
    'Counts the high-tech zones (the National Innovation Center lies inside Hòa Lạc Hi-Tech Park, so it is not one more) and the Hanoi software park, which a source names as one of the 4, even while it is stalled.',
  'plan.method.plan-1668-kcn-count': 'Counts the parks of the 24-park list that the map holds, one each.',
};

export const plan = { vi: planVi, en: planEn } satisfies Record<Lang, Table<typeof planVi>>;

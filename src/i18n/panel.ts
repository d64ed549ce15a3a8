/** Strings of the side panel's layout and of the tools beside the map: width, order, fit checks, chart legend, year control. */
import type { Lang } from '../domain/lang';
import type { Table } from './table';

const panelVi = {
  'panel.resize': 'Độ rộng bảng thông tin',
  'panel.resizeHint': 'Kéo, hoặc dùng phím mũi tên, để đổi độ rộng',
  'shortlist.dropped': 'Đã bỏ {count} khu đã ghim không đọc được; các khu ghim khác vẫn giữ nguyên.',
  'shortlist.unknown': 'Đã bỏ ghim {count} khu không còn trong dữ liệu; các khu ghim khác vẫn giữ nguyên.',
  'sort.label': 'Sắp xếp',
  'sort.name': 'Tên (A–Z)',
  'sort.area-desc': 'Diện tích (lớn trước)',
  'sort.area-asc': 'Diện tích (nhỏ trước)',
  'sort.status': 'Tình trạng (đang hoạt động trước)',
  'sort.areaUnknownLast': '{count} khu chưa rõ diện tích được xếp cuối.',
  'legend.fitRing': 'Vòng xanh: khu đạt mọi yêu cầu tìm khu ({count})',
  'chart.future': 'Sau năm {year}: chỉ những khu mà quy hoạch ghi năm',
  'timeline.button': 'Năm: {year}',
  'timeline.today': 'hôm nay',
  'timeline.close': 'Đóng',
  'timeline.how': 'Cách tính',
  'timeline.future':
    '{year} là năm tương lai: bản đồ chỉ vẽ {count} khu mà quy hoạch ghi năm đến {year}, với tình trạng quy hoạch đặt ra.',
  'timeline.noPlans':
    'Dữ liệu không có quy hoạch nào ghi năm cho {year}, nên bản đồ không vẽ khu nào cho năm này thay vì lặp lại hiện trạng.',
  'timeline.currentFuture': 'Các khu theo quy hoạch có ghi năm đến {year}',
  'fit.check.area': 'Diện tích',
  'fit.check.sectors': 'Ngành',
  'fit.check.airport': 'Cách sân bay Nội Bài',
  'fit.check.status': 'Tình trạng',
  'fit.check.district': 'Quận, huyện cũ',
  'fit.check.land': 'Lấp đầy của riêng khu',
  'fit.check.pass': 'Đạt',
  'fit.check.fails': 'Không đạt',
  'fit.check.unknown': 'Chưa rõ',
  'fit.check.line': '{criterion}: {value}',
  'fit.check.unknownValue': 'chưa rõ',
  'fit.checks': 'Từng tiêu chí của {name}',
  'fit.failCount': 'Không đạt {count} tiêu chí',
} as const;

const panelEn: Table<typeof panelVi> = {
  'panel.resize': 'Width of the information panel',
  'panel.resizeHint': 'Drag, or use the arrow keys, to change the width',
  'shortlist.dropped': 'Unreadable pinned zones dropped: {count}. The other pins are kept.',
  'shortlist.unknown': 'Pinned zones no longer in the data, unpinned: {count}. The other pins are kept.',
  'sort.label': 'Sort',
  'sort.name': 'Name (A–Z)',
  'sort.area-desc': 'Area (largest first)',
  'sort.area-asc': 'Area (smallest first)',
  'sort.status': 'Status (operating first)',
  'sort.areaUnknownLast': '{count} zones of unknown area are listed last.',
  'legend.fitRing': 'Green ring: meets every fit-finder criterion ({count})',
  'chart.future': 'After {year}: only zones a plan dates',
  'timeline.button': 'Year: {year}',
  'timeline.today': 'today',
  'timeline.close': 'Close',
  'timeline.how': 'How it works',
  'timeline.future':
    '{year} is in the future: the map shows only the {count} zones a plan dates to {year} or earlier, with the status the plan sets.',
  'timeline.noPlans':
    'The data holds no plan dated to {year}, so the map shows no zones for that year rather than repeating today’s.',
  'timeline.currentFuture': 'Zones as plans date them up to {year}',
  'fit.check.area': 'Area',
  'fit.check.sectors': 'Sectors',
  'fit.check.airport': 'Distance to Nội Bài airport',
  'fit.check.status': 'Status',
  'fit.check.district': 'Former district',
  'fit.check.land': 'Occupancy of the zone itself',
  'fit.check.pass': 'Passes',
  'fit.check.fails': 'Fails',
  'fit.check.unknown': 'Unknown',
  'fit.check.line': '{criterion}: {value}',
  'fit.check.unknownValue': 'unknown',
  'fit.checks': 'Each criterion for {name}',
  'fit.failCount': 'Fails {count} of the criteria',
} as const;

export const panel = { vi: panelVi, en: panelEn } satisfies Record<Lang, Table<typeof panelVi>>;

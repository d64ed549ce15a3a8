/** Strings of the side panel's layout and of the tools beside the map: width, order, fit checks, chart legend, year control. */
import { bilingual } from './messages';

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
} as const;

const panelEn: Record<keyof typeof panelVi, string> = {
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
} as const;

export const panelMessages = bilingual(panelVi, panelEn);

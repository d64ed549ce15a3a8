/** Strings of the market view: rents, occupancy, free land and lease terms, city-wide and per zone. */
import type { Lang } from '../domain/lang';
import type { Table } from './table';

const marketVi = {
  'panel.market': 'Thị trường',
  'market.title': 'Thị trường khu công nghiệp',
  'market.intro':
    'Giá thuê, tỷ lệ lấp đầy, đất còn trống và thời hạn, theo từng nguồn. Mỗi công ty tư vấn tính trên một nhóm khu và một cách tính thời hạn thuê riêng, nên các con số chỉ được đặt cạnh nhau, không bao giờ được cộng hay lấy trung bình.',
  'market.open': 'Xem giá thuê và tình hình thị trường',
  'market.city': 'Hà Nội',
  'market.cityOccupancy':
    'Các khu công nghiệp đang hoạt động của Hà Nội gần như đã kín đất: tỷ lệ lấp đầy {value} {unit}, {date}.',
  'market.newSupply':
    'Nguồn cung mới đang trong kế hoạch: {count} khu công nghiệp của danh sách 24 khu đã được phê duyệt hoặc đang quy hoạch nhưng chưa hoạt động ({ha} ha đã biết diện tích).',
  'market.cityWideNote': 'Đây là số liệu chung của thành phố, không phải của riêng từng khu.',
  'market.rentChart': 'Giá thuê đất công nghiệp ở Hà Nội theo nguồn và năm',
  'market.rentChartDesc':
    'USD mỗi m², cho một chu kỳ thuê như mỗi nguồn ghi. Mỗi đường là một nguồn; một đoạn dọc là một khoảng giá. Các nguồn khác nhau không được lấy trung bình.',
  'market.usdPerM2': 'USD/m²',
  'market.undatedLeft': '{count} con số không có ngày nên không đặt được lên trục năm; xem bảng bên dưới.',
  'market.kind.market_rent': 'Giá thuê đất',
  'market.kind.factory_rent': 'Giá thuê nhà xưởng xây sẵn',
  'market.kind.occupancy': 'Tỷ lệ lấp đầy',
  'market.kind.available_land': 'Đất còn trống',
  'market.kind.term_end': 'Thời hạn hoạt động',
  'market.kind.fee': 'Phí quản lý',
  'market.kind.market_vacancy': 'Tỷ lệ trống',
  'market.kind.other': 'Khác',
  'market.scope.city': 'Hà Nội',
  'market.scope.region': 'Miền Bắc (theo nhóm khu của từng nguồn)',
  'market.scope.national': 'Cả nước',
  'market.col.value': 'Giá trị',
  'market.col.basis': 'Đơn vị, cách tính',
  'market.col.when': 'Thời điểm',
  'market.col.source': 'Nguồn',
  'market.undated': 'không ghi ngày',
  'market.zoneTitle': 'Giá thuê, đất trống, thời hạn',
  'market.zoneNone': 'Chưa có nguồn nào công bố giá thuê hay đất còn trống của riêng khu này.',
  'market.zoneCityContext': 'Số liệu chung của thành phố và của miền Bắc: xem tab Thị trường.',
} as const;

const marketEn: Table<typeof marketVi> = {
  'panel.market': 'Market',
  'market.title': 'The industrial property market',
  'market.intro':
    'Rents, occupancy, free land and lease terms, source by source. Each consultancy uses its own basket of parks and its own lease basis, so figures are only set side by side, never added up or averaged.',
  'market.open': 'See rents and the market',
  'market.city': 'Hanoi',
  'market.cityOccupancy':
    'Hanoi’s operating industrial parks are nearly full: occupancy {value} {unit}, {date}.',
  'market.newSupply':
    'New supply is planned: {count} {count|park|parks} of the 24-park list {count|is|are} approved or planned but not yet operating ({ha} ha where the area is known).',
  'market.cityWideNote': 'This is a figure for the city, not for any one park.',
  'market.rentChart': 'Industrial land rents in Hanoi by source and year',
  'market.rentChartDesc':
    'USD per m², for one lease term or cycle as each source gives it. Each line is one source; a vertical bar is a range. Different sources are never averaged.',
  'market.usdPerM2': 'USD/m²',
  'market.undatedLeft':
    '{count} {count|figure has|figures have} no date and cannot be placed on the year axis; see the table below.',
  'market.kind.market_rent': 'Land rent',
  'market.kind.factory_rent': 'Ready-built factory rent',
  'market.kind.occupancy': 'Occupancy',
  'market.kind.available_land': 'Free land',
  'market.kind.term_end': 'Operating term',
  'market.kind.fee': 'Management fee',
  'market.kind.market_vacancy': 'Vacancy',
  'market.kind.other': 'Other',
  'market.scope.city': 'Hanoi',
  'market.scope.region': 'Northern Vietnam (each source’s own basket)',
  'market.scope.national': 'Viet Nam',
  'market.col.value': 'Value',
  'market.col.basis': 'Unit and basis',
  'market.col.when': 'When',
  'market.col.source': 'Source',
  'market.undated': 'undated',
  'market.zoneTitle': 'Rent, free land, term',
  'market.zoneNone': 'No source has published a rent or free land for this zone itself.',
  'market.zoneCityContext': 'City-wide and northern figures: see the Market tab.',
};

export const market = { vi: marketVi, en: marketEn } satisfies Record<Lang, Table<typeof marketVi>>;

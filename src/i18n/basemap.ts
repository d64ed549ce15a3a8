/** Strings of the base map: the choice, a link's offer of an online map, and the fallback notices. */
import { bilingual } from './bilingual';

const basemapVi = {
  'basemap.title': 'Bản đồ nền',
  'basemap.offline': 'Ngoại tuyến (có sẵn trong ứng dụng)',
  'basemap.osm': 'OpenStreetMap (ảnh, cần Internet)',
  'basemap.openfreemap': 'OpenFreeMap (vector, cần Internet)',
  'basemap.onlineNote': 'Bản đồ nền trực tuyến tải dữ liệu từ máy chủ của bên thứ ba ({host}).',
  'basemap.offer': 'Liên kết này dùng bản đồ nền trực tuyến {provider}, tải từ {host}. Tải bản đồ này?',
  'basemap.offerAccept': 'Tải bản đồ',
  'basemap.offerDecline': 'Giữ bản đồ hiện tại',
  'basemap.fallback.unreachable':
    'Không tải được bản đồ nền trực tuyến {provider}: không có kết nối, hoặc máy chủ báo lỗi. Đang dùng bản đồ nền ngoại tuyến.',
  'basemap.fallback.timeout':
    'Bản đồ nền trực tuyến {provider} không phản hồi. Đang dùng bản đồ nền ngoại tuyến.',
  'basemap.fallback.portal':
    'Mạng này trả về một trang web thay cho bản đồ nền trực tuyến {provider}, có thể là trang đăng nhập Wi-Fi. Đang dùng bản đồ nền ngoại tuyến.',
  'basemap.fallback.style':
    'Bản đồ nền trực tuyến {provider} gửi về dữ liệu không đọc được. Đang dùng bản đồ nền ngoại tuyến.',
} as const;

const basemapEn: Record<keyof typeof basemapVi, string> = {
  'basemap.title': 'Base map',
  'basemap.offline': 'Offline (bundled with the app)',
  'basemap.osm': 'OpenStreetMap (images, needs internet)',
  'basemap.openfreemap': 'OpenFreeMap (vector, needs internet)',
  'basemap.onlineNote': 'An online base map loads data from a third party’s server ({host}).',
  'basemap.offer': 'This link uses the online base map {provider}, loaded from {host}. Load it?',
  'basemap.offerAccept': 'Load the map',
  'basemap.offerDecline': 'Keep my map',
  'basemap.fallback.unreachable':
    'The online base map {provider} could not be loaded: no connection, or the server reported an error. Showing the offline base map.',
  'basemap.fallback.timeout':
    'The online base map {provider} is not responding. Showing the offline base map.',
  'basemap.fallback.portal':
    'This network returned a web page instead of the online base map {provider}, perhaps a Wi-Fi sign-in page. Showing the offline base map.',
  'basemap.fallback.style':
    'The online base map {provider} sent data that could not be read. Showing the offline base map.',
};

export const basemapMessages = bilingual(basemapVi, basemapEn);

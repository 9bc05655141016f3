// The Vant components the phone pages use, each with only its own styles, so the resident's
// download stays small (no full vant/lib/index.css).
import 'vant/es/button/style/index';
import 'vant/es/cell/style/index';
import 'vant/es/cell-group/style/index';
import 'vant/es/field/style/index';
import 'vant/es/tag/style/index';
import 'vant/es/popup/style/index';
import 'vant/es/rate/style/index';
import 'vant/es/loading/style/index';
import 'vant/es/empty/style/index';
import 'vant/es/tabbar/style/index';
import 'vant/es/tabbar-item/style/index';
import 'vant/es/search/style/index';
import 'vant/es/toast/style/index';
import 'vant/es/dialog/style/index';
import 'vant/es/notice-bar/style/index';
import './phone.css';

export {
  Button as VanButton,
  Cell as VanCell,
  CellGroup as VanCellGroup,
  Empty as VanEmpty,
  Field as VanField,
  Loading as VanLoading,
  NoticeBar as VanNoticeBar,
  Popup as VanPopup,
  Rate as VanRate,
  Search as VanSearch,
  Tabbar as VanTabbar,
  TabbarItem as VanTabbarItem,
  Tag as VanTag,
  Locale as VantLocale,
  showConfirmDialog,
  showDialog,
  showFailToast,
  showSuccessToast,
  showToast,
} from 'vant';

import type { OpeningPeriod } from '@app/org';

/** The demo county and its two towns, from the reports this project was made from. */
export const DEMO_COUNTY = '330282';
/** The demo county's city, 宁波市: its official reads the counties below it and changes nothing. */
export const DEMO_CITY = '3302';
export const SHENGSHAN = '330282113';
export const ZHANGQI = '330282104';

export const DEMO_PASSWORD = 'Demo@2026pass';

export interface DemoLogin {
  username: string;
  description: string;
}

export const DEMO_OFFICIALS = [
  {
    username: 'admin',
    name: '系统管理员',
    kind: 'admin',
    regionCode: DEMO_COUNTY,
    description: 'system administrator (ordinary accounts, settings), 慈溪市',
  },
  {
    username: 'security',
    name: '安全管理员',
    kind: 'security',
    regionCode: DEMO_COUNTY,
    description: 'security administrator (lock-outs, sessions), 慈溪市',
  },
  {
    username: 'auditor',
    name: '安全审计员',
    kind: 'auditor',
    regionCode: DEMO_COUNTY,
    description: 'auditor (reads and verifies the audit trail), 慈溪市',
  },
  {
    username: 'cixi.official',
    name: '陈科长',
    kind: 'official',
    regionCode: DEMO_COUNTY,
    description: 'county official, 慈溪市司法局 (330282)',
  },
  {
    username: 'ningbo.official',
    name: '郑处长',
    kind: 'official',
    regionCode: DEMO_CITY,
    description: 'city official, 宁波市司法局 (3302): reads and ranks the counties below, changes nothing',
  },
  {
    username: 'shengshan.official',
    name: '胡所长',
    kind: 'official',
    regionCode: SHENGSHAN,
    description: 'township official, 胜山镇司法所 (330282113)',
  },
  {
    username: 'zhangqi.official',
    name: '孙所长',
    kind: 'official',
    regionCode: ZHANGQI,
    description: 'township official, 掌起镇司法所 (330282104)',
  },
] as const;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴'];
const GIVEN = ['建国', '丽华', '志强', '海燕', '明辉', '晓梅', '国平', '静怡', '振宇', '雅琴'];
const FIRMS = [
  '浙江慈溪正平律师事务所',
  '浙江明州律师事务所慈溪分所',
  '慈溪市胜山法律服务所',
  '浙江杭州湾律师事务所',
];

/** lawyer01…lawyer06 form 胜山镇's advisor group, lawyer07…lawyer10 掌起镇's. */
export const DEMO_LAWYERS = Array.from({ length: 10 }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  return {
    username: `lawyer${n}`,
    name: `${SURNAMES[i]}${GIVEN[i]}`,
    kind: i === 5 || i === 9 ? ('legal_worker' as const) : ('lawyer' as const),
    regionCode: i < 6 ? SHENGSHAN : ZHANGQI,
    licenseNo: `1330220${String(2010 + i)}1${String(100000 + i * 7919).slice(-6)}`.slice(0, 17),
    firm: FIRMS[i % FIRMS.length],
    phone: `139${String(5740000 + i * 1301).padStart(8, '0')}`,
    description: `${i < 6 ? '胜山镇' : '掌起镇'} advisor group (${i === 5 || i === 9 ? 'legal worker' : 'lawyer'})`,
  };
});

export const DEMO_LOGINS: DemoLogin[] = [
  ...DEMO_OFFICIALS.map((o) => ({ username: o.username, description: o.description })),
  ...DEMO_LAWYERS.map((l) => ({ username: l.username, description: l.description })),
];

/** Villages that get the mandatory weekly visit (试点村). */
export const PILOT_VILLAGES = [
  '330282113201',
  '330282113207',
  '330282113210',
  '330282104201',
  '330282104205',
];

/** Approximate centres of the towns, for the demo points' locations. */
export const TOWN_CENTRES: Record<string, { lat: number; lng: number; address: string; phone: string }> = {
  [DEMO_COUNTY]: {
    lat: 30.1698,
    lng: 121.2665,
    address: '慈溪市白沙路街道新城大道北路318号',
    phone: '0574-63000148',
  },
  [SHENGSHAN]: { lat: 30.2361, lng: 121.4482, address: '慈溪市胜山镇胜山大道88号', phone: '0574-63371148' },
  [ZHANGQI]: { lat: 30.1986, lng: 121.4059, address: '慈溪市掌起镇掌起大道218号', phone: '0574-63291148' },
};

/** Village points open two mornings a week and on a Friday afternoon. */
export function villageHours(seed: number): OpeningPeriod[] {
  const [a, b] = seed % 2 === 0 ? [2, 4] : [1, 3];
  return [
    { weekday: a, from: '09:00', to: '11:30' },
    { weekday: b, from: '09:00', to: '11:30' },
    { weekday: 5, from: '14:00', to: '16:30' },
  ];
}

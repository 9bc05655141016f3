import { asSystem } from '@app/core';
import { DEMO_PASSWORD } from '@app/demo';
import { RegionsService, ServicePointsService, StaffService, weekdayOfficeHours } from '@app/org';
import type { TestApp } from './test-app';

/**
 * 余姚市, a second county of 宁波市 next to the demo's 慈溪市, for what compares counties (the city
 * official's figures and ranking): its division tree, one township (梨洲街道) with its centre, an
 * official of the county and a lawyer of the township. Not part of the demo seed.
 */
export const YUYAO = {
  cityCode: '3302',
  countyCode: '330281',
  name: '余姚市',
  townCode: '330281001',
  townName: '梨洲街道',
  official: 'yuyao.official',
  lawyer: 'yuyao.lawyer01',
};

/** Adds 余姚市 (see YUYAO) to a seeded test app; the ids of the township centre and the lawyer. */
export function seedSecondCounty(t: TestApp): Promise<{ centreId: string; lawyerId: string }> {
  return asSystem(async (system) => {
    await t.app.get(RegionsService).importCounty(YUYAO.countyCode);
    const centre = await t.app.get(ServicePointsService).create(system, {
      regionCode: YUYAO.townCode,
      kind: 'township_center',
      name: `${YUYAO.townName}公共法律服务站`,
      address: '余姚市梨洲街道新建北路88号',
      lat: 30.0452,
      lng: 121.1547,
      geofenceRadiusM: 150,
      openingHours: weekdayOfficeHours(),
      phone: '0574-62700148',
      signInstalled: true,
    });
    const staff = t.app.get(StaffService);
    await staff.create(system, {
      username: YUYAO.official,
      name: '钱科长',
      kind: 'official',
      regionCode: YUYAO.countyCode,
      password: DEMO_PASSWORD,
    });
    const lawyer = await staff.create(system, {
      username: YUYAO.lawyer,
      name: '冯志远',
      kind: 'lawyer',
      regionCode: YUYAO.townCode,
      password: DEMO_PASSWORD,
      phone: '13957461234',
      licenseNo: '13302201811234567',
      firm: '浙江余姚阳明律师事务所',
    });
    return { centreId: centre.id, lawyerId: lawyer.id };
  });
}

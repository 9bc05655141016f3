import { plainToInstance } from 'class-transformer';
import { IsIn, IsLatitude, IsLongitude, IsOptional, validateSync } from 'class-validator';
import { COORD_SYSTEMS, type CoordSystem, IsInChinaWhenNotWgs84, toGcj02, toWgs84 } from './coordinates';
import { haversineMeters } from './distance';

describe('haversineMeters', () => {
  it('measures short and long distances on the globe', () => {
    expect(haversineMeters({ lat: 30.2361, lng: 121.4482 }, { lat: 30.2361, lng: 121.4482 })).toBe(0);
    // 0.001° of latitude is about 111 m anywhere.
    expect(haversineMeters({ lat: 30.2361, lng: 121.4482 }, { lat: 30.2371, lng: 121.4482 })).toBeCloseTo(
      111.2,
      0,
    );
    // Beijing to Shanghai, about 1,068 km.
    expect(
      haversineMeters({ lat: 39.9042, lng: 116.4074 }, { lat: 31.2304, lng: 121.4737 }) / 1000,
    ).toBeCloseTo(1067, -1);
  });
});

// A spot in 胜山镇, 慈溪 (WGS-84).
const spot = { lat: 30.2899, lng: 121.4213 };

describe('toGcj02 / toWgs84', () => {
  it('moves a 慈溪 spot by several hundred metres into GCJ-02, and back within a metre', () => {
    const gcj = toGcj02(spot)!;

    const back = toWgs84(gcj, 'gcj02');

    expect(haversineMeters(spot, gcj)).toBeGreaterThan(300);
    expect(haversineMeters(spot, gcj)).toBeLessThan(700);
    expect(haversineMeters(spot, back)).toBeLessThan(1);
  });

  it('takes BD-09 (百度) back to WGS-84 too', () => {
    const bd09 = { lat: 30.2963, lng: 121.4323 };

    const wgs = toWgs84(bd09, 'bd09');

    expect(haversineMeters(wgs, bd09)).toBeGreaterThan(700);
    expect(haversineMeters(wgs, toWgs84(toGcj02(wgs)!, 'gcj02'))).toBeLessThan(1);
  });

  it('leaves WGS-84 as it is, and gives no GCJ-02 outside China', () => {
    expect(toWgs84(spot, 'wgs84')).toEqual(spot);
    expect(toGcj02({ lat: 48.8584, lng: 2.2945 })).toBeNull();
  });
});

class Located {
  @IsOptional() @IsIn(COORD_SYSTEMS) coordSystem?: CoordSystem;
  @IsOptional() @IsLatitude() @IsInChinaWhenNotWgs84('lat') lat?: number;
  @IsOptional() @IsLongitude() @IsInChinaWhenNotWgs84('lng') lng?: number;
}

const problems = (body: object) =>
  validateSync(plainToInstance(Located, body)).map((e) => [e.property, Object.keys(e.constraints ?? {})]);

describe('IsInChinaWhenNotWgs84', () => {
  it('refuses GCJ-02 and BD-09 coordinates outside China, naming each field that is out', () => {
    expect(problems({ coordSystem: 'gcj02', lat: 48.8584, lng: 2.2945 })).toEqual([
      ['lng', ['isInChinaWhenNotWgs84']],
    ]);
    expect(problems({ coordSystem: 'bd09', lat: -33.8568, lng: 151.2153 })).toEqual([
      ['lat', ['isInChinaWhenNotWgs84']],
      ['lng', ['isInChinaWhenNotWgs84']],
    ]);
  });

  it('accepts them in China, and WGS-84 anywhere', () => {
    expect(problems({ coordSystem: 'gcj02', ...spot })).toEqual([]);
    expect(problems({ coordSystem: 'wgs84', lat: 48.8584, lng: 2.2945 })).toEqual([]);
    expect(problems({ lat: 48.8584, lng: 2.2945 })).toEqual([]);
  });
});

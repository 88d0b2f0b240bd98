/**
 * The capacity page reads tables pasted from a spreadsheet (tab-separated)
 * or typed as CSV, with Chinese or English headers, and names each problem
 * by its row (the header is row 1) and column before anything is sent.
 */
import { describe, expect, it } from 'vitest';
import { parseCapacities, parseOrders } from '../../web/src/components/capacity/parse-rows.ts';

describe('pasted capacity and order tables', () => {
  it('reads Chinese headers from a spreadsheet paste, the grade optional', () => {
    const c = parseCapacities(
      '成员\t产品\t牌号\t产能\t单位成本\t经度\t纬度\n' +
        '甲钢铁\t螺纹钢\tHRB400\t4,000\t3000\t118.18\t39.63\n' +
        '乙钢铁\t螺纹钢\t\t3000\t2900\t118.5\t39.9\n',
    );
    expect(c.problems).toEqual([]);
    expect(c.rows).toEqual([
      {
        member: '甲钢铁',
        product: '螺纹钢',
        grade: 'HRB400',
        capacity: 4000,
        unitCost: 3000,
        lon: 118.18,
        lat: 39.63,
      },
      {
        member: '乙钢铁',
        product: '螺纹钢',
        capacity: 3000,
        unitCost: 2900,
        lon: 118.5,
        lat: 39.9,
      },
    ]);
  });

  it('reads the optional organisation column (the atlas id a member stands for)', () => {
    const c = parseCapacities(
      '成员\t机构编号\t产品\t产能\t单位成本\t经度\t纬度\n' +
        '甲钢铁\torg-a\t螺纹钢\t4\t3000\t118.18\t39.63\n' +
        '乙钢铁\t\t螺纹钢\t3\t2900\t118.5\t39.9\n',
    );
    expect(c.problems).toEqual([]);
    expect(c.rows.map((r) => r.organization)).toEqual(['org-a', undefined]);
    expect(
      parseCapacities('member,organization,product,capacity,unitCost,lon,lat\nA,o1,x,1,2,3,4')
        .rows[0],
    ).toMatchObject({ member: 'A', organization: 'o1' });
  });

  it('reads the optional due period of an order, a whole number from 1', () => {
    const o = parseOrders(
      '订单\t产品\t数量\t经度\t纬度\t交货期\nA\t螺纹钢\t5\t116.4\t39.9\t2\nB\t螺纹钢\t5\t116.4\t39.9\t1.5\n',
    );
    expect(o.problems).toEqual([{ row: 3, column: 'due', problem: 'range' }]);
    expect(parseOrders('order,product,quantity,lon,lat,due\nA,x,5,1,2,2').rows[0]).toMatchObject({
      due: 2,
    });
  });

  it('reads English CSV headers in any order', () => {
    const o = parseOrders('lat,lon,quantity,product,order\n39.9,116.4,5,rebar,o1\n');
    expect(o.rows).toEqual([{ order: 'o1', product: 'rebar', quantity: 5, lon: 116.4, lat: 39.9 }]);
  });

  it('names the row and column of a missing header, an empty cell, a word and a latitude of 95', () => {
    expect(parseOrders('order,product,lon,lat\no1,rebar,116,39\n').problems).toEqual([
      { row: 1, column: 'quantity', problem: 'header' },
    ]);
    const o = parseOrders(
      'order,product,quantity,lon,lat\no1,,5,116.4,39.9\no2,rebar,five,116.4,39.9\no3,rebar,1,116.4,95\n',
    );
    expect(o.rows).toEqual([]);
    expect(o.problems).toEqual([
      { row: 2, column: 'product', problem: 'missing' },
      { row: 3, column: 'quantity', problem: 'number' },
      { row: 4, column: 'lat', problem: 'range' },
    ]);
  });
});

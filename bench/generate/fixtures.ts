/**
 * Ids and user names of representative records of a generated data set,
 * computed from the seed alone (ids are a pure function of it): benches use
 * them without a lookup, and check that the database holds them.
 */
import { uuidOf } from './random.ts';
import { CENTRAL, COMMUNE_BASE, NS, PROVINCE_UNIT, UNITS_PER_COMMUNE, communeCode, provinceCode } from './plan.ts';

export interface BenchFixtures {
  central: { committeeId: string; adminUsername: string; specialistUsername: string };
  province(p: number): {
    committeeId: string;
    commissionId: string;
    /** A specialist of the commission: acts for the whole province (ADR 003). */
    specialistUsername: string;
    leaderUsername: string;
    /** The first programme task of the province, assigned down to its communes. */
    assignedTaskId: string;
  };
  commune(
    p: number,
    j: number,
  ): {
    committeeId: string;
    frontId: string;
    specialistUsername: string;
    reporterUsername: string;
  };
}

export function benchFixtures(seed: number): BenchFixtures {
  return {
    central: { committeeId: uuidOf(seed, CENTRAL, NS.unit, 0), adminUsername: 'admin', specialistUsername: 'tw.bdv.2' },
    province: (p) => ({
      committeeId: uuidOf(seed, p, NS.unit, PROVINCE_UNIT.committee),
      commissionId: uuidOf(seed, p, NS.unit, PROVINCE_UNIT.commission),
      specialistUsername: `${provinceCode(p)}.bdv.4`,
      leaderUsername: `${provinceCode(p)}.bdv.1`,
      assignedTaskId: uuidOf(seed, p, NS.task, 0),
    }),
    commune: (p, j) => ({
      committeeId: uuidOf(seed, p, NS.unit, COMMUNE_BASE + j * UNITS_PER_COMMUNE),
      frontId: uuidOf(seed, p, NS.unit, COMMUNE_BASE + j * UNITS_PER_COMMUNE + 1),
      specialistUsername: `${provinceCode(p)}.${communeCode(j)}.dangy.3`,
      reporterUsername: `${provinceCode(p)}.${communeCode(j)}.dangy.5`,
    }),
  };
}

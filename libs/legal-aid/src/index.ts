export * from './legal-aid.module';
export * from './legal-aid.errors';
export * from './cases/legal-aid-cases.service';
export * from './cases/legal-aid-case.records';
export * from './dto/legal-aid-case.dto';
export * from './rules/case-status';
export * from './rules/id-number';
export * from './rules/statutory-clocks';

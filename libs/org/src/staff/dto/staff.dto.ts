import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsOmittable, MOBILE_PATTERN, PageQuery, PLACE_CODE_PATTERN, ROLES, type Role } from '@app/core';
import { STAFF_KINDS, type StaffKind } from '../staff.entity';

export class CreateStaffDto {
  @ApiProperty({ example: 'lawyer11', description: 'Login name: letters, digits, dot, dash, underscore' })
  @Matches(/^[A-Za-z][A-Za-z0-9._-]{2,49}$/, {
    message: 'username must be 3–50 letters, digits, dots, dashes or underscores, starting with a letter',
  })
  username!: string;

  @ApiProperty({ example: '王律师', maxLength: 50 })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name!: string;

  @ApiProperty({
    enum: STAFF_KINDS,
    description:
      'lawyer, legal_worker and public_lawyer get the lawyer role; admin, security and auditor are refused ' +
      '(403 PRIVILEGED_ACCOUNT: made only with the command line)',
  })
  @IsIn(STAFF_KINDS)
  kind!: StaffKind;

  @ApiProperty({
    example: '330282113',
    description: 'Region governed (officials) or advisor group township (lawyers)',
  })
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode!: string;

  @ApiProperty({
    description:
      'At least 10 characters from 3 of: lower case, upper case, digits, symbols; not containing the login ' +
      'name; not one of the most common passwords (a bundled list, also with digits or symbols appended)',
  })
  @IsString()
  @MaxLength(128)
  password!: string;

  @ApiPropertyOptional({
    example: '13812345678',
    description: 'Mainland mobile number; stored encrypted, shown masked',
  })
  @IsOptional()
  @Matches(MOBILE_PATTERN, { message: 'phone must be a mainland mobile number of 11 digits' })
  phone?: string;

  @ApiPropertyOptional({ example: '13302201810123456', description: 'Practice licence number (执业证号)' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{5,30}$/, { message: 'licenseNo must be 5–30 letters or digits' })
  licenseNo?: string;

  @ApiPropertyOptional({ example: '浙江慈溪某某律师事务所', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  firm?: string;
}

export class UpdateStaffDto {
  @ApiPropertyOptional({ maxLength: 50 })
  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(MOBILE_PATTERN, { message: 'phone must be a mainland mobile number of 11 digits' })
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{5,30}$/, { message: 'licenseNo must be 5–30 letters or digits' })
  licenseNo?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  firm?: string;

  @ApiPropertyOptional({ enum: ['active', 'disabled'] })
  @IsOmittable()
  @IsIn(['active', 'disabled'])
  status?: 'active' | 'disabled';
}

export class ListStaffQuery extends PageQuery {
  @ApiPropertyOptional({ example: '330282113', description: 'Prefix match within your jurisdiction' })
  @IsOptional()
  @Matches(/^\d{2,12}$/, { message: 'regionCode must be 2 to 12 digits' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: STAFF_KINDS })
  @IsOptional()
  @IsIn(STAFF_KINDS)
  kind?: StaffKind;

  @ApiPropertyOptional({ description: 'Name or login contains' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;
}

export class StaffResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ enum: STAFF_KINDS }) kind!: StaffKind;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ type: String, nullable: true }) licenseNo!: string | null;
  @ApiProperty({ type: String, nullable: true }) firm!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '138****5678' }) phoneMasked!: string | null;
  @ApiProperty({ enum: ['active', 'disabled'] }) status!: string;
  @ApiProperty({
    description:
      'True while the whole account is locked after a distributed attack on it (wrong passwords from many ' +
      'addresses); the security administrator unlocks it',
  })
  locked!: boolean;
}

export class StaffPhoneResponse {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '13800138000',
    description: 'Unmasked; the read is audited',
  })
  phone!: string | null;
}

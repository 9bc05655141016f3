import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class ListSessionsQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A staff member (of your jurisdiction); give this or residentId',
  })
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A resident; give this or staffId' })
  @IsOptional()
  @IsUUID()
  residentId?: string;
}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@app/auth';
import { OtpChallenge } from './otp/otp-challenge.entity';
import { OtpController } from './otp/otp.controller';
import { OtpService } from './otp/otp.service';
import { Resident } from './residents/resident.entity';

/** Residents and their SMS login; slots and appointments build on it. */
@Module({
  imports: [AuthModule, TypeOrmModule.forFeature([Resident, OtpChallenge])],
  controllers: [OtpController],
  providers: [OtpService],
  exports: [OtpService],
})
export class BookingModule {}

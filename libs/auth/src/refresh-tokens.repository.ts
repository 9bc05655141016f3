import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';

@Injectable()
export class RefreshTokensRepository {
  constructor(@InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>) {}

  async insert(data: Partial<RefreshToken>, em: EntityManager): Promise<void> {
    await em.getRepository(RefreshToken).insert(data);
  }

  findByIdForUpdate(id: string, em: EntityManager): Promise<RefreshToken | null> {
    return em
      .getRepository(RefreshToken)
      .createQueryBuilder('t')
      .where('t.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  findById(id: string): Promise<RefreshToken | null> {
    return this.tokens.findOneBy({ id });
  }

  async markRotated(id: string, at: Date, em: EntityManager): Promise<void> {
    await em.getRepository(RefreshToken).update({ id }, { rotatedAt: at });
  }
}

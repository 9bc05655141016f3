import { Global, Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChangeWatch } from './change-watch';
import { PublicReadCache } from './public-read-cache';
import { PublicReadInterceptor } from './public-read.interceptor';

/**
 * The cache of public reads, and the watch on this process's committed writes that keeps it fresh.
 * Imported once by the API app; the routes opt in with `@PublicRead()`.
 */
@Global()
@Module({
  providers: [PublicReadCache, PublicReadInterceptor],
  exports: [PublicReadCache, PublicReadInterceptor],
})
export class PublicReadsModule implements OnModuleInit {
  constructor(
    private readonly cache: PublicReadCache,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(new ChangeWatch((topics) => this.cache.changed(topics)));
  }
}

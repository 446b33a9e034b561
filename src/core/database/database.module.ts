import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { openDatabase } from './data-source';
import { DbService } from './db.service';

@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const ds = await openDatabase(config.databasePath);
        new Logger('Database').log(`SQLite ${config.databasePath} (WAL, synchronous=FULL), migrations up to date`);
        return ds;
      },
    },
    { provide: DbService, inject: [DataSource], useFactory: (ds: DataSource) => new DbService(ds) },
  ],
  exports: [DataSource, DbService],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}

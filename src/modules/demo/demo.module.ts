import { Module } from '@nestjs/common';
import { QaModule } from '../qa.module';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [QaModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}

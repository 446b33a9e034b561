import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { ImpactExportController } from './impact-export.controller';
import { PracticesRepository } from './practices.repository';
import { AdoptionFieldsResolver, CollectionFieldsResolver, PostPracticesResolver, PracticesResolver } from './practices.resolver';
import { PracticesService } from './practices.service';

/** Best practices (優良事例), collections (まとめ), roll-out (横展開) and its impact in hours. */
@Module({
  imports: [PostsModule],
  providers: [PracticesRepository, PracticesService, PracticesResolver, PostPracticesResolver, CollectionFieldsResolver, AdoptionFieldsResolver],
  controllers: [ImpactExportController],
  exports: [PracticesService],
})
export class PracticesModule {}

import { Module } from '@nestjs/common';
import { UploadsModule } from '../uploads/uploads.module';
import { ProfilesRepository } from './profiles.repository';
import { ProfilesResolver } from './profiles.resolver';
import { ProfilesService } from './profiles.service';

/** People's own profiles (#13): 内線番号, 自己紹介, 得意分野 and an avatar uploaded through /uploads. */
@Module({ imports: [UploadsModule], providers: [ProfilesRepository, ProfilesService, ProfilesResolver] })
export class ProfilesModule {}

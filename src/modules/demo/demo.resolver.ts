import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../core/auth/decorators';
import { DemoSeeder } from './demo-seeder';

@Resolver()
export class DemoResolver {
  constructor(private readonly seeder: DemoSeeder) {}

  /** The sign-in page lists the demo accounts only on a demo installation. */
  @Public()
  @Query(() => Boolean, { description: 'true when this installation holds the demo data' })
  demoMode(): boolean {
    return this.seeder.isSeeded();
  }
}

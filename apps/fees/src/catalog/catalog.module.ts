import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { CatalogConsumer } from './catalog.consumer';
import { CatalogService } from './catalog.service';

@Module({
  imports: [AssessmentsModule],
  controllers: [CatalogConsumer],
  providers: [CatalogService],
  exports: [CatalogService],
})
export class CatalogModule {}

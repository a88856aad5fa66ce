import { Module } from '@nestjs/common';
import { CatalogRpc } from './catalog.rpc';
import { CatalogService } from './catalog.service';

@Module({
  controllers: [CatalogRpc],
  providers: [CatalogService],
  exports: [CatalogService],
})
export class CatalogModule {}

import { Module } from '@nestjs/common';
import { ReceptionsController } from './receptions.controller';

@Module({ controllers: [ReceptionsController] })
export class ReceptionsModule {}

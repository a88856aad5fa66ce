import { Module } from '@nestjs/common';
import { FiguresRpc } from './figures.rpc';
import { FiguresService } from './figures.service';

@Module({ controllers: [FiguresRpc], providers: [FiguresService] })
export class FiguresModule {}

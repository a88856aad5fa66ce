import { Module } from '@nestjs/common';
import { RegisterRpc } from './register.rpc';
import { RegisterService } from './register.service';

@Module({
  controllers: [RegisterRpc],
  providers: [RegisterService],
})
export class RegisterModule {}

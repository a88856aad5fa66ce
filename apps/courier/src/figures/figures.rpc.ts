import { Controller } from '@nestjs/common';
import { CourierFiguresV1, GET_COURIER_FIGURES_V1, GetCourierFiguresV1 } from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { FiguresService } from './figures.service';

@Controller()
export class FiguresRpc {
  constructor(private readonly figures: FiguresService) {}

  @Respond(GET_COURIER_FIGURES_V1)
  get(request: GetCourierFiguresV1): Promise<CourierFiguresV1> {
    return this.figures.figures(request);
  }
}

import { Controller } from '@nestjs/common';
import {
  LIST_TEMPLATE_VERSIONS_V1,
  LIST_TEMPLATES_V1,
  ListTemplateVersionsV1,
  PREVIEW_TEMPLATE_V1,
  PreviewTemplateV1,
  SAVE_TEMPLATE_V1,
  SaveTemplateV1,
  TemplateListV1,
  TemplatePreviewV1,
  TemplateV1,
  TemplateVersionListV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { TemplatesService } from './templates.service';

@Controller()
export class TemplatesRpc {
  constructor(private readonly templates: TemplatesService) {}

  @Respond(LIST_TEMPLATES_V1)
  list(): Promise<TemplateListV1> {
    return this.templates.listTemplates();
  }

  @Respond(SAVE_TEMPLATE_V1)
  save(request: SaveTemplateV1): Promise<TemplateV1> {
    return this.templates.saveTemplate(request);
  }

  @Respond(LIST_TEMPLATE_VERSIONS_V1)
  versions(request: ListTemplateVersionsV1): Promise<TemplateVersionListV1> {
    return this.templates.listVersions(request);
  }

  @Respond(PREVIEW_TEMPLATE_V1)
  async preview(request: PreviewTemplateV1): Promise<TemplatePreviewV1> {
    return this.templates.previewTemplate(request);
  }
}

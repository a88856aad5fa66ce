import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  EventKey,
  FieldError,
  MessageAudience,
  MessageChannel,
  PreviewTemplateV1,
  ListTemplateVersionsV1,
  SaveTemplateV1,
  TemplateContentV1,
  TemplateListV1,
  TemplatePreviewV1,
  TemplateV1,
  TemplateVersionListV1,
  isEventKey,
} from '@motcua/contracts';
import { IdempotencyService } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ruleFor } from '../messages/notification-rules';
import { DEFAULT_TEMPLATES, TemplateWording, templateKey } from './default-templates';
import { smsLength, unaccented } from './sms-length';
import { Template } from './template.entity';
import { TemplateError, TemplateErrorCode } from './templates.errors';
import { TemplateParams, TemplateSyntaxError, placeholdersOf, renderTemplate } from './template-text';

/** The wording in force for one event × channel × audience. */
export interface CurrentTemplate extends TemplateWording {
  readonly version: number;
  readonly smsUnaccented: boolean;
  readonly updatedAt?: Date;
  readonly updatedBy?: string;
}

/** A rendered message: subject (e-mail, inbox title) and text, unaccented when the SMS template says so. */
export interface RenderedMessage {
  readonly subject: string | null;
  readonly body: string;
  readonly templateVersion: number;
}

const UNKNOWN_PLACEHOLDER = 'isKnownPlaceholder';
/**
 * Messages are worded from a copy of the saved templates read again at most this often: a save applies at
 * once on the replica that made it and within this time on the others.
 */
const SAVED_WORDINGS_TTL_MS = 5_000;

interface SavedWordingRow {
  readonly event_type: string;
  readonly channel: MessageChannel;
  readonly audience: MessageAudience;
  readonly version: number;
  readonly subject: string | null;
  readonly body: string;
  readonly sms_unaccented: boolean;
}

interface SavedWordings {
  readonly byKey: ReadonlyMap<string, CurrentTemplate>;
  readonly readAt: number;
}

type SaveOutcome = { saved: TemplateV1 } | { staleVersion: number };

@Injectable()
export class TemplatesService {
  private saved: SavedWordings | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** Whether a template exists for this key (a rule names an audience the templates do not cover otherwise). */
  exists(eventType: string, channel: MessageChannel, audience: MessageAudience): boolean {
    return DEFAULT_TEMPLATES.has(templateKey(eventType, channel, audience));
  }

  async current(
    manager: EntityManager,
    eventType: string,
    channel: MessageChannel,
    audience: MessageAudience,
  ): Promise<CurrentTemplate> {
    const builtIn = DEFAULT_TEMPLATES.get(templateKey(eventType, channel, audience));
    if (!builtIn) {
      throw new TemplateError(TemplateErrorCode.UnknownTemplate, 'Không có mẫu thông báo này', {
        eventType,
        channel,
        audience,
      });
    }
    const saved = await manager.getRepository(Template).findOne({
      where: { eventType, channel, audience },
      order: { version: 'DESC' },
    });
    if (!saved) return { ...builtIn, version: 1, smsUnaccented: builtIn.smsUnaccented ?? false };
    return {
      subject: saved.subject ?? undefined,
      body: saved.body,
      smsUnaccented: saved.smsUnaccented,
      version: saved.version,
      updatedAt: saved.createdAt,
      updatedBy: saved.createdBy,
    };
  }

  async render(
    manager: EntityManager,
    key: { eventType: string; channel: MessageChannel; audience: MessageAudience },
    params: TemplateParams,
  ): Promise<RenderedMessage> {
    const template = await this.inForce(manager, key.eventType, key.channel, key.audience);
    return { ...renderWith(template, key.channel, params), templateVersion: template.version };
  }

  // The wording messages use: the latest saved version from the copy, else the built-in one.
  private async inForce(
    manager: EntityManager,
    eventType: string,
    channel: MessageChannel,
    audience: MessageAudience,
  ): Promise<CurrentTemplate> {
    const key = templateKey(eventType, channel, audience);
    const builtIn = DEFAULT_TEMPLATES.get(key);
    if (!builtIn) {
      throw new TemplateError(TemplateErrorCode.UnknownTemplate, 'Không có mẫu thông báo này', {
        eventType,
        channel,
        audience,
      });
    }
    const saved = (await this.savedWordings(manager)).get(key);
    return saved ?? { ...builtIn, version: 1, smsUnaccented: builtIn.smsUnaccented ?? false };
  }

  // Read through the caller's transaction: a second pool connection per message could exhaust the pool.
  private async savedWordings(manager: EntityManager): Promise<ReadonlyMap<string, CurrentTemplate>> {
    if (this.saved && Date.now() - this.saved.readAt < SAVED_WORDINGS_TTL_MS) return this.saved.byKey;
    const readAt = Date.now();
    const rows: SavedWordingRow[] = await manager.query(
      `SELECT DISTINCT ON (event_type, channel, audience)
              event_type, channel, audience, version, subject, body, sms_unaccented
         FROM notifications.templates ORDER BY event_type, channel, audience, version DESC`,
    );
    const byKey = new Map(
      rows.map((row) => [
        templateKey(row.event_type, row.channel, row.audience),
        {
          subject: row.subject ?? undefined,
          body: row.body,
          smsUnaccented: row.sms_unaccented,
          version: row.version,
        },
      ]),
    );
    this.saved = { byKey, readAt };
    return byKey;
  }

  async listTemplates(): Promise<TemplateListV1> {
    const items: TemplateV1[] = [];
    for (const key of DEFAULT_TEMPLATES.keys()) {
      const [eventType, channel, audience] = key.split('|') as [EventKey, MessageChannel, MessageAudience];
      items.push(await this.describe(this.dataSource.manager, eventType, channel, audience));
    }
    return { items };
  }

  /** Every version of one template, newest first; the built-in wording is version 1. */
  async listVersions(key: ListTemplateVersionsV1): Promise<TemplateVersionListV1> {
    const builtIn = DEFAULT_TEMPLATES.get(templateKey(key.eventType, key.channel, key.audience));
    if (!builtIn) {
      throw new TemplateError(TemplateErrorCode.UnknownTemplate, 'Không có mẫu thông báo này', {
        eventType: key.eventType,
        channel: key.channel,
        audience: key.audience,
      });
    }
    const saved = await this.dataSource.getRepository(Template).find({
      where: { eventType: key.eventType, channel: key.channel, audience: key.audience },
      order: { version: 'DESC' },
    });
    return {
      items: [
        ...saved.map((version) => ({
          version: version.version,
          ...(version.subject ? { subject: version.subject } : {}),
          body: version.body,
          smsUnaccented: version.smsUnaccented,
          savedAt: version.createdAt.toISOString(),
          savedBy: version.createdBy,
        })),
        {
          version: 1,
          ...(builtIn.subject ? { subject: builtIn.subject } : {}),
          body: builtIn.body,
          smsUnaccented: builtIn.smsUnaccented ?? false,
        },
      ],
    };
  }

  /** Saves a new version; the draft must parse, use only the event's placeholders and edit the version in force. */
  async saveTemplate(request: SaveTemplateV1): Promise<TemplateV1> {
    const eventType = this.check(request);
    const { idempotencyKey, ...content } = request;
    // A stale version is an answer, not a failure, so that a retry of a save that succeeded finds the key and
    // gets the first answer instead of running into the version it created.
    const outcome = await this.idempotency.run<SaveOutcome>(
      'template.save',
      idempotencyKey,
      content,
      async (tx) => {
        // One save per template at a time: the version check and the insert must not interleave.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          templateKey(eventType, request.channel, request.audience),
        ]);
        const current = await this.current(tx, eventType, request.channel, request.audience);
        if (current.version !== request.expectedVersion) return { staleVersion: current.version };
        await tx.insert(Template, {
          id: uuidv7(),
          eventType,
          channel: request.channel,
          audience: request.audience,
          version: current.version + 1,
          subject: request.subject ?? null,
          body: request.body,
          smsUnaccented: request.smsUnaccented ?? false,
          createdAt: new Date(),
          createdBy: request.actor.name,
        });
        return { saved: await this.describe(tx, eventType, request.channel, request.audience) };
      },
    );
    if ('saved' in outcome) {
      this.saved = null;
      return outcome.saved;
    }
    throw new TemplateError(
      TemplateErrorCode.VersionConflict,
      `Mẫu đã được sửa thành phiên bản ${outcome.staleVersion}; hãy tải lại trước khi lưu`,
      { currentVersion: outcome.staleVersion },
    );
  }

  /** The draft rendered for the event's sample dossier, with its SMS length. */
  previewTemplate(request: PreviewTemplateV1): TemplatePreviewV1 {
    const eventType = this.check(request);
    const rule = ruleFor(eventType);
    const rendered = renderWith(
      { subject: request.subject, body: request.body, smsUnaccented: request.smsUnaccented ?? false },
      request.channel,
      rule?.sample ?? {},
    );
    return {
      ...(rendered.subject ? { subject: rendered.subject } : {}),
      text: rendered.body,
      ...(request.channel === MessageChannel.Sms ? { sms: smsLength(rendered.body) } : {}),
    };
  }

  private async describe(
    manager: EntityManager,
    eventType: EventKey,
    channel: MessageChannel,
    audience: MessageAudience,
  ): Promise<TemplateV1> {
    const template = await this.current(manager, eventType, channel, audience);
    const rule = ruleFor(eventType);
    const sample = renderWith(template, channel, rule?.sample ?? {});
    return {
      eventType,
      channel,
      audience,
      version: template.version,
      ...(template.subject ? { subject: template.subject } : {}),
      body: template.body,
      smsUnaccented: template.smsUnaccented,
      isLegalNotice: rule?.isLegalNotice ?? false,
      placeholders: Object.keys(rule?.sample ?? {}),
      ...(channel === MessageChannel.Sms ? { sms: smsLength(sample.body) } : {}),
      ...(template.updatedAt ? { updatedAt: template.updatedAt.toISOString() } : {}),
      ...(template.updatedBy ? { updatedBy: template.updatedBy } : {}),
    };
  }

  // The template must exist and its subject and body parse and use only the event's placeholders.
  private check(content: TemplateContentV1): EventKey {
    const { eventType, channel, audience } = content;
    if (!isEventKey(eventType) || !this.exists(eventType, channel, audience)) {
      throw new TemplateError(TemplateErrorCode.UnknownTemplate, 'Không có mẫu thông báo này', {
        eventType,
        channel,
        audience,
      });
    }
    const known = new Set(Object.keys(ruleFor(eventType)?.sample ?? {}));
    const problems: FieldError[] = [];
    const unknown: string[] = [];
    for (const field of ['subject', 'body'] as const) {
      const text = content[field];
      if (text === undefined) continue;
      let names: string[];
      try {
        names = placeholdersOf(text);
      } catch (error) {
        if (!(error instanceof TemplateSyntaxError)) throw error;
        throw new TemplateError(TemplateErrorCode.Malformed, `Mẫu không hợp lệ: ${error.message}`, [
          { field, constraint: 'isTemplate', message: error.message },
        ]);
      }
      for (const name of names.filter((n) => !known.has(n))) {
        unknown.push(`{{${name}}}`);
        problems.push({
          field,
          constraint: UNKNOWN_PLACEHOLDER,
          message: `Trường thay thế {{${name}}} không có trong sự kiện này (dùng được: ${[...known].join(', ')})`,
        });
      }
    }
    if (problems.length > 0) {
      throw new TemplateError(
        TemplateErrorCode.UnknownPlaceholder,
        `Mẫu dùng trường thay thế không có: ${unknown.join(', ')}`,
        problems,
      );
    }
    return eventType;
  }
}

function renderWith(
  template: TemplateWording & { smsUnaccented?: boolean },
  channel: MessageChannel,
  params: TemplateParams,
): { subject: string | null; body: string } {
  const body = renderTemplate(template.body, params);
  return {
    subject: template.subject ? renderTemplate(template.subject, params) : null,
    body: channel === MessageChannel.Sms && template.smsUnaccented ? unaccented(body) : body,
  };
}

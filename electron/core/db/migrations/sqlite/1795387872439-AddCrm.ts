import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCrm1795387872439 implements MigrationInterface {
  name = 'AddCrm1795387872439';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "crm_leads" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "company" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "contact_name" varchar(50), "contact_title" varchar(50), "phone" varchar(50), "phone_key" varchar(30), "email" varchar(100), "source" varchar(20) NOT NULL, "requirement" text, "notes" text, "status" varchar(12) NOT NULL DEFAULT (\'open\'), "owner_id" integer, "filed_by" integer NOT NULL, "filed_at" varchar(32) NOT NULL, "assigned_at" varchar(32), "idle_since" varchar(32), "last_followup_at" varchar(32), "next_followup_on" varchar(10), "idle_warned_at" varchar(32), "convert_warned_at" varchar(32), "pooled_at" varchar(32), "pool_reason" varchar(200), "previous_owner_id" integer, "customer_id" integer, "converted_at" varchar(32), "merged_into_id" integer, "closed_reason" varchar(200), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_leads_code" UNIQUE ("code"))',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_leads_name_key" ON "crm_leads" ("name_key") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_phone_key" ON "crm_leads" ("phone_key") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_owner" ON "crm_leads" ("owner_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_idle" ON "crm_leads" ("status", "idle_since") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_assigned" ON "crm_leads" ("status", "assigned_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_customer" ON "crm_leads" ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_filed" ON "crm_leads" ("filed_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_pooled" ON "crm_leads" ("status", "pooled_at") ');
    await queryRunner.query(
      'CREATE TABLE "crm_lead_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "lead_id" integer NOT NULL, "at" varchar(32) NOT NULL, "kind" varchar(20) NOT NULL, "user_id" integer, "from_user_id" integer, "to_user_id" integer, "note" varchar(500))',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_lead_events_lead" ON "crm_lead_events" ("lead_id", "at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_lead_events_to" ON "crm_lead_events" ("to_user_id", "kind", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(200) NOT NULL, "customer_id" integer NOT NULL, "lead_id" integer, "owner_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'open\'), "stage_entered_at" varchar(32) NOT NULL, "stage_due_on" varchar(10), "stage_warned_at" varchar(32), "budget" bigint, "expected_amount" bigint, "expected_bid_date" varchar(10), "win_amount" bigint, "bid_issue_date" varchar(10), "bid_response_date" varchar(10), "design_unit" varchar(200), "decision_unit" varchar(200), "user_unit" varchar(200), "description" text, "won_amount" bigint, "won_on" varchar(10), "won_reason" varchar(500), "lost_reason" varchar(500), "lost_to" varchar(100), "closed_at" varchar(32), "closed_by" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_opportunities_code" UNIQUE ("code"), CONSTRAINT "uq_crm_opportunities_name" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_owner" ON "crm_opportunities" ("owner_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opps_customer" ON "crm_opportunities" ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_opps_stage" ON "crm_opportunities" ("status", "stage") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_due" ON "crm_opportunities" ("status", "stage_due_on") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opps_updated" ON "crm_opportunities" ("updated_at") ');
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_owners" ("opportunity_id" integer NOT NULL, "user_id" integer NOT NULL, PRIMARY KEY ("opportunity_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opp_owners_user" ON "crm_opportunity_owners" ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_stages" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "entered_at" varchar(32) NOT NULL, "left_at" varchar(32), "due_on" varchar(10), "overdue" boolean NOT NULL DEFAULT (0), "user_id" integer, "note" varchar(500))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_stages_opp" ON "crm_opportunity_stages" ("opportunity_id", "entered_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_tasks" ("opportunity_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "task_key" varchar(40) NOT NULL, "done_by" integer NOT NULL, "done_at" varchar(32) NOT NULL, PRIMARY KEY ("opportunity_id", "stage", "task_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_decision_chain" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "contact_id" integer NOT NULL, "role" varchar(20) NOT NULL, "notes" varchar(200), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_decision_chain" UNIQUE ("opportunity_id", "contact_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_competitors" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "competitor" varchar(100) NOT NULL, "offer_amount" bigint, "strengths" varchar(1000), "weaknesses" varchar(1000), "notes" varchar(500), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_competitors_opp" ON "crm_competitors" ("opportunity_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_competitors_name" ON "crm_competitors" ("competitor") ');
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_products" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "qty" integer NOT NULL, "price" bigint NOT NULL, "notes" varchar(200))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_products_opp" ON "crm_opportunity_products" ("opportunity_id", "line_no") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "entity_type" varchar(20) NOT NULL, "entity_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "file_name" varchar(200) NOT NULL, "mime" varchar(100) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "content" text NOT NULL, "uploaded_by" integer NOT NULL, "uploaded_at" varchar(32) NOT NULL, "removed" boolean NOT NULL DEFAULT (0), "removed_by" integer, "removed_at" varchar(32))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_attachments_entity" ON "crm_attachments" ("entity_type", "entity_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_activities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type" varchar(12) NOT NULL, "user_id" integer NOT NULL, "customer_id" integer, "lead_id" integer, "contact_id" integer, "opportunity_id" integer, "occurred_at" varchar(32) NOT NULL, "checkin_at" varchar(32), "checkin_place" varchar(200), "summary" text NOT NULL, "customer_requests" text, "promises" text, "next_followup_on" varchar(10) NOT NULL, "followup_owner_id" integer NOT NULL, "followup_done" boolean NOT NULL DEFAULT (0), "followup_done_at" varchar(32), "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_customer" ON "crm_activities" ("customer_id", "occurred_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_act_lead" ON "crm_activities" ("lead_id", "occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_opp" ON "crm_activities" ("opportunity_id", "occurred_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_act_user" ON "crm_activities" ("user_id", "occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_followup" ON "crm_activities" ("followup_owner_id", "followup_done", "next_followup_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_reminders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(30) NOT NULL, "entity_type" varchar(20) NOT NULL, "entity_id" integer NOT NULL, "title_zh" varchar(300) NOT NULL, "title_en" varchar(300) NOT NULL, "due_on" varchar(10), "dedupe_key" varchar(120) NOT NULL, "created_at" varchar(32) NOT NULL, "read_at" varchar(32), CONSTRAINT "uq_crm_reminders_key" UNIQUE ("user_id", "dedupe_key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_reminders_user" ON "crm_reminders" ("user_id", "read_at", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_service_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "customer_id" integer NOT NULL, "product_id" integer, "description" text NOT NULL, "completed_on" varchar(10) NOT NULL, "user_id" integer NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "uq_crm_service_jobs_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_service_jobs_customer" ON "crm_service_jobs" ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_aftersales_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "source_type" varchar(20) NOT NULL, "source_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "seq" integer NOT NULL DEFAULT (0), "delivered_on" varchar(10) NOT NULL, "due_from" varchar(10) NOT NULL, "due_on" varchar(10) NOT NULL, "assignee_id" integer NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'open\'), "warned_at" varchar(32), "done_at" varchar(32), "done_by" integer, "activity_id" integer, "satisfaction" integer, "result" varchar(500), "created_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_aftersales_source" UNIQUE ("source_type", "source_id", "kind", "seq"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_assignee" ON "crm_aftersales_tasks" ("assignee_id", "status", "due_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_customer" ON "crm_aftersales_tasks" ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_due" ON "crm_aftersales_tasks" ("status", "due_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_complaints" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "kind" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "product_id" integer, "cause" varchar(12) NOT NULL, "severity" varchar(10) NOT NULL, "description" text NOT NULL, "owner_id" integer NOT NULL, "status" varchar(12) NOT NULL DEFAULT (\'open\'), "opened_at" varchar(32) NOT NULL, "escalate_at" varchar(32) NOT NULL, "escalated_at" varchar(32), "supervisor_id" integer, "tech_user_id" integer, "routed_at" varchar(32), "tech_result" text, "solution" text, "satisfaction" integer, "closed_at" varchar(32), "closed_by" integer, "resolve_minutes" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_complaints_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_escalate" ON "crm_complaints" ("status", "escalate_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_customer" ON "crm_complaints" ("customer_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_owner" ON "crm_complaints" ("owner_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_product" ON "crm_complaints" ("product_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_opened" ON "crm_complaints" ("opened_at") ');
    await queryRunner.query(
      'CREATE TABLE "crm_complaint_logs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaint_id" integer NOT NULL, "at" varchar(32) NOT NULL, "user_id" integer, "action" varchar(20) NOT NULL, "note" text)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaint_logs" ON "crm_complaint_logs" ("complaint_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_merges" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "winner_type" varchar(10) NOT NULL, "winner_id" integer NOT NULL, "loser_type" varchar(10) NOT NULL, "loser_id" integer NOT NULL, "proposed" varchar(10), "rule" varchar(30), "decided_by" integer NOT NULL, "reason" varchar(500) NOT NULL, "details" text, "at" varchar(32) NOT NULL)',
    );
    await queryRunner.query('DROP INDEX "ix_crm_leads_name_key"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_phone_key"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_owner"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_idle"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_assigned"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_filed"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_pooled"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_leads" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "company" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "contact_name" varchar(50), "contact_title" varchar(50), "phone" varchar(50), "phone_key" varchar(30), "email" varchar(100), "source" varchar(20) NOT NULL, "requirement" text, "notes" text, "status" varchar(12) NOT NULL DEFAULT (\'open\'), "owner_id" integer, "filed_by" integer NOT NULL, "filed_at" varchar(32) NOT NULL, "assigned_at" varchar(32), "idle_since" varchar(32), "last_followup_at" varchar(32), "next_followup_on" varchar(10), "idle_warned_at" varchar(32), "convert_warned_at" varchar(32), "pooled_at" varchar(32), "pool_reason" varchar(200), "previous_owner_id" integer, "customer_id" integer, "converted_at" varchar(32), "merged_into_id" integer, "closed_reason" varchar(200), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_leads_code" UNIQUE ("code"), CONSTRAINT "fk_crm_leads_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_leads_filed_by" FOREIGN KEY ("filed_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_leads_previous_owner_id" FOREIGN KEY ("previous_owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_leads_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_leads_merged_into_id" FOREIGN KEY ("merged_into_id") REFERENCES "crm_leads" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_leads"("id", "code", "company", "name_key", "py", "contact_name", "contact_title", "phone", "phone_key", "email", "source", "requirement", "notes", "status", "owner_id", "filed_by", "filed_at", "assigned_at", "idle_since", "last_followup_at", "next_followup_on", "idle_warned_at", "convert_warned_at", "pooled_at", "pool_reason", "previous_owner_id", "customer_id", "converted_at", "merged_into_id", "closed_reason", "created_at", "updated_at", "version") SELECT "id", "code", "company", "name_key", "py", "contact_name", "contact_title", "phone", "phone_key", "email", "source", "requirement", "notes", "status", "owner_id", "filed_by", "filed_at", "assigned_at", "idle_since", "last_followup_at", "next_followup_on", "idle_warned_at", "convert_warned_at", "pooled_at", "pool_reason", "previous_owner_id", "customer_id", "converted_at", "merged_into_id", "closed_reason", "created_at", "updated_at", "version" FROM "crm_leads"',
    );
    await queryRunner.query('DROP TABLE "crm_leads"');
    await queryRunner.query('ALTER TABLE "temporary_crm_leads" RENAME TO "crm_leads"');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_name_key" ON "crm_leads" ("name_key") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_phone_key" ON "crm_leads" ("phone_key") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_owner" ON "crm_leads" ("owner_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_idle" ON "crm_leads" ("status", "idle_since") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_assigned" ON "crm_leads" ("status", "assigned_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_customer" ON "crm_leads" ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_filed" ON "crm_leads" ("filed_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_pooled" ON "crm_leads" ("status", "pooled_at") ');
    await queryRunner.query('DROP INDEX "ix_crm_lead_events_lead"');
    await queryRunner.query('DROP INDEX "ix_crm_lead_events_to"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_lead_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "lead_id" integer NOT NULL, "at" varchar(32) NOT NULL, "kind" varchar(20) NOT NULL, "user_id" integer, "from_user_id" integer, "to_user_id" integer, "note" varchar(500), CONSTRAINT "fk_crm_lead_events_lead_id" FOREIGN KEY ("lead_id") REFERENCES "crm_leads" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_lead_events_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_lead_events_from_user_id" FOREIGN KEY ("from_user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_lead_events_to_user_id" FOREIGN KEY ("to_user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_lead_events"("id", "lead_id", "at", "kind", "user_id", "from_user_id", "to_user_id", "note") SELECT "id", "lead_id", "at", "kind", "user_id", "from_user_id", "to_user_id", "note" FROM "crm_lead_events"',
    );
    await queryRunner.query('DROP TABLE "crm_lead_events"');
    await queryRunner.query('ALTER TABLE "temporary_crm_lead_events" RENAME TO "crm_lead_events"');
    await queryRunner.query('CREATE INDEX "ix_crm_lead_events_lead" ON "crm_lead_events" ("lead_id", "at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_lead_events_to" ON "crm_lead_events" ("to_user_id", "kind", "at") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_opps_owner"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_stage"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_due"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_updated"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_opportunities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(200) NOT NULL, "customer_id" integer NOT NULL, "lead_id" integer, "owner_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'open\'), "stage_entered_at" varchar(32) NOT NULL, "stage_due_on" varchar(10), "stage_warned_at" varchar(32), "budget" bigint, "expected_amount" bigint, "expected_bid_date" varchar(10), "win_amount" bigint, "bid_issue_date" varchar(10), "bid_response_date" varchar(10), "design_unit" varchar(200), "decision_unit" varchar(200), "user_unit" varchar(200), "description" text, "won_amount" bigint, "won_on" varchar(10), "won_reason" varchar(500), "lost_reason" varchar(500), "lost_to" varchar(100), "closed_at" varchar(32), "closed_by" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_opportunities_code" UNIQUE ("code"), CONSTRAINT "uq_crm_opportunities_name" UNIQUE ("name"), CONSTRAINT "fk_crm_opportunities_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunities_lead_id" FOREIGN KEY ("lead_id") REFERENCES "crm_leads" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunities_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunities_closed_by" FOREIGN KEY ("closed_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunities_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_opportunities"("id", "code", "name", "customer_id", "lead_id", "owner_id", "stage", "status", "stage_entered_at", "stage_due_on", "stage_warned_at", "budget", "expected_amount", "expected_bid_date", "win_amount", "bid_issue_date", "bid_response_date", "design_unit", "decision_unit", "user_unit", "description", "won_amount", "won_on", "won_reason", "lost_reason", "lost_to", "closed_at", "closed_by", "created_by", "created_at", "updated_at", "version") SELECT "id", "code", "name", "customer_id", "lead_id", "owner_id", "stage", "status", "stage_entered_at", "stage_due_on", "stage_warned_at", "budget", "expected_amount", "expected_bid_date", "win_amount", "bid_issue_date", "bid_response_date", "design_unit", "decision_unit", "user_unit", "description", "won_amount", "won_on", "won_reason", "lost_reason", "lost_to", "closed_at", "closed_by", "created_by", "created_at", "updated_at", "version" FROM "crm_opportunities"',
    );
    await queryRunner.query('DROP TABLE "crm_opportunities"');
    await queryRunner.query('ALTER TABLE "temporary_crm_opportunities" RENAME TO "crm_opportunities"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_owner" ON "crm_opportunities" ("owner_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opps_customer" ON "crm_opportunities" ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_opps_stage" ON "crm_opportunities" ("status", "stage") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_due" ON "crm_opportunities" ("status", "stage_due_on") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opps_updated" ON "crm_opportunities" ("updated_at") ');
    await queryRunner.query('DROP INDEX "ix_crm_opp_owners_user"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_opportunity_owners" ("opportunity_id" integer NOT NULL, "user_id" integer NOT NULL, CONSTRAINT "fk_crm_opportunity_owners_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunity_owners_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY ("opportunity_id", "user_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_opportunity_owners"("opportunity_id", "user_id") SELECT "opportunity_id", "user_id" FROM "crm_opportunity_owners"',
    );
    await queryRunner.query('DROP TABLE "crm_opportunity_owners"');
    await queryRunner.query(
      'ALTER TABLE "temporary_crm_opportunity_owners" RENAME TO "crm_opportunity_owners"',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opp_owners_user" ON "crm_opportunity_owners" ("user_id") ');
    await queryRunner.query('DROP INDEX "ix_crm_opp_stages_opp"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_opportunity_stages" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "entered_at" varchar(32) NOT NULL, "left_at" varchar(32), "due_on" varchar(10), "overdue" boolean NOT NULL DEFAULT (0), "user_id" integer, "note" varchar(500), CONSTRAINT "fk_crm_opportunity_stages_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunity_stages_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_opportunity_stages"("id", "opportunity_id", "stage", "entered_at", "left_at", "due_on", "overdue", "user_id", "note") SELECT "id", "opportunity_id", "stage", "entered_at", "left_at", "due_on", "overdue", "user_id", "note" FROM "crm_opportunity_stages"',
    );
    await queryRunner.query('DROP TABLE "crm_opportunity_stages"');
    await queryRunner.query(
      'ALTER TABLE "temporary_crm_opportunity_stages" RENAME TO "crm_opportunity_stages"',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_stages_opp" ON "crm_opportunity_stages" ("opportunity_id", "entered_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_opportunity_tasks" ("opportunity_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "task_key" varchar(40) NOT NULL, "done_by" integer NOT NULL, "done_at" varchar(32) NOT NULL, CONSTRAINT "fk_crm_opportunity_tasks_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunity_tasks_done_by" FOREIGN KEY ("done_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY ("opportunity_id", "stage", "task_key"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_opportunity_tasks"("opportunity_id", "stage", "task_key", "done_by", "done_at") SELECT "opportunity_id", "stage", "task_key", "done_by", "done_at" FROM "crm_opportunity_tasks"',
    );
    await queryRunner.query('DROP TABLE "crm_opportunity_tasks"');
    await queryRunner.query(
      'ALTER TABLE "temporary_crm_opportunity_tasks" RENAME TO "crm_opportunity_tasks"',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_decision_chain" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "contact_id" integer NOT NULL, "role" varchar(20) NOT NULL, "notes" varchar(200), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_decision_chain" UNIQUE ("opportunity_id", "contact_id"), CONSTRAINT "fk_crm_decision_chain_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_decision_chain_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_decision_chain"("id", "opportunity_id", "contact_id", "role", "notes", "active", "created_at", "updated_at", "version") SELECT "id", "opportunity_id", "contact_id", "role", "notes", "active", "created_at", "updated_at", "version" FROM "crm_decision_chain"',
    );
    await queryRunner.query('DROP TABLE "crm_decision_chain"');
    await queryRunner.query('ALTER TABLE "temporary_crm_decision_chain" RENAME TO "crm_decision_chain"');
    await queryRunner.query('DROP INDEX "ix_crm_competitors_opp"');
    await queryRunner.query('DROP INDEX "ix_crm_competitors_name"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_competitors" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "competitor" varchar(100) NOT NULL, "offer_amount" bigint, "strengths" varchar(1000), "weaknesses" varchar(1000), "notes" varchar(500), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "fk_crm_competitors_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_competitors"("id", "opportunity_id", "competitor", "offer_amount", "strengths", "weaknesses", "notes", "active", "created_at", "updated_at", "version") SELECT "id", "opportunity_id", "competitor", "offer_amount", "strengths", "weaknesses", "notes", "active", "created_at", "updated_at", "version" FROM "crm_competitors"',
    );
    await queryRunner.query('DROP TABLE "crm_competitors"');
    await queryRunner.query('ALTER TABLE "temporary_crm_competitors" RENAME TO "crm_competitors"');
    await queryRunner.query('CREATE INDEX "ix_crm_competitors_opp" ON "crm_competitors" ("opportunity_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_competitors_name" ON "crm_competitors" ("competitor") ');
    await queryRunner.query('DROP INDEX "ix_crm_opp_products_opp"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_opportunity_products" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "qty" integer NOT NULL, "price" bigint NOT NULL, "notes" varchar(200), CONSTRAINT "fk_crm_opportunity_products_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunity_products_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_opportunity_products"("id", "opportunity_id", "line_no", "product_id", "qty", "price", "notes") SELECT "id", "opportunity_id", "line_no", "product_id", "qty", "price", "notes" FROM "crm_opportunity_products"',
    );
    await queryRunner.query('DROP TABLE "crm_opportunity_products"');
    await queryRunner.query(
      'ALTER TABLE "temporary_crm_opportunity_products" RENAME TO "crm_opportunity_products"',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_products_opp" ON "crm_opportunity_products" ("opportunity_id", "line_no") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_attachments_entity"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "entity_type" varchar(20) NOT NULL, "entity_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "file_name" varchar(200) NOT NULL, "mime" varchar(100) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "content" text NOT NULL, "uploaded_by" integer NOT NULL, "uploaded_at" varchar(32) NOT NULL, "removed" boolean NOT NULL DEFAULT (0), "removed_by" integer, "removed_at" varchar(32), CONSTRAINT "fk_crm_attachments_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_attachments_removed_by" FOREIGN KEY ("removed_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_attachments"("id", "entity_type", "entity_id", "kind", "file_name", "mime", "size", "sha256", "content", "uploaded_by", "uploaded_at", "removed", "removed_by", "removed_at") SELECT "id", "entity_type", "entity_id", "kind", "file_name", "mime", "size", "sha256", "content", "uploaded_by", "uploaded_at", "removed", "removed_by", "removed_at" FROM "crm_attachments"',
    );
    await queryRunner.query('DROP TABLE "crm_attachments"');
    await queryRunner.query('ALTER TABLE "temporary_crm_attachments" RENAME TO "crm_attachments"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_attachments_entity" ON "crm_attachments" ("entity_type", "entity_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_act_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_act_lead"');
    await queryRunner.query('DROP INDEX "ix_crm_act_opp"');
    await queryRunner.query('DROP INDEX "ix_crm_act_user"');
    await queryRunner.query('DROP INDEX "ix_crm_act_followup"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_activities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type" varchar(12) NOT NULL, "user_id" integer NOT NULL, "customer_id" integer, "lead_id" integer, "contact_id" integer, "opportunity_id" integer, "occurred_at" varchar(32) NOT NULL, "checkin_at" varchar(32), "checkin_place" varchar(200), "summary" text NOT NULL, "customer_requests" text, "promises" text, "next_followup_on" varchar(10) NOT NULL, "followup_owner_id" integer NOT NULL, "followup_done" boolean NOT NULL DEFAULT (0), "followup_done_at" varchar(32), "created_at" varchar(32) NOT NULL, CONSTRAINT "fk_crm_activities_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_activities_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_activities_lead_id" FOREIGN KEY ("lead_id") REFERENCES "crm_leads" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_activities_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_activities_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_activities_followup_owner_id" FOREIGN KEY ("followup_owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_activities"("id", "type", "user_id", "customer_id", "lead_id", "contact_id", "opportunity_id", "occurred_at", "checkin_at", "checkin_place", "summary", "customer_requests", "promises", "next_followup_on", "followup_owner_id", "followup_done", "followup_done_at", "created_at") SELECT "id", "type", "user_id", "customer_id", "lead_id", "contact_id", "opportunity_id", "occurred_at", "checkin_at", "checkin_place", "summary", "customer_requests", "promises", "next_followup_on", "followup_owner_id", "followup_done", "followup_done_at", "created_at" FROM "crm_activities"',
    );
    await queryRunner.query('DROP TABLE "crm_activities"');
    await queryRunner.query('ALTER TABLE "temporary_crm_activities" RENAME TO "crm_activities"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_customer" ON "crm_activities" ("customer_id", "occurred_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_act_lead" ON "crm_activities" ("lead_id", "occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_opp" ON "crm_activities" ("opportunity_id", "occurred_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_act_user" ON "crm_activities" ("user_id", "occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_followup" ON "crm_activities" ("followup_owner_id", "followup_done", "next_followup_on") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_reminders_user"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_reminders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(30) NOT NULL, "entity_type" varchar(20) NOT NULL, "entity_id" integer NOT NULL, "title_zh" varchar(300) NOT NULL, "title_en" varchar(300) NOT NULL, "due_on" varchar(10), "dedupe_key" varchar(120) NOT NULL, "created_at" varchar(32) NOT NULL, "read_at" varchar(32), CONSTRAINT "uq_crm_reminders_key" UNIQUE ("user_id", "dedupe_key"), CONSTRAINT "fk_crm_reminders_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_reminders"("id", "user_id", "kind", "entity_type", "entity_id", "title_zh", "title_en", "due_on", "dedupe_key", "created_at", "read_at") SELECT "id", "user_id", "kind", "entity_type", "entity_id", "title_zh", "title_en", "due_on", "dedupe_key", "created_at", "read_at" FROM "crm_reminders"',
    );
    await queryRunner.query('DROP TABLE "crm_reminders"');
    await queryRunner.query('ALTER TABLE "temporary_crm_reminders" RENAME TO "crm_reminders"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_reminders_user" ON "crm_reminders" ("user_id", "read_at", "created_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_service_jobs_customer"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_service_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "customer_id" integer NOT NULL, "product_id" integer, "description" text NOT NULL, "completed_on" varchar(10) NOT NULL, "user_id" integer NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "uq_crm_service_jobs_code" UNIQUE ("code"), CONSTRAINT "fk_crm_service_jobs_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_service_jobs_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_service_jobs_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_service_jobs"("id", "code", "customer_id", "product_id", "description", "completed_on", "user_id", "created_at") SELECT "id", "code", "customer_id", "product_id", "description", "completed_on", "user_id", "created_at" FROM "crm_service_jobs"',
    );
    await queryRunner.query('DROP TABLE "crm_service_jobs"');
    await queryRunner.query('ALTER TABLE "temporary_crm_service_jobs" RENAME TO "crm_service_jobs"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_service_jobs_customer" ON "crm_service_jobs" ("customer_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_assignee"');
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_due"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_aftersales_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "source_type" varchar(20) NOT NULL, "source_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "seq" integer NOT NULL DEFAULT (0), "delivered_on" varchar(10) NOT NULL, "due_from" varchar(10) NOT NULL, "due_on" varchar(10) NOT NULL, "assignee_id" integer NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'open\'), "warned_at" varchar(32), "done_at" varchar(32), "done_by" integer, "activity_id" integer, "satisfaction" integer, "result" varchar(500), "created_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_aftersales_source" UNIQUE ("source_type", "source_id", "kind", "seq"), CONSTRAINT "fk_crm_aftersales_tasks_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_aftersales_tasks_assignee_id" FOREIGN KEY ("assignee_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_aftersales_tasks_done_by" FOREIGN KEY ("done_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_aftersales_tasks_activity_id" FOREIGN KEY ("activity_id") REFERENCES "crm_activities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_aftersales_tasks"("id", "customer_id", "source_type", "source_id", "kind", "seq", "delivered_on", "due_from", "due_on", "assignee_id", "status", "warned_at", "done_at", "done_by", "activity_id", "satisfaction", "result", "created_at", "version") SELECT "id", "customer_id", "source_type", "source_id", "kind", "seq", "delivered_on", "due_from", "due_on", "assignee_id", "status", "warned_at", "done_at", "done_by", "activity_id", "satisfaction", "result", "created_at", "version" FROM "crm_aftersales_tasks"',
    );
    await queryRunner.query('DROP TABLE "crm_aftersales_tasks"');
    await queryRunner.query('ALTER TABLE "temporary_crm_aftersales_tasks" RENAME TO "crm_aftersales_tasks"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_assignee" ON "crm_aftersales_tasks" ("assignee_id", "status", "due_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_customer" ON "crm_aftersales_tasks" ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_due" ON "crm_aftersales_tasks" ("status", "due_on") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_complaints_escalate"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_owner"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_product"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_opened"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_complaints" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "kind" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "product_id" integer, "cause" varchar(12) NOT NULL, "severity" varchar(10) NOT NULL, "description" text NOT NULL, "owner_id" integer NOT NULL, "status" varchar(12) NOT NULL DEFAULT (\'open\'), "opened_at" varchar(32) NOT NULL, "escalate_at" varchar(32) NOT NULL, "escalated_at" varchar(32), "supervisor_id" integer, "tech_user_id" integer, "routed_at" varchar(32), "tech_result" text, "solution" text, "satisfaction" integer, "closed_at" varchar(32), "closed_by" integer, "resolve_minutes" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_complaints_code" UNIQUE ("code"), CONSTRAINT "fk_crm_complaints_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaints_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaints_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaints_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaints_supervisor_id" FOREIGN KEY ("supervisor_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaints_tech_user_id" FOREIGN KEY ("tech_user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaints_closed_by" FOREIGN KEY ("closed_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaints_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_complaints"("id", "code", "kind", "customer_id", "contact_id", "product_id", "cause", "severity", "description", "owner_id", "status", "opened_at", "escalate_at", "escalated_at", "supervisor_id", "tech_user_id", "routed_at", "tech_result", "solution", "satisfaction", "closed_at", "closed_by", "resolve_minutes", "created_by", "created_at", "updated_at", "version") SELECT "id", "code", "kind", "customer_id", "contact_id", "product_id", "cause", "severity", "description", "owner_id", "status", "opened_at", "escalate_at", "escalated_at", "supervisor_id", "tech_user_id", "routed_at", "tech_result", "solution", "satisfaction", "closed_at", "closed_by", "resolve_minutes", "created_by", "created_at", "updated_at", "version" FROM "crm_complaints"',
    );
    await queryRunner.query('DROP TABLE "crm_complaints"');
    await queryRunner.query('ALTER TABLE "temporary_crm_complaints" RENAME TO "crm_complaints"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_escalate" ON "crm_complaints" ("status", "escalate_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_customer" ON "crm_complaints" ("customer_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_owner" ON "crm_complaints" ("owner_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_product" ON "crm_complaints" ("product_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_opened" ON "crm_complaints" ("opened_at") ');
    await queryRunner.query('DROP INDEX "ix_crm_complaint_logs"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_complaint_logs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaint_id" integer NOT NULL, "at" varchar(32) NOT NULL, "user_id" integer, "action" varchar(20) NOT NULL, "note" text, CONSTRAINT "fk_crm_complaint_logs_complaint_id" FOREIGN KEY ("complaint_id") REFERENCES "crm_complaints" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaint_logs_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_complaint_logs"("id", "complaint_id", "at", "user_id", "action", "note") SELECT "id", "complaint_id", "at", "user_id", "action", "note" FROM "crm_complaint_logs"',
    );
    await queryRunner.query('DROP TABLE "crm_complaint_logs"');
    await queryRunner.query('ALTER TABLE "temporary_crm_complaint_logs" RENAME TO "crm_complaint_logs"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaint_logs" ON "crm_complaint_logs" ("complaint_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_merges" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "winner_type" varchar(10) NOT NULL, "winner_id" integer NOT NULL, "loser_type" varchar(10) NOT NULL, "loser_id" integer NOT NULL, "proposed" varchar(10), "rule" varchar(30), "decided_by" integer NOT NULL, "reason" varchar(500) NOT NULL, "details" text, "at" varchar(32) NOT NULL, CONSTRAINT "fk_crm_merges_decided_by" FOREIGN KEY ("decided_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_merges"("id", "winner_type", "winner_id", "loser_type", "loser_id", "proposed", "rule", "decided_by", "reason", "details", "at") SELECT "id", "winner_type", "winner_id", "loser_type", "loser_id", "proposed", "rule", "decided_by", "reason", "details", "at" FROM "crm_merges"',
    );
    await queryRunner.query('DROP TABLE "crm_merges"');
    await queryRunner.query('ALTER TABLE "temporary_crm_merges" RENAME TO "crm_merges"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "crm_merges" RENAME TO "temporary_crm_merges"');
    await queryRunner.query(
      'CREATE TABLE "crm_merges" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "winner_type" varchar(10) NOT NULL, "winner_id" integer NOT NULL, "loser_type" varchar(10) NOT NULL, "loser_id" integer NOT NULL, "proposed" varchar(10), "rule" varchar(30), "decided_by" integer NOT NULL, "reason" varchar(500) NOT NULL, "details" text, "at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "crm_merges"("id", "winner_type", "winner_id", "loser_type", "loser_id", "proposed", "rule", "decided_by", "reason", "details", "at") SELECT "id", "winner_type", "winner_id", "loser_type", "loser_id", "proposed", "rule", "decided_by", "reason", "details", "at" FROM "temporary_crm_merges"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_merges"');
    await queryRunner.query('DROP INDEX "ix_crm_complaint_logs"');
    await queryRunner.query('ALTER TABLE "crm_complaint_logs" RENAME TO "temporary_crm_complaint_logs"');
    await queryRunner.query(
      'CREATE TABLE "crm_complaint_logs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaint_id" integer NOT NULL, "at" varchar(32) NOT NULL, "user_id" integer, "action" varchar(20) NOT NULL, "note" text)',
    );
    await queryRunner.query(
      'INSERT INTO "crm_complaint_logs"("id", "complaint_id", "at", "user_id", "action", "note") SELECT "id", "complaint_id", "at", "user_id", "action", "note" FROM "temporary_crm_complaint_logs"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_complaint_logs"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaint_logs" ON "crm_complaint_logs" ("complaint_id", "at") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_complaints_opened"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_product"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_owner"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_escalate"');
    await queryRunner.query('ALTER TABLE "crm_complaints" RENAME TO "temporary_crm_complaints"');
    await queryRunner.query(
      'CREATE TABLE "crm_complaints" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "kind" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "product_id" integer, "cause" varchar(12) NOT NULL, "severity" varchar(10) NOT NULL, "description" text NOT NULL, "owner_id" integer NOT NULL, "status" varchar(12) NOT NULL DEFAULT (\'open\'), "opened_at" varchar(32) NOT NULL, "escalate_at" varchar(32) NOT NULL, "escalated_at" varchar(32), "supervisor_id" integer, "tech_user_id" integer, "routed_at" varchar(32), "tech_result" text, "solution" text, "satisfaction" integer, "closed_at" varchar(32), "closed_by" integer, "resolve_minutes" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_complaints_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_complaints"("id", "code", "kind", "customer_id", "contact_id", "product_id", "cause", "severity", "description", "owner_id", "status", "opened_at", "escalate_at", "escalated_at", "supervisor_id", "tech_user_id", "routed_at", "tech_result", "solution", "satisfaction", "closed_at", "closed_by", "resolve_minutes", "created_by", "created_at", "updated_at", "version") SELECT "id", "code", "kind", "customer_id", "contact_id", "product_id", "cause", "severity", "description", "owner_id", "status", "opened_at", "escalate_at", "escalated_at", "supervisor_id", "tech_user_id", "routed_at", "tech_result", "solution", "satisfaction", "closed_at", "closed_by", "resolve_minutes", "created_by", "created_at", "updated_at", "version" FROM "temporary_crm_complaints"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_complaints"');
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_opened" ON "crm_complaints" ("opened_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_product" ON "crm_complaints" ("product_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_owner" ON "crm_complaints" ("owner_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_customer" ON "crm_complaints" ("customer_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_escalate" ON "crm_complaints" ("status", "escalate_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_due"');
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_assignee"');
    await queryRunner.query('ALTER TABLE "crm_aftersales_tasks" RENAME TO "temporary_crm_aftersales_tasks"');
    await queryRunner.query(
      'CREATE TABLE "crm_aftersales_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "source_type" varchar(20) NOT NULL, "source_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "seq" integer NOT NULL DEFAULT (0), "delivered_on" varchar(10) NOT NULL, "due_from" varchar(10) NOT NULL, "due_on" varchar(10) NOT NULL, "assignee_id" integer NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'open\'), "warned_at" varchar(32), "done_at" varchar(32), "done_by" integer, "activity_id" integer, "satisfaction" integer, "result" varchar(500), "created_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_aftersales_source" UNIQUE ("source_type", "source_id", "kind", "seq"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_aftersales_tasks"("id", "customer_id", "source_type", "source_id", "kind", "seq", "delivered_on", "due_from", "due_on", "assignee_id", "status", "warned_at", "done_at", "done_by", "activity_id", "satisfaction", "result", "created_at", "version") SELECT "id", "customer_id", "source_type", "source_id", "kind", "seq", "delivered_on", "due_from", "due_on", "assignee_id", "status", "warned_at", "done_at", "done_by", "activity_id", "satisfaction", "result", "created_at", "version" FROM "temporary_crm_aftersales_tasks"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_aftersales_tasks"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_due" ON "crm_aftersales_tasks" ("status", "due_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_customer" ON "crm_aftersales_tasks" ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_assignee" ON "crm_aftersales_tasks" ("assignee_id", "status", "due_on") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_service_jobs_customer"');
    await queryRunner.query('ALTER TABLE "crm_service_jobs" RENAME TO "temporary_crm_service_jobs"');
    await queryRunner.query(
      'CREATE TABLE "crm_service_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "customer_id" integer NOT NULL, "product_id" integer, "description" text NOT NULL, "completed_on" varchar(10) NOT NULL, "user_id" integer NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "uq_crm_service_jobs_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_service_jobs"("id", "code", "customer_id", "product_id", "description", "completed_on", "user_id", "created_at") SELECT "id", "code", "customer_id", "product_id", "description", "completed_on", "user_id", "created_at" FROM "temporary_crm_service_jobs"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_service_jobs"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_service_jobs_customer" ON "crm_service_jobs" ("customer_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_reminders_user"');
    await queryRunner.query('ALTER TABLE "crm_reminders" RENAME TO "temporary_crm_reminders"');
    await queryRunner.query(
      'CREATE TABLE "crm_reminders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(30) NOT NULL, "entity_type" varchar(20) NOT NULL, "entity_id" integer NOT NULL, "title_zh" varchar(300) NOT NULL, "title_en" varchar(300) NOT NULL, "due_on" varchar(10), "dedupe_key" varchar(120) NOT NULL, "created_at" varchar(32) NOT NULL, "read_at" varchar(32), CONSTRAINT "uq_crm_reminders_key" UNIQUE ("user_id", "dedupe_key"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_reminders"("id", "user_id", "kind", "entity_type", "entity_id", "title_zh", "title_en", "due_on", "dedupe_key", "created_at", "read_at") SELECT "id", "user_id", "kind", "entity_type", "entity_id", "title_zh", "title_en", "due_on", "dedupe_key", "created_at", "read_at" FROM "temporary_crm_reminders"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_reminders"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_reminders_user" ON "crm_reminders" ("user_id", "read_at", "created_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_act_followup"');
    await queryRunner.query('DROP INDEX "ix_crm_act_user"');
    await queryRunner.query('DROP INDEX "ix_crm_act_opp"');
    await queryRunner.query('DROP INDEX "ix_crm_act_lead"');
    await queryRunner.query('DROP INDEX "ix_crm_act_customer"');
    await queryRunner.query('ALTER TABLE "crm_activities" RENAME TO "temporary_crm_activities"');
    await queryRunner.query(
      'CREATE TABLE "crm_activities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type" varchar(12) NOT NULL, "user_id" integer NOT NULL, "customer_id" integer, "lead_id" integer, "contact_id" integer, "opportunity_id" integer, "occurred_at" varchar(32) NOT NULL, "checkin_at" varchar(32), "checkin_place" varchar(200), "summary" text NOT NULL, "customer_requests" text, "promises" text, "next_followup_on" varchar(10) NOT NULL, "followup_owner_id" integer NOT NULL, "followup_done" boolean NOT NULL DEFAULT (0), "followup_done_at" varchar(32), "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "crm_activities"("id", "type", "user_id", "customer_id", "lead_id", "contact_id", "opportunity_id", "occurred_at", "checkin_at", "checkin_place", "summary", "customer_requests", "promises", "next_followup_on", "followup_owner_id", "followup_done", "followup_done_at", "created_at") SELECT "id", "type", "user_id", "customer_id", "lead_id", "contact_id", "opportunity_id", "occurred_at", "checkin_at", "checkin_place", "summary", "customer_requests", "promises", "next_followup_on", "followup_owner_id", "followup_done", "followup_done_at", "created_at" FROM "temporary_crm_activities"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_activities"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_followup" ON "crm_activities" ("followup_owner_id", "followup_done", "next_followup_on") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_act_user" ON "crm_activities" ("user_id", "occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_opp" ON "crm_activities" ("opportunity_id", "occurred_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_act_lead" ON "crm_activities" ("lead_id", "occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_customer" ON "crm_activities" ("customer_id", "occurred_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_attachments_entity"');
    await queryRunner.query('ALTER TABLE "crm_attachments" RENAME TO "temporary_crm_attachments"');
    await queryRunner.query(
      'CREATE TABLE "crm_attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "entity_type" varchar(20) NOT NULL, "entity_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "file_name" varchar(200) NOT NULL, "mime" varchar(100) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "content" text NOT NULL, "uploaded_by" integer NOT NULL, "uploaded_at" varchar(32) NOT NULL, "removed" boolean NOT NULL DEFAULT (0), "removed_by" integer, "removed_at" varchar(32))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_attachments"("id", "entity_type", "entity_id", "kind", "file_name", "mime", "size", "sha256", "content", "uploaded_by", "uploaded_at", "removed", "removed_by", "removed_at") SELECT "id", "entity_type", "entity_id", "kind", "file_name", "mime", "size", "sha256", "content", "uploaded_by", "uploaded_at", "removed", "removed_by", "removed_at" FROM "temporary_crm_attachments"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_attachments"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_attachments_entity" ON "crm_attachments" ("entity_type", "entity_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_opp_products_opp"');
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_products" RENAME TO "temporary_crm_opportunity_products"',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_products" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "qty" integer NOT NULL, "price" bigint NOT NULL, "notes" varchar(200))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_opportunity_products"("id", "opportunity_id", "line_no", "product_id", "qty", "price", "notes") SELECT "id", "opportunity_id", "line_no", "product_id", "qty", "price", "notes" FROM "temporary_crm_opportunity_products"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_opportunity_products"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_products_opp" ON "crm_opportunity_products" ("opportunity_id", "line_no") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_competitors_name"');
    await queryRunner.query('DROP INDEX "ix_crm_competitors_opp"');
    await queryRunner.query('ALTER TABLE "crm_competitors" RENAME TO "temporary_crm_competitors"');
    await queryRunner.query(
      'CREATE TABLE "crm_competitors" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "competitor" varchar(100) NOT NULL, "offer_amount" bigint, "strengths" varchar(1000), "weaknesses" varchar(1000), "notes" varchar(500), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_competitors"("id", "opportunity_id", "competitor", "offer_amount", "strengths", "weaknesses", "notes", "active", "created_at", "updated_at", "version") SELECT "id", "opportunity_id", "competitor", "offer_amount", "strengths", "weaknesses", "notes", "active", "created_at", "updated_at", "version" FROM "temporary_crm_competitors"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_competitors"');
    await queryRunner.query('CREATE INDEX "ix_crm_competitors_name" ON "crm_competitors" ("competitor") ');
    await queryRunner.query('CREATE INDEX "ix_crm_competitors_opp" ON "crm_competitors" ("opportunity_id") ');
    await queryRunner.query('ALTER TABLE "crm_decision_chain" RENAME TO "temporary_crm_decision_chain"');
    await queryRunner.query(
      'CREATE TABLE "crm_decision_chain" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "contact_id" integer NOT NULL, "role" varchar(20) NOT NULL, "notes" varchar(200), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_decision_chain" UNIQUE ("opportunity_id", "contact_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_decision_chain"("id", "opportunity_id", "contact_id", "role", "notes", "active", "created_at", "updated_at", "version") SELECT "id", "opportunity_id", "contact_id", "role", "notes", "active", "created_at", "updated_at", "version" FROM "temporary_crm_decision_chain"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_decision_chain"');
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_tasks" RENAME TO "temporary_crm_opportunity_tasks"',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_tasks" ("opportunity_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "task_key" varchar(40) NOT NULL, "done_by" integer NOT NULL, "done_at" varchar(32) NOT NULL, PRIMARY KEY ("opportunity_id", "stage", "task_key"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_opportunity_tasks"("opportunity_id", "stage", "task_key", "done_by", "done_at") SELECT "opportunity_id", "stage", "task_key", "done_by", "done_at" FROM "temporary_crm_opportunity_tasks"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_opportunity_tasks"');
    await queryRunner.query('DROP INDEX "ix_crm_opp_stages_opp"');
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_stages" RENAME TO "temporary_crm_opportunity_stages"',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_stages" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "entered_at" varchar(32) NOT NULL, "left_at" varchar(32), "due_on" varchar(10), "overdue" boolean NOT NULL DEFAULT (0), "user_id" integer, "note" varchar(500))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_opportunity_stages"("id", "opportunity_id", "stage", "entered_at", "left_at", "due_on", "overdue", "user_id", "note") SELECT "id", "opportunity_id", "stage", "entered_at", "left_at", "due_on", "overdue", "user_id", "note" FROM "temporary_crm_opportunity_stages"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_opportunity_stages"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_stages_opp" ON "crm_opportunity_stages" ("opportunity_id", "entered_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_opp_owners_user"');
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_owners" RENAME TO "temporary_crm_opportunity_owners"',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_owners" ("opportunity_id" integer NOT NULL, "user_id" integer NOT NULL, PRIMARY KEY ("opportunity_id", "user_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_opportunity_owners"("opportunity_id", "user_id") SELECT "opportunity_id", "user_id" FROM "temporary_crm_opportunity_owners"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_opportunity_owners"');
    await queryRunner.query('CREATE INDEX "ix_crm_opp_owners_user" ON "crm_opportunity_owners" ("user_id") ');
    await queryRunner.query('DROP INDEX "ix_crm_opps_updated"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_due"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_stage"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_owner"');
    await queryRunner.query('ALTER TABLE "crm_opportunities" RENAME TO "temporary_crm_opportunities"');
    await queryRunner.query(
      'CREATE TABLE "crm_opportunities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(200) NOT NULL, "customer_id" integer NOT NULL, "lead_id" integer, "owner_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'open\'), "stage_entered_at" varchar(32) NOT NULL, "stage_due_on" varchar(10), "stage_warned_at" varchar(32), "budget" bigint, "expected_amount" bigint, "expected_bid_date" varchar(10), "win_amount" bigint, "bid_issue_date" varchar(10), "bid_response_date" varchar(10), "design_unit" varchar(200), "decision_unit" varchar(200), "user_unit" varchar(200), "description" text, "won_amount" bigint, "won_on" varchar(10), "won_reason" varchar(500), "lost_reason" varchar(500), "lost_to" varchar(100), "closed_at" varchar(32), "closed_by" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_opportunities_code" UNIQUE ("code"), CONSTRAINT "uq_crm_opportunities_name" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_opportunities"("id", "code", "name", "customer_id", "lead_id", "owner_id", "stage", "status", "stage_entered_at", "stage_due_on", "stage_warned_at", "budget", "expected_amount", "expected_bid_date", "win_amount", "bid_issue_date", "bid_response_date", "design_unit", "decision_unit", "user_unit", "description", "won_amount", "won_on", "won_reason", "lost_reason", "lost_to", "closed_at", "closed_by", "created_by", "created_at", "updated_at", "version") SELECT "id", "code", "name", "customer_id", "lead_id", "owner_id", "stage", "status", "stage_entered_at", "stage_due_on", "stage_warned_at", "budget", "expected_amount", "expected_bid_date", "win_amount", "bid_issue_date", "bid_response_date", "design_unit", "decision_unit", "user_unit", "description", "won_amount", "won_on", "won_reason", "lost_reason", "lost_to", "closed_at", "closed_by", "created_by", "created_at", "updated_at", "version" FROM "temporary_crm_opportunities"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_opportunities"');
    await queryRunner.query('CREATE INDEX "ix_crm_opps_updated" ON "crm_opportunities" ("updated_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_due" ON "crm_opportunities" ("status", "stage_due_on") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opps_stage" ON "crm_opportunities" ("status", "stage") ');
    await queryRunner.query('CREATE INDEX "ix_crm_opps_customer" ON "crm_opportunities" ("customer_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_owner" ON "crm_opportunities" ("owner_id", "status") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_lead_events_to"');
    await queryRunner.query('DROP INDEX "ix_crm_lead_events_lead"');
    await queryRunner.query('ALTER TABLE "crm_lead_events" RENAME TO "temporary_crm_lead_events"');
    await queryRunner.query(
      'CREATE TABLE "crm_lead_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "lead_id" integer NOT NULL, "at" varchar(32) NOT NULL, "kind" varchar(20) NOT NULL, "user_id" integer, "from_user_id" integer, "to_user_id" integer, "note" varchar(500))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_lead_events"("id", "lead_id", "at", "kind", "user_id", "from_user_id", "to_user_id", "note") SELECT "id", "lead_id", "at", "kind", "user_id", "from_user_id", "to_user_id", "note" FROM "temporary_crm_lead_events"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_lead_events"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_lead_events_to" ON "crm_lead_events" ("to_user_id", "kind", "at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_lead_events_lead" ON "crm_lead_events" ("lead_id", "at") ');
    await queryRunner.query('DROP INDEX "ix_crm_leads_pooled"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_filed"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_assigned"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_idle"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_owner"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_phone_key"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_name_key"');
    await queryRunner.query('ALTER TABLE "crm_leads" RENAME TO "temporary_crm_leads"');
    await queryRunner.query(
      'CREATE TABLE "crm_leads" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "company" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "contact_name" varchar(50), "contact_title" varchar(50), "phone" varchar(50), "phone_key" varchar(30), "email" varchar(100), "source" varchar(20) NOT NULL, "requirement" text, "notes" text, "status" varchar(12) NOT NULL DEFAULT (\'open\'), "owner_id" integer, "filed_by" integer NOT NULL, "filed_at" varchar(32) NOT NULL, "assigned_at" varchar(32), "idle_since" varchar(32), "last_followup_at" varchar(32), "next_followup_on" varchar(10), "idle_warned_at" varchar(32), "convert_warned_at" varchar(32), "pooled_at" varchar(32), "pool_reason" varchar(200), "previous_owner_id" integer, "customer_id" integer, "converted_at" varchar(32), "merged_into_id" integer, "closed_reason" varchar(200), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_leads_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_leads"("id", "code", "company", "name_key", "py", "contact_name", "contact_title", "phone", "phone_key", "email", "source", "requirement", "notes", "status", "owner_id", "filed_by", "filed_at", "assigned_at", "idle_since", "last_followup_at", "next_followup_on", "idle_warned_at", "convert_warned_at", "pooled_at", "pool_reason", "previous_owner_id", "customer_id", "converted_at", "merged_into_id", "closed_reason", "created_at", "updated_at", "version") SELECT "id", "code", "company", "name_key", "py", "contact_name", "contact_title", "phone", "phone_key", "email", "source", "requirement", "notes", "status", "owner_id", "filed_by", "filed_at", "assigned_at", "idle_since", "last_followup_at", "next_followup_on", "idle_warned_at", "convert_warned_at", "pooled_at", "pool_reason", "previous_owner_id", "customer_id", "converted_at", "merged_into_id", "closed_reason", "created_at", "updated_at", "version" FROM "temporary_crm_leads"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_leads"');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_pooled" ON "crm_leads" ("status", "pooled_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_filed" ON "crm_leads" ("filed_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_customer" ON "crm_leads" ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_assigned" ON "crm_leads" ("status", "assigned_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_idle" ON "crm_leads" ("status", "idle_since") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_owner" ON "crm_leads" ("owner_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_phone_key" ON "crm_leads" ("phone_key") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_name_key" ON "crm_leads" ("name_key") ');
    await queryRunner.query('DROP TABLE "crm_merges"');
    await queryRunner.query('DROP INDEX "ix_crm_complaint_logs"');
    await queryRunner.query('DROP TABLE "crm_complaint_logs"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_opened"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_product"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_owner"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_escalate"');
    await queryRunner.query('DROP TABLE "crm_complaints"');
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_due"');
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_assignee"');
    await queryRunner.query('DROP TABLE "crm_aftersales_tasks"');
    await queryRunner.query('DROP INDEX "ix_crm_service_jobs_customer"');
    await queryRunner.query('DROP TABLE "crm_service_jobs"');
    await queryRunner.query('DROP INDEX "ix_crm_reminders_user"');
    await queryRunner.query('DROP TABLE "crm_reminders"');
    await queryRunner.query('DROP INDEX "ix_crm_act_followup"');
    await queryRunner.query('DROP INDEX "ix_crm_act_user"');
    await queryRunner.query('DROP INDEX "ix_crm_act_opp"');
    await queryRunner.query('DROP INDEX "ix_crm_act_lead"');
    await queryRunner.query('DROP INDEX "ix_crm_act_customer"');
    await queryRunner.query('DROP TABLE "crm_activities"');
    await queryRunner.query('DROP INDEX "ix_crm_attachments_entity"');
    await queryRunner.query('DROP TABLE "crm_attachments"');
    await queryRunner.query('DROP INDEX "ix_crm_opp_products_opp"');
    await queryRunner.query('DROP TABLE "crm_opportunity_products"');
    await queryRunner.query('DROP INDEX "ix_crm_competitors_name"');
    await queryRunner.query('DROP INDEX "ix_crm_competitors_opp"');
    await queryRunner.query('DROP TABLE "crm_competitors"');
    await queryRunner.query('DROP TABLE "crm_decision_chain"');
    await queryRunner.query('DROP TABLE "crm_opportunity_tasks"');
    await queryRunner.query('DROP INDEX "ix_crm_opp_stages_opp"');
    await queryRunner.query('DROP TABLE "crm_opportunity_stages"');
    await queryRunner.query('DROP INDEX "ix_crm_opp_owners_user"');
    await queryRunner.query('DROP TABLE "crm_opportunity_owners"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_updated"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_due"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_stage"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_owner"');
    await queryRunner.query('DROP TABLE "crm_opportunities"');
    await queryRunner.query('DROP INDEX "ix_crm_lead_events_to"');
    await queryRunner.query('DROP INDEX "ix_crm_lead_events_lead"');
    await queryRunner.query('DROP TABLE "crm_lead_events"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_pooled"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_filed"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_assigned"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_idle"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_owner"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_phone_key"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_name_key"');
    await queryRunner.query('DROP TABLE "crm_leads"');
  }
}

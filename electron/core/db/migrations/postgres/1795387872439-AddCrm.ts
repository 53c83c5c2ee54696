import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCrm1795387872439 implements MigrationInterface {
  name = 'AddCrm1795387872439';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "crm_leads" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "company" character varying(200) NOT NULL, "name_key" character varying(200) NOT NULL, "py" character varying(100) NOT NULL DEFAULT \'\', "contact_name" character varying(50), "contact_title" character varying(50), "phone" character varying(50), "phone_key" character varying(30), "email" character varying(100), "source" character varying(20) NOT NULL, "requirement" text, "notes" text, "status" character varying(12) NOT NULL DEFAULT \'open\', "owner_id" integer, "filed_by" integer NOT NULL, "filed_at" character varying(32) NOT NULL, "assigned_at" character varying(32), "idle_since" character varying(32), "last_followup_at" character varying(32), "next_followup_on" character varying(10), "idle_warned_at" character varying(32), "convert_warned_at" character varying(32), "pooled_at" character varying(32), "pool_reason" character varying(200), "previous_owner_id" integer, "customer_id" integer, "converted_at" character varying(32), "merged_into_id" integer, "closed_reason" character varying(200), "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_crm_leads_code" UNIQUE ("code"), CONSTRAINT "PK_023c67e7150b04458c964631db3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_leads_name_key" ON "crm_leads"  ("name_key") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_phone_key" ON "crm_leads"  ("phone_key") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_owner" ON "crm_leads"  ("owner_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_idle" ON "crm_leads"  ("status", "idle_since") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_leads_assigned" ON "crm_leads"  ("status", "assigned_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_leads_customer" ON "crm_leads"  ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_filed" ON "crm_leads"  ("filed_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_pooled" ON "crm_leads"  ("status", "pooled_at") ');
    await queryRunner.query(
      'CREATE TABLE "crm_lead_events" ("id" SERIAL NOT NULL, "lead_id" integer NOT NULL, "at" character varying(32) NOT NULL, "kind" character varying(20) NOT NULL, "user_id" integer, "from_user_id" integer, "to_user_id" integer, "note" character varying(500), CONSTRAINT "PK_bd0bb955b8bd2b8996ea62b0994" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_lead_events_lead" ON "crm_lead_events"  ("lead_id", "at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_lead_events_to" ON "crm_lead_events"  ("to_user_id", "kind", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunities" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "name" character varying(200) NOT NULL, "customer_id" integer NOT NULL, "lead_id" integer, "owner_id" integer NOT NULL, "stage" character varying(20) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'open\', "stage_entered_at" character varying(32) NOT NULL, "stage_due_on" character varying(10), "stage_warned_at" character varying(32), "budget" bigint, "expected_amount" bigint, "expected_bid_date" character varying(10), "win_amount" bigint, "bid_issue_date" character varying(10), "bid_response_date" character varying(10), "design_unit" character varying(200), "decision_unit" character varying(200), "user_unit" character varying(200), "description" text, "won_amount" bigint, "won_on" character varying(10), "won_reason" character varying(500), "lost_reason" character varying(500), "lost_to" character varying(100), "closed_at" character varying(32), "closed_by" integer, "created_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_crm_opportunities_code" UNIQUE ("code"), CONSTRAINT "uq_crm_opportunities_name" UNIQUE ("name"), CONSTRAINT "PK_4c6b908ec71ff04148b38b24861" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_owner" ON "crm_opportunities"  ("owner_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opps_customer" ON "crm_opportunities"  ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_opps_stage" ON "crm_opportunities"  ("status", "stage") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_due" ON "crm_opportunities"  ("status", "stage_due_on") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opps_updated" ON "crm_opportunities"  ("updated_at") ');
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_owners" ("opportunity_id" integer NOT NULL, "user_id" integer NOT NULL, CONSTRAINT "PK_00f4eee0d10a4b188f5309d1f3a" PRIMARY KEY ("opportunity_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_owners_user" ON "crm_opportunity_owners"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_stages" ("id" SERIAL NOT NULL, "opportunity_id" integer NOT NULL, "stage" character varying(20) NOT NULL, "entered_at" character varying(32) NOT NULL, "left_at" character varying(32), "due_on" character varying(10), "overdue" boolean NOT NULL DEFAULT false, "user_id" integer, "note" character varying(500), CONSTRAINT "PK_9dd7f1b62ddf6ad345226397d00" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_stages_opp" ON "crm_opportunity_stages"  ("opportunity_id", "entered_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_tasks" ("opportunity_id" integer NOT NULL, "stage" character varying(20) NOT NULL, "task_key" character varying(40) NOT NULL, "done_by" integer NOT NULL, "done_at" character varying(32) NOT NULL, CONSTRAINT "PK_e128fe340f43af321dd612470ff" PRIMARY KEY ("opportunity_id", "stage", "task_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_decision_chain" ("id" SERIAL NOT NULL, "opportunity_id" integer NOT NULL, "contact_id" integer NOT NULL, "role" character varying(20) NOT NULL, "notes" character varying(200), "active" boolean NOT NULL DEFAULT true, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_crm_decision_chain" UNIQUE ("opportunity_id", "contact_id"), CONSTRAINT "PK_6e21ab86a7de34e58298ea5a3e6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_competitors" ("id" SERIAL NOT NULL, "opportunity_id" integer NOT NULL, "competitor" character varying(100) NOT NULL, "offer_amount" bigint, "strengths" character varying(1000), "weaknesses" character varying(1000), "notes" character varying(500), "active" boolean NOT NULL DEFAULT true, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_2029ef627f3c9b7344d4d721424" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_competitors_opp" ON "crm_competitors"  ("opportunity_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_competitors_name" ON "crm_competitors"  ("competitor") ');
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_products" ("id" SERIAL NOT NULL, "opportunity_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "qty" integer NOT NULL, "price" bigint NOT NULL, "notes" character varying(200), CONSTRAINT "PK_c235b4c38cf0173b4cb38e203d7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_products_opp" ON "crm_opportunity_products"  ("opportunity_id", "line_no") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_attachments" ("id" SERIAL NOT NULL, "entity_type" character varying(20) NOT NULL, "entity_id" integer NOT NULL, "kind" character varying(20) NOT NULL, "file_name" character varying(200) NOT NULL, "mime" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "content" text NOT NULL, "uploaded_by" integer NOT NULL, "uploaded_at" character varying(32) NOT NULL, "removed" boolean NOT NULL DEFAULT false, "removed_by" integer, "removed_at" character varying(32), CONSTRAINT "PK_9782365769b80f54bfd303fac83" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_attachments_entity" ON "crm_attachments"  ("entity_type", "entity_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_activities" ("id" SERIAL NOT NULL, "type" character varying(12) NOT NULL, "user_id" integer NOT NULL, "customer_id" integer, "lead_id" integer, "contact_id" integer, "opportunity_id" integer, "occurred_at" character varying(32) NOT NULL, "checkin_at" character varying(32), "checkin_place" character varying(200), "summary" text NOT NULL, "customer_requests" text, "promises" text, "next_followup_on" character varying(10) NOT NULL, "followup_owner_id" integer NOT NULL, "followup_done" boolean NOT NULL DEFAULT false, "followup_done_at" character varying(32), "created_at" character varying(32) NOT NULL, CONSTRAINT "PK_d56ffe80fd59fb40765d9f6ff35" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_customer" ON "crm_activities"  ("customer_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_lead" ON "crm_activities"  ("lead_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_opp" ON "crm_activities"  ("opportunity_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_user" ON "crm_activities"  ("user_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_followup" ON "crm_activities"  ("followup_owner_id", "followup_done", "next_followup_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_reminders" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "kind" character varying(30) NOT NULL, "entity_type" character varying(20) NOT NULL, "entity_id" integer NOT NULL, "title_zh" character varying(300) NOT NULL, "title_en" character varying(300) NOT NULL, "due_on" character varying(10), "dedupe_key" character varying(120) NOT NULL, "created_at" character varying(32) NOT NULL, "read_at" character varying(32), CONSTRAINT "uq_crm_reminders_key" UNIQUE ("user_id", "dedupe_key"), CONSTRAINT "PK_bb5f9a986026bcc1b1298d8479c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_reminders_user" ON "crm_reminders"  ("user_id", "read_at", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_service_jobs" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "customer_id" integer NOT NULL, "product_id" integer, "description" text NOT NULL, "completed_on" character varying(10) NOT NULL, "user_id" integer NOT NULL, "created_at" character varying(32) NOT NULL, CONSTRAINT "uq_crm_service_jobs_code" UNIQUE ("code"), CONSTRAINT "PK_5db666c1e12e0bd3e4e84be86f3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_service_jobs_customer" ON "crm_service_jobs"  ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_aftersales_tasks" ("id" SERIAL NOT NULL, "customer_id" integer NOT NULL, "source_type" character varying(20) NOT NULL, "source_id" integer NOT NULL, "kind" character varying(20) NOT NULL, "seq" integer NOT NULL DEFAULT \'0\', "delivered_on" character varying(10) NOT NULL, "due_from" character varying(10) NOT NULL, "due_on" character varying(10) NOT NULL, "assignee_id" integer NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'open\', "warned_at" character varying(32), "done_at" character varying(32), "done_by" integer, "activity_id" integer, "satisfaction" integer, "result" character varying(500), "created_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_crm_aftersales_source" UNIQUE ("source_type", "source_id", "kind", "seq"), CONSTRAINT "PK_598483bbc1eed3d71ccf880042c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_assignee" ON "crm_aftersales_tasks"  ("assignee_id", "status", "due_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_customer" ON "crm_aftersales_tasks"  ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_due" ON "crm_aftersales_tasks"  ("status", "due_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_complaints" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "kind" character varying(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "product_id" integer, "cause" character varying(12) NOT NULL, "severity" character varying(10) NOT NULL, "description" text NOT NULL, "owner_id" integer NOT NULL, "status" character varying(12) NOT NULL DEFAULT \'open\', "opened_at" character varying(32) NOT NULL, "escalate_at" character varying(32) NOT NULL, "escalated_at" character varying(32), "supervisor_id" integer, "tech_user_id" integer, "routed_at" character varying(32), "tech_result" text, "solution" text, "satisfaction" integer, "closed_at" character varying(32), "closed_by" integer, "resolve_minutes" integer, "created_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_crm_complaints_code" UNIQUE ("code"), CONSTRAINT "PK_34c5f9adc407c4115f6372017ba" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_escalate" ON "crm_complaints"  ("status", "escalate_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_customer" ON "crm_complaints"  ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_owner" ON "crm_complaints"  ("owner_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_product" ON "crm_complaints"  ("product_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_opened" ON "crm_complaints"  ("opened_at") ');
    await queryRunner.query(
      'CREATE TABLE "crm_complaint_logs" ("id" SERIAL NOT NULL, "complaint_id" integer NOT NULL, "at" character varying(32) NOT NULL, "user_id" integer, "action" character varying(20) NOT NULL, "note" text, CONSTRAINT "PK_e4924ba1a50357fa95f182eca47" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaint_logs" ON "crm_complaint_logs"  ("complaint_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_merges" ("id" SERIAL NOT NULL, "winner_type" character varying(10) NOT NULL, "winner_id" integer NOT NULL, "loser_type" character varying(10) NOT NULL, "loser_id" integer NOT NULL, "proposed" character varying(10), "rule" character varying(30), "decided_by" integer NOT NULL, "reason" character varying(500) NOT NULL, "details" text, "at" character varying(32) NOT NULL, CONSTRAINT "PK_99835195b55660ca87b803ff00b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_leads" ADD CONSTRAINT "fk_crm_leads_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_leads" ADD CONSTRAINT "fk_crm_leads_filed_by" FOREIGN KEY ("filed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_leads" ADD CONSTRAINT "fk_crm_leads_previous_owner_id" FOREIGN KEY ("previous_owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_leads" ADD CONSTRAINT "fk_crm_leads_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_leads" ADD CONSTRAINT "fk_crm_leads_merged_into_id" FOREIGN KEY ("merged_into_id") REFERENCES "crm_leads"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_lead_events" ADD CONSTRAINT "fk_crm_lead_events_lead_id" FOREIGN KEY ("lead_id") REFERENCES "crm_leads"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_lead_events" ADD CONSTRAINT "fk_crm_lead_events_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_lead_events" ADD CONSTRAINT "fk_crm_lead_events_from_user_id" FOREIGN KEY ("from_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_lead_events" ADD CONSTRAINT "fk_crm_lead_events_to_user_id" FOREIGN KEY ("to_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" ADD CONSTRAINT "fk_crm_opportunities_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" ADD CONSTRAINT "fk_crm_opportunities_lead_id" FOREIGN KEY ("lead_id") REFERENCES "crm_leads"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" ADD CONSTRAINT "fk_crm_opportunities_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" ADD CONSTRAINT "fk_crm_opportunities_closed_by" FOREIGN KEY ("closed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" ADD CONSTRAINT "fk_crm_opportunities_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_owners" ADD CONSTRAINT "fk_crm_opportunity_owners_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_owners" ADD CONSTRAINT "fk_crm_opportunity_owners_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_stages" ADD CONSTRAINT "fk_crm_opportunity_stages_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_stages" ADD CONSTRAINT "fk_crm_opportunity_stages_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_tasks" ADD CONSTRAINT "fk_crm_opportunity_tasks_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_tasks" ADD CONSTRAINT "fk_crm_opportunity_tasks_done_by" FOREIGN KEY ("done_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_decision_chain" ADD CONSTRAINT "fk_crm_decision_chain_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_decision_chain" ADD CONSTRAINT "fk_crm_decision_chain_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_competitors" ADD CONSTRAINT "fk_crm_competitors_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_products" ADD CONSTRAINT "fk_crm_opportunity_products_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_products" ADD CONSTRAINT "fk_crm_opportunity_products_product_id" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_attachments" ADD CONSTRAINT "fk_crm_attachments_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_attachments" ADD CONSTRAINT "fk_crm_attachments_removed_by" FOREIGN KEY ("removed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_activities" ADD CONSTRAINT "fk_crm_activities_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_activities" ADD CONSTRAINT "fk_crm_activities_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_activities" ADD CONSTRAINT "fk_crm_activities_lead_id" FOREIGN KEY ("lead_id") REFERENCES "crm_leads"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_activities" ADD CONSTRAINT "fk_crm_activities_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_activities" ADD CONSTRAINT "fk_crm_activities_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_activities" ADD CONSTRAINT "fk_crm_activities_followup_owner_id" FOREIGN KEY ("followup_owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_reminders" ADD CONSTRAINT "fk_crm_reminders_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_service_jobs" ADD CONSTRAINT "fk_crm_service_jobs_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_service_jobs" ADD CONSTRAINT "fk_crm_service_jobs_product_id" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_service_jobs" ADD CONSTRAINT "fk_crm_service_jobs_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" ADD CONSTRAINT "fk_crm_aftersales_tasks_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" ADD CONSTRAINT "fk_crm_aftersales_tasks_assignee_id" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" ADD CONSTRAINT "fk_crm_aftersales_tasks_done_by" FOREIGN KEY ("done_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" ADD CONSTRAINT "fk_crm_aftersales_tasks_activity_id" FOREIGN KEY ("activity_id") REFERENCES "crm_activities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_product_id" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_supervisor_id" FOREIGN KEY ("supervisor_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_tech_user_id" FOREIGN KEY ("tech_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_closed_by" FOREIGN KEY ("closed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaint_logs" ADD CONSTRAINT "fk_crm_complaint_logs_complaint_id" FOREIGN KEY ("complaint_id") REFERENCES "crm_complaints"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaint_logs" ADD CONSTRAINT "fk_crm_complaint_logs_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_merges" ADD CONSTRAINT "fk_crm_merges_decided_by" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "crm_merges" DROP CONSTRAINT "fk_crm_merges_decided_by"');
    await queryRunner.query(
      'ALTER TABLE "crm_complaint_logs" DROP CONSTRAINT "fk_crm_complaint_logs_user_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaint_logs" DROP CONSTRAINT "fk_crm_complaint_logs_complaint_id"',
    );
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_created_by"');
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_closed_by"');
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_tech_user_id"');
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_supervisor_id"');
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_owner_id"');
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_product_id"');
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_contact_id"');
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_customer_id"');
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" DROP CONSTRAINT "fk_crm_aftersales_tasks_activity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" DROP CONSTRAINT "fk_crm_aftersales_tasks_done_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" DROP CONSTRAINT "fk_crm_aftersales_tasks_assignee_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" DROP CONSTRAINT "fk_crm_aftersales_tasks_customer_id"',
    );
    await queryRunner.query('ALTER TABLE "crm_service_jobs" DROP CONSTRAINT "fk_crm_service_jobs_user_id"');
    await queryRunner.query(
      'ALTER TABLE "crm_service_jobs" DROP CONSTRAINT "fk_crm_service_jobs_product_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_service_jobs" DROP CONSTRAINT "fk_crm_service_jobs_customer_id"',
    );
    await queryRunner.query('ALTER TABLE "crm_reminders" DROP CONSTRAINT "fk_crm_reminders_user_id"');
    await queryRunner.query(
      'ALTER TABLE "crm_activities" DROP CONSTRAINT "fk_crm_activities_followup_owner_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_activities" DROP CONSTRAINT "fk_crm_activities_opportunity_id"',
    );
    await queryRunner.query('ALTER TABLE "crm_activities" DROP CONSTRAINT "fk_crm_activities_contact_id"');
    await queryRunner.query('ALTER TABLE "crm_activities" DROP CONSTRAINT "fk_crm_activities_lead_id"');
    await queryRunner.query('ALTER TABLE "crm_activities" DROP CONSTRAINT "fk_crm_activities_customer_id"');
    await queryRunner.query('ALTER TABLE "crm_activities" DROP CONSTRAINT "fk_crm_activities_user_id"');
    await queryRunner.query('ALTER TABLE "crm_attachments" DROP CONSTRAINT "fk_crm_attachments_removed_by"');
    await queryRunner.query('ALTER TABLE "crm_attachments" DROP CONSTRAINT "fk_crm_attachments_uploaded_by"');
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_products" DROP CONSTRAINT "fk_crm_opportunity_products_product_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_products" DROP CONSTRAINT "fk_crm_opportunity_products_opportunity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_competitors" DROP CONSTRAINT "fk_crm_competitors_opportunity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_decision_chain" DROP CONSTRAINT "fk_crm_decision_chain_contact_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_decision_chain" DROP CONSTRAINT "fk_crm_decision_chain_opportunity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_tasks" DROP CONSTRAINT "fk_crm_opportunity_tasks_done_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_tasks" DROP CONSTRAINT "fk_crm_opportunity_tasks_opportunity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_stages" DROP CONSTRAINT "fk_crm_opportunity_stages_user_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_stages" DROP CONSTRAINT "fk_crm_opportunity_stages_opportunity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_owners" DROP CONSTRAINT "fk_crm_opportunity_owners_user_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_owners" DROP CONSTRAINT "fk_crm_opportunity_owners_opportunity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" DROP CONSTRAINT "fk_crm_opportunities_created_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" DROP CONSTRAINT "fk_crm_opportunities_closed_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" DROP CONSTRAINT "fk_crm_opportunities_owner_id"',
    );
    await queryRunner.query('ALTER TABLE "crm_opportunities" DROP CONSTRAINT "fk_crm_opportunities_lead_id"');
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" DROP CONSTRAINT "fk_crm_opportunities_customer_id"',
    );
    await queryRunner.query('ALTER TABLE "crm_lead_events" DROP CONSTRAINT "fk_crm_lead_events_to_user_id"');
    await queryRunner.query(
      'ALTER TABLE "crm_lead_events" DROP CONSTRAINT "fk_crm_lead_events_from_user_id"',
    );
    await queryRunner.query('ALTER TABLE "crm_lead_events" DROP CONSTRAINT "fk_crm_lead_events_user_id"');
    await queryRunner.query('ALTER TABLE "crm_lead_events" DROP CONSTRAINT "fk_crm_lead_events_lead_id"');
    await queryRunner.query('ALTER TABLE "crm_leads" DROP CONSTRAINT "fk_crm_leads_merged_into_id"');
    await queryRunner.query('ALTER TABLE "crm_leads" DROP CONSTRAINT "fk_crm_leads_customer_id"');
    await queryRunner.query('ALTER TABLE "crm_leads" DROP CONSTRAINT "fk_crm_leads_previous_owner_id"');
    await queryRunner.query('ALTER TABLE "crm_leads" DROP CONSTRAINT "fk_crm_leads_filed_by"');
    await queryRunner.query('ALTER TABLE "crm_leads" DROP CONSTRAINT "fk_crm_leads_owner_id"');
    await queryRunner.query('DROP TABLE "crm_merges"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_complaint_logs"');
    await queryRunner.query('DROP TABLE "crm_complaint_logs"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_complaints_opened"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_complaints_product"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_complaints_owner"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_complaints_customer"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_complaints_escalate"');
    await queryRunner.query('DROP TABLE "crm_complaints"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_aftersales_due"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_aftersales_customer"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_aftersales_assignee"');
    await queryRunner.query('DROP TABLE "crm_aftersales_tasks"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_service_jobs_customer"');
    await queryRunner.query('DROP TABLE "crm_service_jobs"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_reminders_user"');
    await queryRunner.query('DROP TABLE "crm_reminders"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_act_followup"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_act_user"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_act_opp"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_act_lead"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_act_customer"');
    await queryRunner.query('DROP TABLE "crm_activities"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_attachments_entity"');
    await queryRunner.query('DROP TABLE "crm_attachments"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opp_products_opp"');
    await queryRunner.query('DROP TABLE "crm_opportunity_products"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_competitors_name"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_competitors_opp"');
    await queryRunner.query('DROP TABLE "crm_competitors"');
    await queryRunner.query('DROP TABLE "crm_decision_chain"');
    await queryRunner.query('DROP TABLE "crm_opportunity_tasks"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opp_stages_opp"');
    await queryRunner.query('DROP TABLE "crm_opportunity_stages"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opp_owners_user"');
    await queryRunner.query('DROP TABLE "crm_opportunity_owners"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opps_updated"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opps_due"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opps_stage"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opps_customer"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opps_owner"');
    await queryRunner.query('DROP TABLE "crm_opportunities"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_lead_events_to"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_lead_events_lead"');
    await queryRunner.query('DROP TABLE "crm_lead_events"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_pooled"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_filed"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_customer"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_assigned"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_idle"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_owner"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_phone_key"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_name_key"');
    await queryRunner.query('DROP TABLE "crm_leads"');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffPlans1795383827686 implements MigrationInterface {
  name = 'StaffPlans1795383827686';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "org_units" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "kind" varchar(12) NOT NULL, "parent_id" integer, "head_id" integer, "sort" integer NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_org_units_code" UNIQUE ("code"))',
    );
    await queryRunner.query('CREATE INDEX "ix_org_units_parent" ON "org_units" ("parent_id") ');
    await queryRunner.query('CREATE INDEX "ix_org_units_head" ON "org_units" ("head_id") ');
    await queryRunner.query(
      'CREATE TABLE "staff_profiles" ("user_id" integer PRIMARY KEY NOT NULL, "org_unit_id" integer, "position" varchar(50), "hire_date" varchar(10), "left_date" varchar(10), "data_scope" varchar(10), "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query('CREATE INDEX "ix_staff_profiles_unit" ON "staff_profiles" ("org_unit_id") ');
    await queryRunner.query(
      'CREATE TABLE "staff_changes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(12) NOT NULL, "effective_date" varchar(10) NOT NULL, "from_org_unit_id" integer, "to_org_unit_id" integer, "from_manager_id" integer, "to_manager_id" integer, "from_roles" varchar(200), "to_roles" varchar(200), "handover_to_id" integer, "handover_summary" varchar(1000), "reason" varchar(200), "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_changes_user" ON "staff_changes" ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_statuses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(16) NOT NULL, "starts_at" varchar(32) NOT NULL, "ends_at" varchar(32) NOT NULL, "note" varchar(200), "approval" varchar(10) NOT NULL, "approver_id" integer, "approved_at" varchar(32), "approval_note" varchar(200), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_user" ON "staff_statuses" ("user_id", "starts_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_range" ON "staff_statuses" ("starts_at", "ends_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "work_reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "report_date" varchar(10) NOT NULL, "done" text NOT NULL, "visits" text, "visit_count" integer NOT NULL DEFAULT (0), "problems" text, "plan" text, "submitted_at" varchar(32) NOT NULL, "late" boolean NOT NULL DEFAULT (0), "read_by" integer, "read_at" varchar(32), "comment_count" integer NOT NULL DEFAULT (0), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_work_reports_user_date" UNIQUE ("user_id", "report_date"))',
    );
    await queryRunner.query('CREATE INDEX "ix_work_reports_date" ON "work_reports" ("report_date") ');
    await queryRunner.query(
      'CREATE TABLE "work_report_comments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "report_id" integer NOT NULL, "user_id" integer NOT NULL, "body" varchar(1000) NOT NULL, "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_work_report_comments_report" ON "work_report_comments" ("report_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(10) NOT NULL, "subject" varchar(100) NOT NULL, "description" text, "assignee_id" integer NOT NULL, "creator_id" integer NOT NULL, "customer_id" integer, "starts_at" varchar(32) NOT NULL, "ends_at" varchar(32) NOT NULL, "status" varchar(10) NOT NULL, "remind_at" varchar(32), "reminded_at" varchar(32), "postpone_count" integer NOT NULL DEFAULT (0), "result" varchar(500), "completed_at" varchar(32), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_tasks_assignee" ON "staff_tasks" ("assignee_id", "starts_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_creator" ON "staff_tasks" ("creator_id") ');
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_remind" ON "staff_tasks" ("remind_at") ');
    await queryRunner.query(
      'CREATE TABLE "staff_task_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "task_id" integer NOT NULL, "user_id" integer, "action" varchar(12) NOT NULL, "note" varchar(500), "at" varchar(32) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "ix_staff_task_events_task" ON "staff_task_events" ("task_id") ');
    await queryRunner.query(
      'CREATE TABLE "staff_reminders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "ref_type" varchar(20), "ref_id" integer, "message" varchar(300) NOT NULL, "dedupe_key" varchar(120) NOT NULL, "created_at" varchar(32) NOT NULL, "read_at" varchar(32), CONSTRAINT "uq_staff_reminders_dedupe" UNIQUE ("dedupe_key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_reminders_user" ON "staff_reminders" ("user_id", "read_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "attendance_records" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "work_date" varchar(10) NOT NULL, "check_in" varchar(5), "check_out" varchar(5), "source" varchar(10) NOT NULL, "note" varchar(200), "created_by" integer, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_attendance_user_date" UNIQUE ("user_id", "work_date"))',
    );
    await queryRunner.query('CREATE INDEX "ix_attendance_date" ON "attendance_records" ("work_date") ');
    await queryRunner.query(
      'CREATE TABLE "target_plans" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "year" integer NOT NULL, "metric" varchar(20) NOT NULL, "basis" varchar(12) NOT NULL, "revision" integer NOT NULL DEFAULT (1), "status" varchar(12) NOT NULL, "name" varchar(100) NOT NULL, "owner_id" integer NOT NULL, "notes" varchar(500), "created_by" integer, "approved_by" integer, "approved_at" varchar(32), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_target_plans_rev" UNIQUE ("year", "metric", "revision"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_plans_status" ON "target_plans" ("year", "metric", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "target_nodes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "plan_id" integer NOT NULL, "parent_id" integer, "subject_type" varchar(12) NOT NULL, "subject_id" integer, "owner_id" integer, "sort" integer NOT NULL DEFAULT (0), "v_y" bigint, "v_q1" bigint, "v_q2" bigint, "v_q3" bigint, "v_q4" bigint, "v_m1" bigint, "v_m2" bigint, "v_m3" bigint, "v_m4" bigint, "v_m5" bigint, "v_m6" bigint, "v_m7" bigint, "v_m8" bigint, "v_m9" bigint, "v_m10" bigint, "v_m11" bigint, "v_m12" bigint)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_plan" ON "target_nodes" ("plan_id", "parent_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_subject" ON "target_nodes" ("subject_type", "subject_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_org_units_parent"');
    await queryRunner.query('DROP INDEX "ix_org_units_head"');
    await queryRunner.query(
      'CREATE TABLE "temporary_org_units" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "kind" varchar(12) NOT NULL, "parent_id" integer, "head_id" integer, "sort" integer NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_org_units_code" UNIQUE ("code"), CONSTRAINT "fk_org_units_parent_id" FOREIGN KEY ("parent_id") REFERENCES "org_units" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_org_units_head_id" FOREIGN KEY ("head_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_org_units"("id", "code", "name", "kind", "parent_id", "head_id", "sort", "active", "created_at", "updated_at", "version") SELECT "id", "code", "name", "kind", "parent_id", "head_id", "sort", "active", "created_at", "updated_at", "version" FROM "org_units"',
    );
    await queryRunner.query('DROP TABLE "org_units"');
    await queryRunner.query('ALTER TABLE "temporary_org_units" RENAME TO "org_units"');
    await queryRunner.query('CREATE INDEX "ix_org_units_parent" ON "org_units" ("parent_id") ');
    await queryRunner.query('CREATE INDEX "ix_org_units_head" ON "org_units" ("head_id") ');
    await queryRunner.query('DROP INDEX "ix_staff_profiles_unit"');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_profiles" ("user_id" integer PRIMARY KEY NOT NULL, "org_unit_id" integer, "position" varchar(50), "hire_date" varchar(10), "left_date" varchar(10), "data_scope" varchar(10), "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "fk_staff_profiles_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_profiles_org_unit_id" FOREIGN KEY ("org_unit_id") REFERENCES "org_units" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_profiles"("user_id", "org_unit_id", "position", "hire_date", "left_date", "data_scope", "updated_at", "version") SELECT "user_id", "org_unit_id", "position", "hire_date", "left_date", "data_scope", "updated_at", "version" FROM "staff_profiles"',
    );
    await queryRunner.query('DROP TABLE "staff_profiles"');
    await queryRunner.query('ALTER TABLE "temporary_staff_profiles" RENAME TO "staff_profiles"');
    await queryRunner.query('CREATE INDEX "ix_staff_profiles_unit" ON "staff_profiles" ("org_unit_id") ');
    await queryRunner.query('DROP INDEX "ix_staff_changes_user"');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_changes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(12) NOT NULL, "effective_date" varchar(10) NOT NULL, "from_org_unit_id" integer, "to_org_unit_id" integer, "from_manager_id" integer, "to_manager_id" integer, "from_roles" varchar(200), "to_roles" varchar(200), "handover_to_id" integer, "handover_summary" varchar(1000), "reason" varchar(200), "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "fk_staff_changes_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_changes_from_org_unit_id" FOREIGN KEY ("from_org_unit_id") REFERENCES "org_units" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_changes_to_org_unit_id" FOREIGN KEY ("to_org_unit_id") REFERENCES "org_units" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_changes_from_manager_id" FOREIGN KEY ("from_manager_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_changes_to_manager_id" FOREIGN KEY ("to_manager_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_changes_handover_to_id" FOREIGN KEY ("handover_to_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_changes_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_changes"("id", "user_id", "kind", "effective_date", "from_org_unit_id", "to_org_unit_id", "from_manager_id", "to_manager_id", "from_roles", "to_roles", "handover_to_id", "handover_summary", "reason", "created_by", "created_at") SELECT "id", "user_id", "kind", "effective_date", "from_org_unit_id", "to_org_unit_id", "from_manager_id", "to_manager_id", "from_roles", "to_roles", "handover_to_id", "handover_summary", "reason", "created_by", "created_at" FROM "staff_changes"',
    );
    await queryRunner.query('DROP TABLE "staff_changes"');
    await queryRunner.query('ALTER TABLE "temporary_staff_changes" RENAME TO "staff_changes"');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_changes_user" ON "staff_changes" ("user_id", "created_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_staff_statuses_user"');
    await queryRunner.query('DROP INDEX "ix_staff_statuses_range"');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_statuses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(16) NOT NULL, "starts_at" varchar(32) NOT NULL, "ends_at" varchar(32) NOT NULL, "note" varchar(200), "approval" varchar(10) NOT NULL, "approver_id" integer, "approved_at" varchar(32), "approval_note" varchar(200), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "fk_staff_statuses_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_statuses_approver_id" FOREIGN KEY ("approver_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_statuses"("id", "user_id", "kind", "starts_at", "ends_at", "note", "approval", "approver_id", "approved_at", "approval_note", "created_at", "updated_at", "version") SELECT "id", "user_id", "kind", "starts_at", "ends_at", "note", "approval", "approver_id", "approved_at", "approval_note", "created_at", "updated_at", "version" FROM "staff_statuses"',
    );
    await queryRunner.query('DROP TABLE "staff_statuses"');
    await queryRunner.query('ALTER TABLE "temporary_staff_statuses" RENAME TO "staff_statuses"');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_user" ON "staff_statuses" ("user_id", "starts_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_range" ON "staff_statuses" ("starts_at", "ends_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_work_reports_date"');
    await queryRunner.query(
      'CREATE TABLE "temporary_work_reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "report_date" varchar(10) NOT NULL, "done" text NOT NULL, "visits" text, "visit_count" integer NOT NULL DEFAULT (0), "problems" text, "plan" text, "submitted_at" varchar(32) NOT NULL, "late" boolean NOT NULL DEFAULT (0), "read_by" integer, "read_at" varchar(32), "comment_count" integer NOT NULL DEFAULT (0), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_work_reports_user_date" UNIQUE ("user_id", "report_date"), CONSTRAINT "fk_work_reports_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_work_reports_read_by" FOREIGN KEY ("read_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_work_reports"("id", "user_id", "report_date", "done", "visits", "visit_count", "problems", "plan", "submitted_at", "late", "read_by", "read_at", "comment_count", "created_at", "updated_at", "version") SELECT "id", "user_id", "report_date", "done", "visits", "visit_count", "problems", "plan", "submitted_at", "late", "read_by", "read_at", "comment_count", "created_at", "updated_at", "version" FROM "work_reports"',
    );
    await queryRunner.query('DROP TABLE "work_reports"');
    await queryRunner.query('ALTER TABLE "temporary_work_reports" RENAME TO "work_reports"');
    await queryRunner.query('CREATE INDEX "ix_work_reports_date" ON "work_reports" ("report_date") ');
    await queryRunner.query('DROP INDEX "ix_work_report_comments_report"');
    await queryRunner.query(
      'CREATE TABLE "temporary_work_report_comments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "report_id" integer NOT NULL, "user_id" integer NOT NULL, "body" varchar(1000) NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "fk_work_report_comments_report_id" FOREIGN KEY ("report_id") REFERENCES "work_reports" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_work_report_comments_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_work_report_comments"("id", "report_id", "user_id", "body", "created_at") SELECT "id", "report_id", "user_id", "body", "created_at" FROM "work_report_comments"',
    );
    await queryRunner.query('DROP TABLE "work_report_comments"');
    await queryRunner.query('ALTER TABLE "temporary_work_report_comments" RENAME TO "work_report_comments"');
    await queryRunner.query(
      'CREATE INDEX "ix_work_report_comments_report" ON "work_report_comments" ("report_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_staff_tasks_assignee"');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_creator"');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_remind"');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(10) NOT NULL, "subject" varchar(100) NOT NULL, "description" text, "assignee_id" integer NOT NULL, "creator_id" integer NOT NULL, "customer_id" integer, "starts_at" varchar(32) NOT NULL, "ends_at" varchar(32) NOT NULL, "status" varchar(10) NOT NULL, "remind_at" varchar(32), "reminded_at" varchar(32), "postpone_count" integer NOT NULL DEFAULT (0), "result" varchar(500), "completed_at" varchar(32), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "fk_staff_tasks_assignee_id" FOREIGN KEY ("assignee_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_tasks_creator_id" FOREIGN KEY ("creator_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_tasks_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_tasks"("id", "kind", "subject", "description", "assignee_id", "creator_id", "customer_id", "starts_at", "ends_at", "status", "remind_at", "reminded_at", "postpone_count", "result", "completed_at", "created_at", "updated_at", "version") SELECT "id", "kind", "subject", "description", "assignee_id", "creator_id", "customer_id", "starts_at", "ends_at", "status", "remind_at", "reminded_at", "postpone_count", "result", "completed_at", "created_at", "updated_at", "version" FROM "staff_tasks"',
    );
    await queryRunner.query('DROP TABLE "staff_tasks"');
    await queryRunner.query('ALTER TABLE "temporary_staff_tasks" RENAME TO "staff_tasks"');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_tasks_assignee" ON "staff_tasks" ("assignee_id", "starts_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_creator" ON "staff_tasks" ("creator_id") ');
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_remind" ON "staff_tasks" ("remind_at") ');
    await queryRunner.query('DROP INDEX "ix_staff_task_events_task"');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_task_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "task_id" integer NOT NULL, "user_id" integer, "action" varchar(12) NOT NULL, "note" varchar(500), "at" varchar(32) NOT NULL, CONSTRAINT "fk_staff_task_events_task_id" FOREIGN KEY ("task_id") REFERENCES "staff_tasks" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_task_events_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_task_events"("id", "task_id", "user_id", "action", "note", "at") SELECT "id", "task_id", "user_id", "action", "note", "at" FROM "staff_task_events"',
    );
    await queryRunner.query('DROP TABLE "staff_task_events"');
    await queryRunner.query('ALTER TABLE "temporary_staff_task_events" RENAME TO "staff_task_events"');
    await queryRunner.query('CREATE INDEX "ix_staff_task_events_task" ON "staff_task_events" ("task_id") ');
    await queryRunner.query('DROP INDEX "ix_staff_reminders_user"');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_reminders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "ref_type" varchar(20), "ref_id" integer, "message" varchar(300) NOT NULL, "dedupe_key" varchar(120) NOT NULL, "created_at" varchar(32) NOT NULL, "read_at" varchar(32), CONSTRAINT "uq_staff_reminders_dedupe" UNIQUE ("dedupe_key"), CONSTRAINT "fk_staff_reminders_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_reminders"("id", "user_id", "kind", "ref_type", "ref_id", "message", "dedupe_key", "created_at", "read_at") SELECT "id", "user_id", "kind", "ref_type", "ref_id", "message", "dedupe_key", "created_at", "read_at" FROM "staff_reminders"',
    );
    await queryRunner.query('DROP TABLE "staff_reminders"');
    await queryRunner.query('ALTER TABLE "temporary_staff_reminders" RENAME TO "staff_reminders"');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_reminders_user" ON "staff_reminders" ("user_id", "read_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_attendance_date"');
    await queryRunner.query(
      'CREATE TABLE "temporary_attendance_records" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "work_date" varchar(10) NOT NULL, "check_in" varchar(5), "check_out" varchar(5), "source" varchar(10) NOT NULL, "note" varchar(200), "created_by" integer, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_attendance_user_date" UNIQUE ("user_id", "work_date"), CONSTRAINT "fk_attendance_records_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_attendance_records_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_attendance_records"("id", "user_id", "work_date", "check_in", "check_out", "source", "note", "created_by", "created_at", "updated_at", "version") SELECT "id", "user_id", "work_date", "check_in", "check_out", "source", "note", "created_by", "created_at", "updated_at", "version" FROM "attendance_records"',
    );
    await queryRunner.query('DROP TABLE "attendance_records"');
    await queryRunner.query('ALTER TABLE "temporary_attendance_records" RENAME TO "attendance_records"');
    await queryRunner.query('CREATE INDEX "ix_attendance_date" ON "attendance_records" ("work_date") ');
    await queryRunner.query('DROP INDEX "ix_target_plans_status"');
    await queryRunner.query(
      'CREATE TABLE "temporary_target_plans" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "year" integer NOT NULL, "metric" varchar(20) NOT NULL, "basis" varchar(12) NOT NULL, "revision" integer NOT NULL DEFAULT (1), "status" varchar(12) NOT NULL, "name" varchar(100) NOT NULL, "owner_id" integer NOT NULL, "notes" varchar(500), "created_by" integer, "approved_by" integer, "approved_at" varchar(32), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_target_plans_rev" UNIQUE ("year", "metric", "revision"), CONSTRAINT "fk_target_plans_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_target_plans_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_target_plans_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_target_plans"("id", "number", "year", "metric", "basis", "revision", "status", "name", "owner_id", "notes", "created_by", "approved_by", "approved_at", "created_at", "updated_at", "version") SELECT "id", "number", "year", "metric", "basis", "revision", "status", "name", "owner_id", "notes", "created_by", "approved_by", "approved_at", "created_at", "updated_at", "version" FROM "target_plans"',
    );
    await queryRunner.query('DROP TABLE "target_plans"');
    await queryRunner.query('ALTER TABLE "temporary_target_plans" RENAME TO "target_plans"');
    await queryRunner.query(
      'CREATE INDEX "ix_target_plans_status" ON "target_plans" ("year", "metric", "status") ',
    );
    await queryRunner.query('DROP INDEX "ix_target_nodes_plan"');
    await queryRunner.query('DROP INDEX "ix_target_nodes_subject"');
    await queryRunner.query(
      'CREATE TABLE "temporary_target_nodes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "plan_id" integer NOT NULL, "parent_id" integer, "subject_type" varchar(12) NOT NULL, "subject_id" integer, "owner_id" integer, "sort" integer NOT NULL DEFAULT (0), "v_y" bigint, "v_q1" bigint, "v_q2" bigint, "v_q3" bigint, "v_q4" bigint, "v_m1" bigint, "v_m2" bigint, "v_m3" bigint, "v_m4" bigint, "v_m5" bigint, "v_m6" bigint, "v_m7" bigint, "v_m8" bigint, "v_m9" bigint, "v_m10" bigint, "v_m11" bigint, "v_m12" bigint, CONSTRAINT "fk_target_nodes_plan_id" FOREIGN KEY ("plan_id") REFERENCES "target_plans" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_target_nodes_parent_id" FOREIGN KEY ("parent_id") REFERENCES "target_nodes" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_target_nodes_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_target_nodes"("id", "plan_id", "parent_id", "subject_type", "subject_id", "owner_id", "sort", "v_y", "v_q1", "v_q2", "v_q3", "v_q4", "v_m1", "v_m2", "v_m3", "v_m4", "v_m5", "v_m6", "v_m7", "v_m8", "v_m9", "v_m10", "v_m11", "v_m12") SELECT "id", "plan_id", "parent_id", "subject_type", "subject_id", "owner_id", "sort", "v_y", "v_q1", "v_q2", "v_q3", "v_q4", "v_m1", "v_m2", "v_m3", "v_m4", "v_m5", "v_m6", "v_m7", "v_m8", "v_m9", "v_m10", "v_m11", "v_m12" FROM "target_nodes"',
    );
    await queryRunner.query('DROP TABLE "target_nodes"');
    await queryRunner.query('ALTER TABLE "temporary_target_nodes" RENAME TO "target_nodes"');
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_plan" ON "target_nodes" ("plan_id", "parent_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_subject" ON "target_nodes" ("subject_type", "subject_id") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_target_nodes_subject"');
    await queryRunner.query('DROP INDEX "ix_target_nodes_plan"');
    await queryRunner.query('ALTER TABLE "target_nodes" RENAME TO "temporary_target_nodes"');
    await queryRunner.query(
      'CREATE TABLE "target_nodes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "plan_id" integer NOT NULL, "parent_id" integer, "subject_type" varchar(12) NOT NULL, "subject_id" integer, "owner_id" integer, "sort" integer NOT NULL DEFAULT (0), "v_y" bigint, "v_q1" bigint, "v_q2" bigint, "v_q3" bigint, "v_q4" bigint, "v_m1" bigint, "v_m2" bigint, "v_m3" bigint, "v_m4" bigint, "v_m5" bigint, "v_m6" bigint, "v_m7" bigint, "v_m8" bigint, "v_m9" bigint, "v_m10" bigint, "v_m11" bigint, "v_m12" bigint)',
    );
    await queryRunner.query(
      'INSERT INTO "target_nodes"("id", "plan_id", "parent_id", "subject_type", "subject_id", "owner_id", "sort", "v_y", "v_q1", "v_q2", "v_q3", "v_q4", "v_m1", "v_m2", "v_m3", "v_m4", "v_m5", "v_m6", "v_m7", "v_m8", "v_m9", "v_m10", "v_m11", "v_m12") SELECT "id", "plan_id", "parent_id", "subject_type", "subject_id", "owner_id", "sort", "v_y", "v_q1", "v_q2", "v_q3", "v_q4", "v_m1", "v_m2", "v_m3", "v_m4", "v_m5", "v_m6", "v_m7", "v_m8", "v_m9", "v_m10", "v_m11", "v_m12" FROM "temporary_target_nodes"',
    );
    await queryRunner.query('DROP TABLE "temporary_target_nodes"');
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_subject" ON "target_nodes" ("subject_type", "subject_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_plan" ON "target_nodes" ("plan_id", "parent_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_target_plans_status"');
    await queryRunner.query('ALTER TABLE "target_plans" RENAME TO "temporary_target_plans"');
    await queryRunner.query(
      'CREATE TABLE "target_plans" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "year" integer NOT NULL, "metric" varchar(20) NOT NULL, "basis" varchar(12) NOT NULL, "revision" integer NOT NULL DEFAULT (1), "status" varchar(12) NOT NULL, "name" varchar(100) NOT NULL, "owner_id" integer NOT NULL, "notes" varchar(500), "created_by" integer, "approved_by" integer, "approved_at" varchar(32), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_target_plans_rev" UNIQUE ("year", "metric", "revision"))',
    );
    await queryRunner.query(
      'INSERT INTO "target_plans"("id", "number", "year", "metric", "basis", "revision", "status", "name", "owner_id", "notes", "created_by", "approved_by", "approved_at", "created_at", "updated_at", "version") SELECT "id", "number", "year", "metric", "basis", "revision", "status", "name", "owner_id", "notes", "created_by", "approved_by", "approved_at", "created_at", "updated_at", "version" FROM "temporary_target_plans"',
    );
    await queryRunner.query('DROP TABLE "temporary_target_plans"');
    await queryRunner.query(
      'CREATE INDEX "ix_target_plans_status" ON "target_plans" ("year", "metric", "status") ',
    );
    await queryRunner.query('DROP INDEX "ix_attendance_date"');
    await queryRunner.query('ALTER TABLE "attendance_records" RENAME TO "temporary_attendance_records"');
    await queryRunner.query(
      'CREATE TABLE "attendance_records" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "work_date" varchar(10) NOT NULL, "check_in" varchar(5), "check_out" varchar(5), "source" varchar(10) NOT NULL, "note" varchar(200), "created_by" integer, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_attendance_user_date" UNIQUE ("user_id", "work_date"))',
    );
    await queryRunner.query(
      'INSERT INTO "attendance_records"("id", "user_id", "work_date", "check_in", "check_out", "source", "note", "created_by", "created_at", "updated_at", "version") SELECT "id", "user_id", "work_date", "check_in", "check_out", "source", "note", "created_by", "created_at", "updated_at", "version" FROM "temporary_attendance_records"',
    );
    await queryRunner.query('DROP TABLE "temporary_attendance_records"');
    await queryRunner.query('CREATE INDEX "ix_attendance_date" ON "attendance_records" ("work_date") ');
    await queryRunner.query('DROP INDEX "ix_staff_reminders_user"');
    await queryRunner.query('ALTER TABLE "staff_reminders" RENAME TO "temporary_staff_reminders"');
    await queryRunner.query(
      'CREATE TABLE "staff_reminders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "ref_type" varchar(20), "ref_id" integer, "message" varchar(300) NOT NULL, "dedupe_key" varchar(120) NOT NULL, "created_at" varchar(32) NOT NULL, "read_at" varchar(32), CONSTRAINT "uq_staff_reminders_dedupe" UNIQUE ("dedupe_key"))',
    );
    await queryRunner.query(
      'INSERT INTO "staff_reminders"("id", "user_id", "kind", "ref_type", "ref_id", "message", "dedupe_key", "created_at", "read_at") SELECT "id", "user_id", "kind", "ref_type", "ref_id", "message", "dedupe_key", "created_at", "read_at" FROM "temporary_staff_reminders"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_reminders"');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_reminders_user" ON "staff_reminders" ("user_id", "read_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_staff_task_events_task"');
    await queryRunner.query('ALTER TABLE "staff_task_events" RENAME TO "temporary_staff_task_events"');
    await queryRunner.query(
      'CREATE TABLE "staff_task_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "task_id" integer NOT NULL, "user_id" integer, "action" varchar(12) NOT NULL, "note" varchar(500), "at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "staff_task_events"("id", "task_id", "user_id", "action", "note", "at") SELECT "id", "task_id", "user_id", "action", "note", "at" FROM "temporary_staff_task_events"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_task_events"');
    await queryRunner.query('CREATE INDEX "ix_staff_task_events_task" ON "staff_task_events" ("task_id") ');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_remind"');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_creator"');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_assignee"');
    await queryRunner.query('ALTER TABLE "staff_tasks" RENAME TO "temporary_staff_tasks"');
    await queryRunner.query(
      'CREATE TABLE "staff_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(10) NOT NULL, "subject" varchar(100) NOT NULL, "description" text, "assignee_id" integer NOT NULL, "creator_id" integer NOT NULL, "customer_id" integer, "starts_at" varchar(32) NOT NULL, "ends_at" varchar(32) NOT NULL, "status" varchar(10) NOT NULL, "remind_at" varchar(32), "reminded_at" varchar(32), "postpone_count" integer NOT NULL DEFAULT (0), "result" varchar(500), "completed_at" varchar(32), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "staff_tasks"("id", "kind", "subject", "description", "assignee_id", "creator_id", "customer_id", "starts_at", "ends_at", "status", "remind_at", "reminded_at", "postpone_count", "result", "completed_at", "created_at", "updated_at", "version") SELECT "id", "kind", "subject", "description", "assignee_id", "creator_id", "customer_id", "starts_at", "ends_at", "status", "remind_at", "reminded_at", "postpone_count", "result", "completed_at", "created_at", "updated_at", "version" FROM "temporary_staff_tasks"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_tasks"');
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_remind" ON "staff_tasks" ("remind_at") ');
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_creator" ON "staff_tasks" ("creator_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_tasks_assignee" ON "staff_tasks" ("assignee_id", "starts_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_work_report_comments_report"');
    await queryRunner.query('ALTER TABLE "work_report_comments" RENAME TO "temporary_work_report_comments"');
    await queryRunner.query(
      'CREATE TABLE "work_report_comments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "report_id" integer NOT NULL, "user_id" integer NOT NULL, "body" varchar(1000) NOT NULL, "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "work_report_comments"("id", "report_id", "user_id", "body", "created_at") SELECT "id", "report_id", "user_id", "body", "created_at" FROM "temporary_work_report_comments"',
    );
    await queryRunner.query('DROP TABLE "temporary_work_report_comments"');
    await queryRunner.query(
      'CREATE INDEX "ix_work_report_comments_report" ON "work_report_comments" ("report_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_work_reports_date"');
    await queryRunner.query('ALTER TABLE "work_reports" RENAME TO "temporary_work_reports"');
    await queryRunner.query(
      'CREATE TABLE "work_reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "report_date" varchar(10) NOT NULL, "done" text NOT NULL, "visits" text, "visit_count" integer NOT NULL DEFAULT (0), "problems" text, "plan" text, "submitted_at" varchar(32) NOT NULL, "late" boolean NOT NULL DEFAULT (0), "read_by" integer, "read_at" varchar(32), "comment_count" integer NOT NULL DEFAULT (0), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_work_reports_user_date" UNIQUE ("user_id", "report_date"))',
    );
    await queryRunner.query(
      'INSERT INTO "work_reports"("id", "user_id", "report_date", "done", "visits", "visit_count", "problems", "plan", "submitted_at", "late", "read_by", "read_at", "comment_count", "created_at", "updated_at", "version") SELECT "id", "user_id", "report_date", "done", "visits", "visit_count", "problems", "plan", "submitted_at", "late", "read_by", "read_at", "comment_count", "created_at", "updated_at", "version" FROM "temporary_work_reports"',
    );
    await queryRunner.query('DROP TABLE "temporary_work_reports"');
    await queryRunner.query('CREATE INDEX "ix_work_reports_date" ON "work_reports" ("report_date") ');
    await queryRunner.query('DROP INDEX "ix_staff_statuses_range"');
    await queryRunner.query('DROP INDEX "ix_staff_statuses_user"');
    await queryRunner.query('ALTER TABLE "staff_statuses" RENAME TO "temporary_staff_statuses"');
    await queryRunner.query(
      'CREATE TABLE "staff_statuses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(16) NOT NULL, "starts_at" varchar(32) NOT NULL, "ends_at" varchar(32) NOT NULL, "note" varchar(200), "approval" varchar(10) NOT NULL, "approver_id" integer, "approved_at" varchar(32), "approval_note" varchar(200), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "staff_statuses"("id", "user_id", "kind", "starts_at", "ends_at", "note", "approval", "approver_id", "approved_at", "approval_note", "created_at", "updated_at", "version") SELECT "id", "user_id", "kind", "starts_at", "ends_at", "note", "approval", "approver_id", "approved_at", "approval_note", "created_at", "updated_at", "version" FROM "temporary_staff_statuses"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_statuses"');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_range" ON "staff_statuses" ("starts_at", "ends_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_user" ON "staff_statuses" ("user_id", "starts_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_staff_changes_user"');
    await queryRunner.query('ALTER TABLE "staff_changes" RENAME TO "temporary_staff_changes"');
    await queryRunner.query(
      'CREATE TABLE "staff_changes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(12) NOT NULL, "effective_date" varchar(10) NOT NULL, "from_org_unit_id" integer, "to_org_unit_id" integer, "from_manager_id" integer, "to_manager_id" integer, "from_roles" varchar(200), "to_roles" varchar(200), "handover_to_id" integer, "handover_summary" varchar(1000), "reason" varchar(200), "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "staff_changes"("id", "user_id", "kind", "effective_date", "from_org_unit_id", "to_org_unit_id", "from_manager_id", "to_manager_id", "from_roles", "to_roles", "handover_to_id", "handover_summary", "reason", "created_by", "created_at") SELECT "id", "user_id", "kind", "effective_date", "from_org_unit_id", "to_org_unit_id", "from_manager_id", "to_manager_id", "from_roles", "to_roles", "handover_to_id", "handover_summary", "reason", "created_by", "created_at" FROM "temporary_staff_changes"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_changes"');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_changes_user" ON "staff_changes" ("user_id", "created_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_staff_profiles_unit"');
    await queryRunner.query('ALTER TABLE "staff_profiles" RENAME TO "temporary_staff_profiles"');
    await queryRunner.query(
      'CREATE TABLE "staff_profiles" ("user_id" integer PRIMARY KEY NOT NULL, "org_unit_id" integer, "position" varchar(50), "hire_date" varchar(10), "left_date" varchar(10), "data_scope" varchar(10), "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "staff_profiles"("user_id", "org_unit_id", "position", "hire_date", "left_date", "data_scope", "updated_at", "version") SELECT "user_id", "org_unit_id", "position", "hire_date", "left_date", "data_scope", "updated_at", "version" FROM "temporary_staff_profiles"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_profiles"');
    await queryRunner.query('CREATE INDEX "ix_staff_profiles_unit" ON "staff_profiles" ("org_unit_id") ');
    await queryRunner.query('DROP INDEX "ix_org_units_head"');
    await queryRunner.query('DROP INDEX "ix_org_units_parent"');
    await queryRunner.query('ALTER TABLE "org_units" RENAME TO "temporary_org_units"');
    await queryRunner.query(
      'CREATE TABLE "org_units" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "kind" varchar(12) NOT NULL, "parent_id" integer, "head_id" integer, "sort" integer NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_org_units_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'INSERT INTO "org_units"("id", "code", "name", "kind", "parent_id", "head_id", "sort", "active", "created_at", "updated_at", "version") SELECT "id", "code", "name", "kind", "parent_id", "head_id", "sort", "active", "created_at", "updated_at", "version" FROM "temporary_org_units"',
    );
    await queryRunner.query('DROP TABLE "temporary_org_units"');
    await queryRunner.query('CREATE INDEX "ix_org_units_head" ON "org_units" ("head_id") ');
    await queryRunner.query('CREATE INDEX "ix_org_units_parent" ON "org_units" ("parent_id") ');
    await queryRunner.query('DROP INDEX "ix_target_nodes_subject"');
    await queryRunner.query('DROP INDEX "ix_target_nodes_plan"');
    await queryRunner.query('DROP TABLE "target_nodes"');
    await queryRunner.query('DROP INDEX "ix_target_plans_status"');
    await queryRunner.query('DROP TABLE "target_plans"');
    await queryRunner.query('DROP INDEX "ix_attendance_date"');
    await queryRunner.query('DROP TABLE "attendance_records"');
    await queryRunner.query('DROP INDEX "ix_staff_reminders_user"');
    await queryRunner.query('DROP TABLE "staff_reminders"');
    await queryRunner.query('DROP INDEX "ix_staff_task_events_task"');
    await queryRunner.query('DROP TABLE "staff_task_events"');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_remind"');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_creator"');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_assignee"');
    await queryRunner.query('DROP TABLE "staff_tasks"');
    await queryRunner.query('DROP INDEX "ix_work_report_comments_report"');
    await queryRunner.query('DROP TABLE "work_report_comments"');
    await queryRunner.query('DROP INDEX "ix_work_reports_date"');
    await queryRunner.query('DROP TABLE "work_reports"');
    await queryRunner.query('DROP INDEX "ix_staff_statuses_range"');
    await queryRunner.query('DROP INDEX "ix_staff_statuses_user"');
    await queryRunner.query('DROP TABLE "staff_statuses"');
    await queryRunner.query('DROP INDEX "ix_staff_changes_user"');
    await queryRunner.query('DROP TABLE "staff_changes"');
    await queryRunner.query('DROP INDEX "ix_staff_profiles_unit"');
    await queryRunner.query('DROP TABLE "staff_profiles"');
    await queryRunner.query('DROP INDEX "ix_org_units_head"');
    await queryRunner.query('DROP INDEX "ix_org_units_parent"');
    await queryRunner.query('DROP TABLE "org_units"');
  }
}

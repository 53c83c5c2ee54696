import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffPlans1795383827686 implements MigrationInterface {
  name = 'StaffPlans1795383827686';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "org_units" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "name" character varying(50) NOT NULL, "kind" character varying(12) NOT NULL, "parent_id" integer, "head_id" integer, "sort" integer NOT NULL DEFAULT \'0\', "active" boolean NOT NULL DEFAULT true, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_org_units_code" UNIQUE ("code"), CONSTRAINT "PK_b4a19b7f3756560cd75643be5a7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_org_units_parent" ON "org_units"  ("parent_id") ');
    await queryRunner.query('CREATE INDEX "ix_org_units_head" ON "org_units"  ("head_id") ');
    await queryRunner.query(
      'CREATE TABLE "staff_profiles" ("user_id" integer NOT NULL, "org_unit_id" integer, "position" character varying(50), "hire_date" character varying(10), "left_date" character varying(10), "data_scope" character varying(10), "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_223deb3f390b28562fad70eefed" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_staff_profiles_unit" ON "staff_profiles"  ("org_unit_id") ');
    await queryRunner.query(
      'CREATE TABLE "staff_changes" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "kind" character varying(12) NOT NULL, "effective_date" character varying(10) NOT NULL, "from_org_unit_id" integer, "to_org_unit_id" integer, "from_manager_id" integer, "to_manager_id" integer, "from_roles" character varying(200), "to_roles" character varying(200), "handover_to_id" integer, "handover_summary" character varying(1000), "reason" character varying(200), "created_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, CONSTRAINT "PK_fdf373ac0ec930a8a74f76b1343" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_changes_user" ON "staff_changes"  ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_statuses" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "kind" character varying(16) NOT NULL, "starts_at" character varying(32) NOT NULL, "ends_at" character varying(32) NOT NULL, "note" character varying(200), "approval" character varying(10) NOT NULL, "approver_id" integer, "approved_at" character varying(32), "approval_note" character varying(200), "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_d667a59c499bc6436a53434d1ce" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_user" ON "staff_statuses"  ("user_id", "starts_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_range" ON "staff_statuses"  ("starts_at", "ends_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "work_reports" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "report_date" character varying(10) NOT NULL, "done" text NOT NULL, "visits" text, "visit_count" integer NOT NULL DEFAULT \'0\', "problems" text, "plan" text, "submitted_at" character varying(32) NOT NULL, "late" boolean NOT NULL DEFAULT false, "read_by" integer, "read_at" character varying(32), "comment_count" integer NOT NULL DEFAULT \'0\', "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_work_reports_user_date" UNIQUE ("user_id", "report_date"), CONSTRAINT "PK_415c641d000a6b9d003d8d39b8f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_work_reports_date" ON "work_reports"  ("report_date") ');
    await queryRunner.query(
      'CREATE TABLE "work_report_comments" ("id" SERIAL NOT NULL, "report_id" integer NOT NULL, "user_id" integer NOT NULL, "body" character varying(1000) NOT NULL, "created_at" character varying(32) NOT NULL, CONSTRAINT "PK_c68063a1293776ca75df396bddc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_work_report_comments_report" ON "work_report_comments"  ("report_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_tasks" ("id" SERIAL NOT NULL, "kind" character varying(10) NOT NULL, "subject" character varying(100) NOT NULL, "description" text, "assignee_id" integer NOT NULL, "creator_id" integer NOT NULL, "customer_id" integer, "starts_at" character varying(32) NOT NULL, "ends_at" character varying(32) NOT NULL, "status" character varying(10) NOT NULL, "remind_at" character varying(32), "reminded_at" character varying(32), "postpone_count" integer NOT NULL DEFAULT \'0\', "result" character varying(500), "completed_at" character varying(32), "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_9a4229738b0fe632286aeab5983" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_tasks_assignee" ON "staff_tasks"  ("assignee_id", "starts_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_creator" ON "staff_tasks"  ("creator_id") ');
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_remind" ON "staff_tasks"  ("remind_at") ');
    await queryRunner.query(
      'CREATE TABLE "staff_task_events" ("id" SERIAL NOT NULL, "task_id" integer NOT NULL, "user_id" integer, "action" character varying(12) NOT NULL, "note" character varying(500), "at" character varying(32) NOT NULL, CONSTRAINT "PK_0cfe8777d3ffcfd4d40c5bdf2f0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_staff_task_events_task" ON "staff_task_events"  ("task_id") ');
    await queryRunner.query(
      'CREATE TABLE "staff_reminders" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "kind" character varying(20) NOT NULL, "ref_type" character varying(20), "ref_id" integer, "message" character varying(300) NOT NULL, "dedupe_key" character varying(120) NOT NULL, "created_at" character varying(32) NOT NULL, "read_at" character varying(32), CONSTRAINT "uq_staff_reminders_dedupe" UNIQUE ("dedupe_key"), CONSTRAINT "PK_af543549367ca2bf5b23bb0629d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_reminders_user" ON "staff_reminders"  ("user_id", "read_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "attendance_records" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "work_date" character varying(10) NOT NULL, "check_in" character varying(5), "check_out" character varying(5), "source" character varying(10) NOT NULL, "note" character varying(200), "created_by" integer, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_attendance_user_date" UNIQUE ("user_id", "work_date"), CONSTRAINT "PK_946920332f5bc9efad3f3023b96" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_attendance_date" ON "attendance_records"  ("work_date") ');
    await queryRunner.query(
      'CREATE TABLE "target_plans" ("id" SERIAL NOT NULL, "number" character varying(20), "year" integer NOT NULL, "metric" character varying(20) NOT NULL, "basis" character varying(12) NOT NULL, "revision" integer NOT NULL DEFAULT \'1\', "status" character varying(12) NOT NULL, "name" character varying(100) NOT NULL, "owner_id" integer NOT NULL, "notes" character varying(500), "created_by" integer, "approved_by" integer, "approved_at" character varying(32), "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_target_plans_rev" UNIQUE ("year", "metric", "revision"), CONSTRAINT "PK_982d91b3a103a88aa23fb524d27" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_plans_status" ON "target_plans"  ("year", "metric", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "target_nodes" ("id" SERIAL NOT NULL, "plan_id" integer NOT NULL, "parent_id" integer, "subject_type" character varying(12) NOT NULL, "subject_id" integer, "owner_id" integer, "sort" integer NOT NULL DEFAULT \'0\', "v_y" bigint, "v_q1" bigint, "v_q2" bigint, "v_q3" bigint, "v_q4" bigint, "v_m1" bigint, "v_m2" bigint, "v_m3" bigint, "v_m4" bigint, "v_m5" bigint, "v_m6" bigint, "v_m7" bigint, "v_m8" bigint, "v_m9" bigint, "v_m10" bigint, "v_m11" bigint, "v_m12" bigint, CONSTRAINT "PK_d47ca94dbb4bc1da90a0603edf1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_plan" ON "target_nodes"  ("plan_id", "parent_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_subject" ON "target_nodes"  ("subject_type", "subject_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "org_units" ADD CONSTRAINT "fk_org_units_parent_id" FOREIGN KEY ("parent_id") REFERENCES "org_units"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_units" ADD CONSTRAINT "fk_org_units_head_id" FOREIGN KEY ("head_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_profiles" ADD CONSTRAINT "fk_staff_profiles_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_profiles" ADD CONSTRAINT "fk_staff_profiles_org_unit_id" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_changes" ADD CONSTRAINT "fk_staff_changes_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_changes" ADD CONSTRAINT "fk_staff_changes_from_org_unit_id" FOREIGN KEY ("from_org_unit_id") REFERENCES "org_units"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_changes" ADD CONSTRAINT "fk_staff_changes_to_org_unit_id" FOREIGN KEY ("to_org_unit_id") REFERENCES "org_units"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_changes" ADD CONSTRAINT "fk_staff_changes_from_manager_id" FOREIGN KEY ("from_manager_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_changes" ADD CONSTRAINT "fk_staff_changes_to_manager_id" FOREIGN KEY ("to_manager_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_changes" ADD CONSTRAINT "fk_staff_changes_handover_to_id" FOREIGN KEY ("handover_to_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_changes" ADD CONSTRAINT "fk_staff_changes_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_statuses" ADD CONSTRAINT "fk_staff_statuses_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_statuses" ADD CONSTRAINT "fk_staff_statuses_approver_id" FOREIGN KEY ("approver_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_reports" ADD CONSTRAINT "fk_work_reports_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_reports" ADD CONSTRAINT "fk_work_reports_read_by" FOREIGN KEY ("read_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_report_comments" ADD CONSTRAINT "fk_work_report_comments_report_id" FOREIGN KEY ("report_id") REFERENCES "work_reports"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_report_comments" ADD CONSTRAINT "fk_work_report_comments_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_tasks" ADD CONSTRAINT "fk_staff_tasks_assignee_id" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_tasks" ADD CONSTRAINT "fk_staff_tasks_creator_id" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_tasks" ADD CONSTRAINT "fk_staff_tasks_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_task_events" ADD CONSTRAINT "fk_staff_task_events_task_id" FOREIGN KEY ("task_id") REFERENCES "staff_tasks"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_task_events" ADD CONSTRAINT "fk_staff_task_events_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_reminders" ADD CONSTRAINT "fk_staff_reminders_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attendance_records" ADD CONSTRAINT "fk_attendance_records_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attendance_records" ADD CONSTRAINT "fk_attendance_records_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "target_plans" ADD CONSTRAINT "fk_target_plans_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "target_plans" ADD CONSTRAINT "fk_target_plans_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "target_plans" ADD CONSTRAINT "fk_target_plans_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "target_nodes" ADD CONSTRAINT "fk_target_nodes_plan_id" FOREIGN KEY ("plan_id") REFERENCES "target_plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "target_nodes" ADD CONSTRAINT "fk_target_nodes_parent_id" FOREIGN KEY ("parent_id") REFERENCES "target_nodes"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "target_nodes" ADD CONSTRAINT "fk_target_nodes_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "target_nodes" DROP CONSTRAINT "fk_target_nodes_owner_id"');
    await queryRunner.query('ALTER TABLE "target_nodes" DROP CONSTRAINT "fk_target_nodes_parent_id"');
    await queryRunner.query('ALTER TABLE "target_nodes" DROP CONSTRAINT "fk_target_nodes_plan_id"');
    await queryRunner.query('ALTER TABLE "target_plans" DROP CONSTRAINT "fk_target_plans_approved_by"');
    await queryRunner.query('ALTER TABLE "target_plans" DROP CONSTRAINT "fk_target_plans_created_by"');
    await queryRunner.query('ALTER TABLE "target_plans" DROP CONSTRAINT "fk_target_plans_owner_id"');
    await queryRunner.query(
      'ALTER TABLE "attendance_records" DROP CONSTRAINT "fk_attendance_records_created_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "attendance_records" DROP CONSTRAINT "fk_attendance_records_user_id"',
    );
    await queryRunner.query('ALTER TABLE "staff_reminders" DROP CONSTRAINT "fk_staff_reminders_user_id"');
    await queryRunner.query('ALTER TABLE "staff_task_events" DROP CONSTRAINT "fk_staff_task_events_user_id"');
    await queryRunner.query('ALTER TABLE "staff_task_events" DROP CONSTRAINT "fk_staff_task_events_task_id"');
    await queryRunner.query('ALTER TABLE "staff_tasks" DROP CONSTRAINT "fk_staff_tasks_customer_id"');
    await queryRunner.query('ALTER TABLE "staff_tasks" DROP CONSTRAINT "fk_staff_tasks_creator_id"');
    await queryRunner.query('ALTER TABLE "staff_tasks" DROP CONSTRAINT "fk_staff_tasks_assignee_id"');
    await queryRunner.query(
      'ALTER TABLE "work_report_comments" DROP CONSTRAINT "fk_work_report_comments_user_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "work_report_comments" DROP CONSTRAINT "fk_work_report_comments_report_id"',
    );
    await queryRunner.query('ALTER TABLE "work_reports" DROP CONSTRAINT "fk_work_reports_read_by"');
    await queryRunner.query('ALTER TABLE "work_reports" DROP CONSTRAINT "fk_work_reports_user_id"');
    await queryRunner.query('ALTER TABLE "staff_statuses" DROP CONSTRAINT "fk_staff_statuses_approver_id"');
    await queryRunner.query('ALTER TABLE "staff_statuses" DROP CONSTRAINT "fk_staff_statuses_user_id"');
    await queryRunner.query('ALTER TABLE "staff_changes" DROP CONSTRAINT "fk_staff_changes_created_by"');
    await queryRunner.query('ALTER TABLE "staff_changes" DROP CONSTRAINT "fk_staff_changes_handover_to_id"');
    await queryRunner.query('ALTER TABLE "staff_changes" DROP CONSTRAINT "fk_staff_changes_to_manager_id"');
    await queryRunner.query('ALTER TABLE "staff_changes" DROP CONSTRAINT "fk_staff_changes_from_manager_id"');
    await queryRunner.query('ALTER TABLE "staff_changes" DROP CONSTRAINT "fk_staff_changes_to_org_unit_id"');
    await queryRunner.query(
      'ALTER TABLE "staff_changes" DROP CONSTRAINT "fk_staff_changes_from_org_unit_id"',
    );
    await queryRunner.query('ALTER TABLE "staff_changes" DROP CONSTRAINT "fk_staff_changes_user_id"');
    await queryRunner.query('ALTER TABLE "staff_profiles" DROP CONSTRAINT "fk_staff_profiles_org_unit_id"');
    await queryRunner.query('ALTER TABLE "staff_profiles" DROP CONSTRAINT "fk_staff_profiles_user_id"');
    await queryRunner.query('ALTER TABLE "org_units" DROP CONSTRAINT "fk_org_units_head_id"');
    await queryRunner.query('ALTER TABLE "org_units" DROP CONSTRAINT "fk_org_units_parent_id"');
    await queryRunner.query('DROP INDEX "public"."ix_target_nodes_subject"');
    await queryRunner.query('DROP INDEX "public"."ix_target_nodes_plan"');
    await queryRunner.query('DROP TABLE "target_nodes"');
    await queryRunner.query('DROP INDEX "public"."ix_target_plans_status"');
    await queryRunner.query('DROP TABLE "target_plans"');
    await queryRunner.query('DROP INDEX "public"."ix_attendance_date"');
    await queryRunner.query('DROP TABLE "attendance_records"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_reminders_user"');
    await queryRunner.query('DROP TABLE "staff_reminders"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_task_events_task"');
    await queryRunner.query('DROP TABLE "staff_task_events"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_tasks_remind"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_tasks_creator"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_tasks_assignee"');
    await queryRunner.query('DROP TABLE "staff_tasks"');
    await queryRunner.query('DROP INDEX "public"."ix_work_report_comments_report"');
    await queryRunner.query('DROP TABLE "work_report_comments"');
    await queryRunner.query('DROP INDEX "public"."ix_work_reports_date"');
    await queryRunner.query('DROP TABLE "work_reports"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_statuses_range"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_statuses_user"');
    await queryRunner.query('DROP TABLE "staff_statuses"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_changes_user"');
    await queryRunner.query('DROP TABLE "staff_changes"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_profiles_unit"');
    await queryRunner.query('DROP TABLE "staff_profiles"');
    await queryRunner.query('DROP INDEX "public"."ix_org_units_head"');
    await queryRunner.query('DROP INDEX "public"."ix_org_units_parent"');
    await queryRunner.query('DROP TABLE "org_units"');
  }
}

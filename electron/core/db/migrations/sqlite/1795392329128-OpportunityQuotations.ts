import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpportunityQuotations1795392329128 implements MigrationInterface {
  name = 'OpportunityQuotations1795392329128';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_quotations" ("quotation_id" integer PRIMARY KEY NOT NULL, "opportunity_id" integer NOT NULL, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_quotations_opp" ON "crm_opportunity_quotations" ("opportunity_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_opp_quotations_opp"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_opportunity_quotations" ("quotation_id" integer PRIMARY KEY NOT NULL, "opportunity_id" integer NOT NULL, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "fk_crm_opportunity_quotations_quotation_id" FOREIGN KEY ("quotation_id") REFERENCES "quotations" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunity_quotations_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunity_quotations_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_opportunity_quotations"("quotation_id", "opportunity_id", "created_by", "created_at") SELECT "quotation_id", "opportunity_id", "created_by", "created_at" FROM "crm_opportunity_quotations"',
    );
    await queryRunner.query('DROP TABLE "crm_opportunity_quotations"');
    await queryRunner.query(
      'ALTER TABLE "temporary_crm_opportunity_quotations" RENAME TO "crm_opportunity_quotations"',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_quotations_opp" ON "crm_opportunity_quotations" ("opportunity_id") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_crm_opp_quotations_opp"');
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_quotations" RENAME TO "temporary_crm_opportunity_quotations"',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_quotations" ("quotation_id" integer PRIMARY KEY NOT NULL, "opportunity_id" integer NOT NULL, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "crm_opportunity_quotations"("quotation_id", "opportunity_id", "created_by", "created_at") SELECT "quotation_id", "opportunity_id", "created_by", "created_at" FROM "temporary_crm_opportunity_quotations"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_opportunity_quotations"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_quotations_opp" ON "crm_opportunity_quotations" ("opportunity_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_opp_quotations_opp"');
    await queryRunner.query('DROP TABLE "crm_opportunity_quotations"');
  }
}
